import { describe, expect, it } from 'vitest'
import { LIBRARY_SOURCES as CONTRACT_SOURCES } from '../../../shared/contract/library'
import type { TextSegments } from '../../../shared/contract/library'
import { LIBRARY_SOURCES } from '../db/migrations/0007-library-index-sql'
import { MIN, setup } from '../handlers/test-harness'
import { insertEvidence } from '../repositories/evidence'
import { parseSearch } from './query'
import { segmentsOf } from './segments'

const marked = (segments: TextSegments | null | undefined) =>
  (segments ?? []).map((s) => (s.hit ? `[${s.text}]` : s.text)).join('')

async function library() {
  const h = await setup()
  const declare = async (title: string, extra: Record<string, unknown> = {}) =>
    (await h.call('incident.create', { title, severity: 'SEV2', ...extra })).id
  const note = (incidentId: string, text: string) => h.call('timeline.add', { incidentId, text })
  return { ...h, declare, note }
}

const search = (h: Awaited<ReturnType<typeof library>>, query: string, extra = {}) =>
  h.call('library.search', { query, ...extra })

describe('library search', () => {
  it('ranks a title match above a summary match above a passing timeline mention', async () => {
    const h = await library()
    const inTimeline = await h.declare('Checkout latency')
    await h.note(inTimeline, 'Noticed redis memory climbing, probably unrelated')
    const inSummary = await h.declare('Login errors', {
      summary: 'Redis failover dropped sessions',
    })
    const inTitle = await h.declare('Redis failover stalls checkout')
    await h.declare('Unrelated: DNS outage')

    const result = await search(h, 'redis')
    expect(result.items.map((i) => i.id)).toEqual([inTitle, inSummary, inTimeline])
    expect(result.total).toBe(3)
    expect(result.terms).toEqual(['redis'])
    expect(result.items[0]?.matchedIn).toEqual(['title'])
    expect(marked(result.items[0]?.titleHighlight)).toBe('[Redis] failover stalls checkout')
    expect(result.items[1]?.snippet?.source).toBe('summary')
    expect(marked(result.items[1]?.snippet?.segments)).toBe('[Redis] failover dropped sessions')
    expect(result.items[2]?.snippet?.source).toBe('timeline')
    expect(marked(result.items[2]?.snippet?.segments)).toContain('Noticed [redis] memory')
  })

  it('needs every word somewhere in the incident, not necessarily in one place', async () => {
    const h = await library()
    const both = await h.declare('Kafka consumer lag')
    await h.note(both, 'Rebalance storm after the deploy')
    await h.declare('Kafka broker disk full')
    const result = await search(h, 'kafka rebalance')
    expect(result.items.map((i) => i.id)).toEqual([both])
    expect(result.items[0]?.matchedIn).toEqual(['title', 'timeline'])
  })

  it('weighs rarer words more: the incident holding the rare word wins', async () => {
    const h = await library()
    const common = await Promise.all(['a', 'b', 'c'].map((x) => h.declare(`Database slow ${x}`)))
    const rare = await h.declare('Certificate expired')
    await h.note(rare, 'The database rejected clients')
    await h.note(common[0]!, 'certificate mentioned in passing')
    const result = await search(h, 'database certificate')
    expect(result.items.map((i) => i.id)).toEqual([rare, common[0]])
  })

  it('searches hypotheses, evidence captions and postmortem sections, and follows edits', async () => {
    const h = await library()
    const id = await h.declare('Payments degraded')
    const hypothesis = await h.call('hypothesis.add', {
      incidentId: id,
      text: 'Connection pool exhausted',
    })
    // Adding a hypothesis also notes it on the timeline.
    expect((await search(h, 'exhausted')).items[0]?.matchedIn).toEqual(['hypothesis', 'timeline'])
    insertEvidence(h.backend.db, {
      id: 'ev-1',
      incidentId: id,
      kind: 'chart',
      caption: '',
      sourceName: 'prom',
      summary: {},
      payloadJson: '{}',
      png: null,
      createdAt: h.backend.clock.now,
    })
    expect((await search(h, 'saturation')).total).toBe(0)
    await h.call('evidence.updateCaption', { id: 'ev-1', caption: 'Pool saturation at 14:02' })
    expect((await search(h, 'saturation')).items[0]?.snippet?.source).toBe('evidence')
    await h.call('postmortem.get', { incidentId: id })
    await h.call('postmortem.updateSection', {
      incidentId: id,
      section: 'rootCause',
      value: { rootCause: 'A retry storm from the mobile client', trigger: '' },
    })
    const storm = await search(h, 'storm')
    expect(storm.items[0]?.snippet?.source).toBe('postmortem')
    expect(marked(storm.items[0]?.snippet?.segments)).toContain('retry [storm]')

    await h.call('incident.update', { id, title: 'Payments down' })
    // The old title stays in the timeline and the postmortem, but no longer in the title.
    expect((await search(h, 'degraded')).items[0]?.matchedIn).not.toContain('title')
    expect((await search(h, 'down')).items[0]?.matchedIn).toEqual(['title'])
    await h.call('hypothesis.setStatus', {
      id: hypothesis.id,
      status: 'ruled_out',
      reason: 'Pool metrics flat throughout',
    })
    expect((await search(h, 'flat')).items[0]?.matchedIn).toContain('hypothesis')
  })

  it('forgets deleted timeline text and finds it again when restored', async () => {
    const h = await library()
    const id = await h.declare('Queue backlog')
    const event = await h.note(id, 'Purged the zombie consumers')
    expect((await search(h, 'zombie')).total).toBe(1)
    await h.call('timeline.delete', { id: event.id })
    expect((await search(h, 'zombie')).total).toBe(0)
    await h.call('timeline.restore', { id: event.id })
    expect((await search(h, 'zombie')).total).toBe(1)
    await h.call('timeline.update', { id: event.id, text: 'Purged the stuck consumers' })
    expect((await search(h, 'zombie')).total).toBe(0)
    expect((await search(h, 'stuck')).total).toBe(1)
  })

  it('indexes timelines longer than one chunk of events', async () => {
    const h = await library()
    const id = await h.declare('Long incident')
    for (let i = 0; i < 70; i++) await h.note(id, `step ${i} marker${i}`)
    for (const word of ['marker0', 'marker33', 'marker69']) {
      expect((await search(h, word)).items.map((i) => i.id)).toEqual([id])
    }
  })

  it('treats search syntax as words and matches the last word as a prefix while typing', async () => {
    const h = await library()
    const id = await h.declare('Edge CDN purge failed')
    for (const text of ['"', 'NOT', 'title:', 'purge OR', '*', '(cdn']) {
      await expect(search(h, text)).resolves.toBeDefined()
    }
    expect((await search(h, 'purg')).items.map((i) => i.id)).toEqual([id])
    expect((await search(h, 'purg ')).total).toBe(0)
    expect(parseSearch('a "edge cdn" pu').map((t) => t.expression)).toEqual([
      '"a"',
      '"edge cdn"',
      '"pu"',
    ])
  })

  it('filters by severity, status, service, tag and period, and sorts', async () => {
    const h = await library()
    h.later(0)
    const a = await h.declare('Disk full on db-1', { severity: 'SEV1', services: ['db'] })
    h.later(60)
    const b = await h.declare('Disk full on cache-1', { severity: 'SEV3', services: ['cache'] })
    await h.call('postmortem.get', { incidentId: b })
    await h.call('postmortem.updateSection', { incidentId: b, section: 'tags', value: ['storage'] })
    const ids = async (extra: object) => (await search(h, 'disk', extra)).items.map((i) => i.id)
    expect(await ids({ filters: { severities: ['SEV1'] } })).toEqual([a])
    expect(await ids({ filters: { service: 'CACHE' } })).toEqual([b])
    expect(await ids({ filters: { tag: 'storage' } })).toEqual([b])
    expect(await ids({ filters: { from: h.backend.clock.now - 30 * MIN } })).toEqual([b])
    expect(await ids({ filters: { statuses: ['resolved'] } })).toEqual([])
    expect(await ids({ sort: 'oldest' })).toEqual([a, b])
    expect(await ids({ sort: 'severity' })).toEqual([a, b])
    const listed = await h.call('library.search', { sort: 'newest' })
    expect(listed.items.map((i) => i.id)).toEqual([b, a])
    expect(listed.items[0]?.tags).toEqual(['storage'])
    expect(listed.items[0]?.postmortemStatus).toBe('draft')
    const facets = await h.call('library.facets', {})
    expect(facets).toEqual({ services: ['cache', 'db'], tags: ['storage'] })
  })

  it('marks the shipped sample incident, and only it', async () => {
    const h = await library()
    const own = await h.declare('Checkout latency')
    const { incidentId: sample } = await h.call('sample.load', {})
    const listed = await h.call('library.search', {})
    const flags = new Map(listed.items.map((item) => [item.id, item.sample]))
    expect(flags.get(sample)).toBe(true)
    expect(flags.get(own)).toBe(false)
    const found = await search(h, 'checkout latency')
    expect(found.items.find((item) => item.id === own)?.sample).toBe(false)
  })

  it('pages through results with a total over all pages', async () => {
    const h = await library()
    for (let i = 0; i < 5; i++) await h.declare(`Flaky deploy ${i}`)
    const first = await search(h, 'flaky', { limit: 2 })
    const third = await search(h, 'flaky', { limit: 2, offset: 4 })
    expect([first.total, first.items.length, third.items.length]).toEqual([5, 2, 1])
  })
})

