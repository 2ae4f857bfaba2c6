import { describe, expect, it } from 'vitest'
import { chartEvidencePayloadSchema } from '../../../shared/contract/prometheus'
import { decodeColumns } from '../handlers/columns-wire'
import { setup, START } from '../handlers/test-harness'
import { loadSample } from './load'
import { PEOPLE } from './story'

// The sample incident on a real SQLite file, read back through the same channels the UI uses.

const PNG_MAGIC = '89504e470d0a1a0a'

async function loaded() {
  const harness = await setup()
  await harness.call('settings.update', { authorName: 'Zoe' })
  const { incidentId, created } = await harness.call('sample.load', {})
  expect(created).toBe(true)
  return { ...harness, incidentId }
}

describe('sample.load', () => {
  it('writes one resolved incident, marked as the sample, whose whole run is done', async () => {
    const { call, incidentId } = await loaded()
    expect(await call('sample.status', {})).toEqual({ incidentIds: [incidentId] })
    const [listed, ...others] = await call('incident.list', {})
    expect(others).toEqual([])
    expect(listed?.title).toMatch(/Leaderboard API slow/)
    const incident = await call('incident.get', { id: incidentId })
    expect(incident.resolvedAt).not.toBeNull()
    expect(incident.severity).toBe('SEV2')
    expect(incident.resolvedAt!).toBeLessThan(START)

    const run = await call('runbook.get', { incidentId })
    expect(run?.progress.done).toBe(run?.progress.total)
    expect(run?.steps.length).toBe(8)
    for (const step of run?.steps ?? []) {
      expect(step.state).toBe('done')
      for (const item of step.checklist) {
        expect(item.tickedAt).not.toBeNull()
        expect(item.tickedAt!).toBeGreaterThanOrEqual(step.startedAt!)
        expect(item.tickedAt!).toBeLessThanOrEqual(step.finishedAt!)
      }
    }
  })

  it('tells the story on the timeline, in order, by the people who acted', async () => {
    const { call, incidentId } = await loaded()
    const timeline = await call('timeline.list', { incidentId })
    const times = timeline.map((event) => event.occurredAt)
    expect(times).toEqual([...times].sort((a, b) => a - b))
    expect(
      timeline.some((e) => e.kind === 'alert' && e.text.includes('LeaderboardP99LatencyHigh')),
    ).toBe(true)
    const authors = new Set(timeline.map((event) => event.author))
    for (const person of Object.values(PEOPLE)) expect(authors).toContain(person)
    expect(authors).not.toContain('Zoe')
    const goLive = timeline.find((e) => e.text.startsWith('Go-live'))
    expect(goLive?.occurredAt).toBe(timeline[0]?.occurredAt)
    // The author setting the story borrowed is the user's again.
    expect((await call('settings.get', {})).authorName).toBe('Zoe')
  })

  it('pins charts whose stored answers draw with no source configured', async () => {
    const { call, incidentId } = await loaded()
    expect(await call('datasource.list', {})).toEqual([])
    const charts = (await call('evidence.list', { incidentId })).filter((e) => e.kind === 'chart')
    expect(charts.map((c) => c.caption.split(':')[0])).toEqual([
      'p99 latency of leaderboard-api',
      'Error ratio of leaderboard-api',
      'CPU per pod over its limit',
      '1-hour burn rate of the 3 s latency SLO',
    ])
    const maxima = []
    for (const chart of charts) {
      const stored = await call('evidence.get', { id: chart.id })
      expect(
        Buffer.from(stored.pngBase64 ?? '', 'base64')
          .subarray(0, 8)
          .toString('hex'),
      ).toBe(PNG_MAGIC)
      const payload = chartEvidencePayloadSchema.parse(stored.payload)
      const matrix = decodeColumns(payload.columns)
      const values = matrix.series.flatMap((s) => [...s.values].filter(Number.isFinite))
      maxima.push([matrix.series.length, Math.max(...values)])
    }
    const [p99, errors, cpu, burn] = maxima
    expect(p99?.[1]).toBeGreaterThan(6.5)
    expect(p99?.[1]).toBeLessThan(7.2)
    expect(errors?.[1]).toBeCloseTo(0.02, 3)
    expect(cpu).toEqual([6, expect.any(Number)])
    expect(cpu?.[1]).toBeLessThan(0.35)
    expect(burn?.[1]).toBeGreaterThan(1)
  })

  it('pins traces that reopen from storage with the database span dominating', async () => {
    const { call, incidentId } = await loaded()
    const traces = (await call('evidence.list', { incidentId })).filter((e) => e.kind === 'trace')
    expect(traces).toHaveLength(2)
    for (const item of traces) {
      const view = await call('traces.openPinned', { evidenceId: item.id })
      const db = view.byOperation.find(
        (group) => group.service === 'leaderboard-db' && group.operation === 'SELECT',
      )
      expect(db!.criticalUs / view.traceDurationUs).toBeGreaterThan(0.7)
      expect(view.origin.kind).toBe('evidence')
    }
  })

  it('settles the two hypotheses with the evidence that settled them', async () => {
    const { call, incidentId } = await loaded()
    const evidence = await call('evidence.list', { incidentId })
    const idOf = (prefix: string) => evidence.find((e) => e.caption.startsWith(prefix))?.id
    const hypotheses = await call('hypothesis.list', { incidentId })
    expect(hypotheses.map((h) => [h.status, h.evidenceIds])).toEqual([
      ['ruled_out', [idOf('CPU per pod')]],
      ['confirmed', [idOf('Slow leaderboard request'), idOf('Another slow request')]],
    ])
    expect(hypotheses[1]?.timelineEventIds).toHaveLength(1)
  })

  it('leaves a postmortem draft with action items that exports to Markdown', async () => {
    const { call, incidentId } = await loaded()
    const view = await call('postmortem.get', { incidentId })
    expect(view.postmortem.status).toBe('draft')
    expect(view.sections.fiveWhys.every((pair) => pair.because.length > 0)).toBe(true)
    expect(view.sections.hypothesesRuledOut).toHaveLength(1)
    expect(view.sections.evidence).toHaveLength(6)
    expect(view.sections.impact.sloBudgetConsumedPercent).toBeGreaterThan(0)
    expect(view.actionItems.map((item) => item.priority)).toEqual(['P1', 'P1', 'P2', 'P2', 'P3'])
    const { markdown } = await call('postmortem.renderMarkdown', { incidentId })
    expect(markdown).toContain('Leaderboard API slow')
    expect(markdown).toContain('composite index')
  })

  it('opens the loaded sample again instead of writing a second one', async () => {
    const { call, incidentId } = await loaded()
    expect(await call('sample.load', {})).toEqual({ incidentId, created: false })
    expect(await call('incident.list', {})).toHaveLength(1)
  })

  it('writes nothing at all when the story fails halfway', async () => {
    const { backend, call } = await setup()
    let ids = 0
    const failing = {
      ...backend.deps,
      newId: () => {
        if (++ids > 60) throw new Error('disk full')
        return `id-${ids}`
      },
    }
    expect(() => loadSample(failing)).toThrow('disk full')
    expect(await call('incident.list', {})).toEqual([])
    expect(await call('sample.status', {})).toEqual({ incidentIds: [] })
    expect(await call('slo.list', {})).toEqual([])
    expect((await call('settings.get', {})).authorName).toBe('')
  })

  it('is the same story wherever it is loaded, for the same day', async () => {
    const texts = async () => {
      const { call, incidentId } = await loaded()
      return (await call('timeline.list', { incidentId })).map((e) => [e.occurredAt, e.text])
    }
    expect(await texts()).toEqual(await texts())
  })
})
