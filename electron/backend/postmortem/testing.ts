import { decodePng, pinEvidence } from '../handlers/evidence'
import { channelHelpers, testBackend } from '../testing/support'

// Test helpers for the postmortem channels: a real backend on a temp SQLite file and an incident
// that has been through a whole response (hypotheses, pinned chart and trace, resolution).

export const START = Date.UTC(2026, 2, 14, 9, 12, 0)
export const MIN = 60_000

/** A real 1x1 PNG, as a chart pin sends it. */
export const PNG_1PX =
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=='

export async function postmortemBackend(
  options: {
    mode?: 'electron' | 'browser'
    dataDir?: string
    /** Stands in for the desktop folder dialog: the folder the user "picks". */
    chooseFolder?: (title: string) => Promise<string | null>
  } = {},
) {
  const backend = await testBackend({
    start: START,
    mode: options.mode ?? 'electron',
    ...(options.chooseFolder ? { chooseFolder: options.chooseFolder } : {}),
    ...(options.dataDir ? { dataDir: options.dataDir } : {}),
  })
  const { events, call, fail, later } = channelHelpers(backend, START)
  return { backend, events, call, fail, later }
}

type Harness = Awaited<ReturnType<typeof postmortemBackend>>

/** Declares, investigates, pins evidence and resolves an incident; returns its id. */
export async function respondToIncident(
  h: Harness,
  title = 'Checkout API returning 502s',
): Promise<string> {
  const { call, later, backend } = h
  later(0)
  await call('settings.update', { authorName: 'Ana Souza' })
  const incident = await call('incident.create', {
    title,
    severity: 'SEV2',
    services: ['checkout-api', 'orders-db'],
    summary: 'Checkout failed for half of the requests after a database failover.',
    detectedAt: START,
  })
  later(4)
  await call('incident.setStatus', { id: incident.id, status: 'identified' })
  const deploy = await call('hypothesis.add', {
    incidentId: incident.id,
    text: 'Bad deploy of checkout-api',
  })
  later(8)
  await call('hypothesis.setStatus', {
    id: deploy.id,
    status: 'ruled_out',
    reason: 'No deploy in 6 hours',
  })
  const pool = await call('hypothesis.add', {
    incidentId: incident.id,
    text: 'Stale connection pool',
  })
  later(12)
  await call('hypothesis.setStatus', {
    id: pool.id,
    status: 'confirmed',
    reason: 'Pool used the old primary',
  })
  pinEvidence(backend.deps, {
    incidentId: incident.id,
    kind: 'chart',
    caption: '5xx ratio',
    sourceName: 'prometheus-prod',
    summary: { query: 'sum(rate(http_requests_total{code=~"5.."}[5m]))' },
    payloadJson: JSON.stringify({ resultType: 'matrix', result: [] }),
    png: decodePng(PNG_1PX),
    timelineText: 'Pinned chart: 5xx ratio',
  })
  later(14)
  pinEvidence(backend.deps, {
    incidentId: incident.id,
    kind: 'trace',
    caption: 'Slow checkout',
    sourceName: 'jaeger-prod',
    summary: { traceId: '4bf92f3577b34da6a3ce929d0e0e4736', spans: 42 },
    payloadJson: JSON.stringify({ data: [] }),
    png: null,
    timelineText: 'Pinned trace: POST /checkout',
  })
  later(30)
  await call('incident.setStatus', { id: incident.id, status: 'mitigated' })
  later(45)
  await call('incident.setStatus', { id: incident.id, status: 'resolved' })
  later(60)
  return incident.id
}