describe('similar incidents', () => {
  it('suggests past incidents of the same service or with the same words, saying why', async () => {
    const h = await library()
    h.later(0)
    const sameService = await h.declare('Slow checkout pages', { services: ['checkout'] })
    const sameWords = await h.declare('Redis eviction storm', { services: ['sessions'] })
    await h.declare('Printer out of toner', { services: ['office'] })
    h.later(60)
    const current = await h.declare('Redis eviction again', { services: ['checkout'] })
    const similar = await h.call('library.similar', { incidentId: current })
    expect(similar.map((s) => s.id).sort()).toEqual([sameService, sameWords].sort())
    const byId = new Map(similar.map((s) => [s.id, s.reasons]))
    expect(byId.get(sameService)).toContain('Same service: checkout')
    expect(byId.get(sameWords)?.[0]).toMatch(/^Similar words: .*redis/)
  })
})

describe('index format', () => {
  it('names sources the same way in the database and the contract', () => {
    expect([...LIBRARY_SOURCES]).toEqual([...CONTRACT_SOURCES])
  })

  it('splits marked passages into plain pieces and shows event breaks', () => {
    expect(segmentsOf('a \u0002hit\u0003 b\nc <b>')).toEqual([
      { text: 'a ', hit: false },
      { text: 'hit', hit: true },
      { text: ' b · c <b>', hit: false },
    ])
  })
})
