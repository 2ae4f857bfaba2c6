import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { deflateSync } from 'node:zlib'
import { marked } from 'marked'
import { createBackend, type Backend } from '../electron/backend/app'
import { insertEvidence } from '../electron/backend/repositories/evidence'
import { insertTimelineEvent } from '../electron/backend/repositories/timeline'
import type { Incident } from '../shared/domain/incident'
import { fixtureDocument, TIMELINE } from '../shared/domain/postmortem/fixture.testing'
import { renderPostmortem } from '../shared/domain/postmortem/render'
import { parseTemplateFile } from '../shared/domain/postmortem/template-file'
import { figure, percentile, timeMs, type BenchFigure } from './stats'

// Postmortem export and preview, with the budgets of issue 9: exporting an incident with 10,000
// timeline events, 50 pinned charts (PNG) and 10 pinned traces in at most 1 s; turning a 1 MB
// postmortem into HTML (our escaping and template, then marked) in at most 300 ms. Each is run
// five times after a warm-up; the budget applies to the median (one slow run on a busy machine
// says little), min and max are reported beside it.

const EVENTS = 10_000
const CHARTS = 50
const TRACES = 10
const RUNS = 5

/** A PNG-sized, incompressible image body (a real chart PNG is compressed already). */
function chartPng(seed: number): Buffer {
  const header = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])
  const body = Buffer.alloc(40_000)
  let x = seed + 1
  for (let i = 0; i < body.length; i++) {
    x = (x * 1_103_515_245 + 12_345) >>> 0
    body[i] = x >>> 24
  }
  return Buffer.concat([header, deflateSync(body, { level: 0 })])
}

function seedIncident(backend: Backend, incident: Incident): void {
  const db = backend.db
  db.transaction(() => {
    for (let i = 0; i < EVENTS; i++) {
      const at = incident.startedAt + i * 1000
      insertTimelineEvent(db, {
        id: `ev-${i}`,
        incidentId: incident.id,
        occurredAt: at,
        kind: i % 7 === 0 ? 'status' : 'note',
        text: `Event ${i}: checked pool <${i % 13}> | retry ${i % 5} for \`checkout-api\` on 10.0.${i % 255}.1`,
        author: 'Ana Souza',
        source: 'user',
        createdAt: at,
        updatedAt: at,
        deletedAt: null,
      })
    }
    for (let i = 0; i < CHARTS + TRACES; i++) {
      const chart = i < CHARTS
      insertEvidence(db, {
        id: `evd-${i}`,
        incidentId: incident.id,
        kind: chart ? 'chart' : 'trace',
        caption: chart ? `Chart ${i}: 5xx ratio` : `Trace ${i}: slow checkout`,
        sourceName: chart ? 'prometheus-prod' : 'jaeger-prod',
        summary: chart
          ? { query: `sum(rate(errors_total[5m])) by (pod) # ${i}` }
          : { spans: 240, traceId: `t${i}` },
        payloadJson: JSON.stringify({
          series: Array.from({ length: 200 }, (_, k) => [k, String(k)]),
        }),
        png: chart ? chartPng(i) : null,
        createdAt: incident.startedAt + i * 60_000,
      })
    }
  })()
}

async function call<T>(backend: Backend, channel: string, input: unknown): Promise<T> {
  const result = await backend.dispatch(channel, input)
  if (!result.ok) throw new Error(`${channel}: ${result.error.message}`)
  return result.value as T
}

async function benchExport(): Promise<BenchFigure[]> {
  const dir = mkdtempSync(join(tmpdir(), 'firebreak-bench-pm-'))
  // Each run exports into a fresh folder, as if the user picked it in the save dialog.
  let folder = dir
  const backend = await createBackend({
    dataDir: join(dir, 'data'),
    mode: 'electron',
    version: 'bench',
    periodicBackups: false,
    chooseFolder: async () => folder,
  })
  try {
    const incident = await call<Incident>(backend, 'incident.create', {
      title: 'Bench incident',
      severity: 'SEV2',
    })
    seedIncident(backend, incident)
    await call(backend, 'postmortem.get', { incidentId: incident.id })
    await call(backend, 'postmortem.updateSection', {
      incidentId: incident.id,
      section: 'timeline',
      value: { show: 'all', keyEventIds: [] },
    })
    const exports: number[] = []
    const zips: number[] = []
    for (let run = 0; run <= RUNS; run++) {
      folder = mkdtempSync(join(dir, 'out-'))
      const exportMs = await timeMs(() =>
        call(backend, 'postmortem.exportToFolder', { incidentId: incident.id }),
      )
      const zipMs = await timeMs(() =>
        call(backend, 'postmortem.evidenceZip', { incidentId: incident.id }),
      )
      if (run === 0) continue // warm-up: module loading and statement preparation
      exports.push(exportMs)
      zips.push(zipMs)
    }
    const bundleMs = await timeMs(() => call(backend, 'bundle.export', { incidentId: incident.id }))
    exports.sort((a, b) => a - b)
    zips.sort((a, b) => a - b)
    return [
      figure('postmortem.export.10k-events.60-evidence.min', exports[0] ?? NaN, 'ms'),
      figure('postmortem.export.10k-events.60-evidence.p50', percentile(exports, 50), 'ms', 1000),
      figure('postmortem.export.10k-events.60-evidence.max', exports.at(-1) ?? NaN, 'ms'),
      figure('postmortem.evidenceZip.60-evidence.p50', percentile(zips, 50), 'ms'),
      figure('bundle.export.10k-events.60-evidence', bundleMs, 'ms'),
    ]
  } finally {
    backend.close()
    rmSync(dir, { recursive: true, force: true })
  }
}

// Realistic prose: comparisons and ampersands in text, code spans and blocks, links, tables.
const PARAGRAPH =
  'The pool kept **connecting** to the demoted primary while p99 < 200 ms & errors > 5%; it ' +
  'retried `SELECT 1 WHERE 1 < 2` every second, see [the runbook](https://runbooks.example.com/db) ' +
  'and _the dashboard_.\n\n- first | second\n- third\n\n'

/** A postmortem whose Markdown is about 1 MB: long sections, code, and a 4,000-row timeline. */
function megabyteDocument(variant: number) {
  const doc = fixtureDocument()
  const long = (n: number) =>
    PARAGRAPH.repeat(n) + '```sql\nSELECT * FROM orders WHERE id < ' + variant + ';\n```\n'
  const timeline = Array.from({ length: 4000 }, (_, i) => ({
    ...TIMELINE[i % TIMELINE.length]!,
    id: `ev-${i}`,
    occurredAt: doc.incident.startedAt + i * 1000,
    text: `Step ${i}: restarted pod checkout-${i % 40} | pool <reset> & retried`,
  }))
  return {
    ...doc,
    timeline,
    sections: {
      ...doc.sections,
      summary: long(800),
      contributingFactors: long(800),
      lessonsLearned: long(800),
      timeline: { show: 'all' as const, keyEventIds: [] },
    },
  }
}

const cpuMs = (usage: NodeJS.CpuUsage) => (usage.user + usage.system) / 1000

function benchPreview(): BenchFigure[] {
  const source = readFileSync(join('templates', 'postmortems', 'google-sre.md'), 'utf8')
  const parsed = parseTemplateFile('google-sre', source)
  if (!parsed.ok) throw new Error('google-sre template does not compile')
  let size = 0
  const totals: number[] = []
  const cpu: number[] = []
  const markedOnly: number[] = []
  for (let run = 0; run <= RUNS; run++) {
    // A new document each run: nothing may be reused from the previous one.
    const doc = megabyteDocument(run)
    const cpuStart = process.cpuUsage()
    const start = performance.now()
    const { body } = renderPostmortem(doc, parsed.template.compiled, { templateId: 'google-sre' })
    const rendered = performance.now()
    marked.parse(body, { async: false })
    const end = performance.now()
    const used = cpuMs(process.cpuUsage(cpuStart))
    size = body.length
    if (run === 0) continue
    totals.push(end - start)
    cpu.push(used)
    markedOnly.push(end - rendered)
  }
  for (const list of [totals, cpu, markedOnly]) list.sort((a, b) => a - b)
  return [
    figure('postmortem.preview.markdown-bytes', size, 'bytes'),
    figure('postmortem.preview.1mb.marked-only.p50', percentile(markedOnly, 50), 'ms'),
    figure('postmortem.preview.1mb.escape+marked.min', totals[0] ?? NaN, 'ms'),
    figure('postmortem.preview.1mb.escape+marked.p50', percentile(totals, 50), 'ms', 300),
    figure('postmortem.preview.1mb.escape+marked.max', totals.at(-1) ?? NaN, 'ms'),
    // CPU time of this process: what the work costs when other processes compete for the cores.
    figure('postmortem.preview.1mb.escape+marked.cpu.p50', percentile(cpu, 50), 'ms'),
  ]
}

export async function benchPostmortem(): Promise<BenchFigure[]> {
  return [...(await benchExport()), ...benchPreview()]
}
