import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import type { TraceView } from '../../../shared/contract/traces'
import {
  JAEGER_FIXTURES_DIR,
  startJaegerFixtureServer,
  type JaegerFixtureApi,
  type JaegerFixtureServer,
} from '../../../e2e/support/jaeger-fixture-server'
import { generateTrace, toJaegerV1Json, toOtlpJson } from '../../../e2e/support/trace-builder'
import { tempDir, testBackend } from '../testing/support'
import { setup } from './test-harness'

const servers: JaegerFixtureServer[] = []
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.stop()))
})

const fixture = (path: string) => readFileSync(join(JAEGER_FIXTURES_DIR, path), 'utf8')

/** A column of a trace view, decoded as the renderer does (copied, so always aligned). */
function int32Column(view: TraceView, name: 'parent' | 'displayOrder' | 'depth'): number[] {
  return [...new Int32Array(new Uint8Array(Buffer.from(view.columns[name], 'base64')).buffer)]
}

async function withJaeger(api: JaegerFixtureApi = 'both') {
  const server = await startJaegerFixtureServer({ api })
  servers.push(server)
  const harness = await setup()
  const source = await harness.call('datasource.save', {
    kind: 'jaeger',
    name: 'Prod Jaeger',
    url: server.url,
    auth: { type: 'none' },
  })
  return { ...harness, server, sourceId: source.id }
}

const ALL_TIME = { startMs: 0, endMs: 2_000_000_000_000 }

describe('trace channels', () => {
  it('searches through v1 and v3 and answers summaries, not spans', async () => {
    const { call, sourceId } = await withJaeger('v1')
    const found = await call('traces.search', {
      sourceId,
      service: 'service1',
      tags: 'error=true',
      ...ALL_TIME,
    })
    expect(found).toEqual({
      api: 'v1',
      notes: [],
      noteTexts: [],
      traces: [
        {
          traceId: 'trace-123',
          startUs: 1542666452979000,
          durationUs: 1_000_000,
          spanCount: 11,
          errorCount: 1,
          rootService: 'service1',
          rootOperation: 'op1',
          services: [
            { name: 'service1', spanCount: 8, errorCount: 1 },
            { name: 'service2', spanCount: 3, errorCount: 0 },
          ],
        },
      ],
    })
    const v3 = await withJaeger('v3')
    const services = await v3.call('traces.services', { sourceId: v3.sourceId })
    expect(services.api).toBe('v3')
    const empty = await v3.call('traces.search', {
      sourceId: v3.sourceId,
      service: 'telemetrygen',
      startMs: 0,
      endMs: 1000,
    })
    expect(empty.traces).toEqual([])
  })

  it('refuses bad search fields next to the field, before asking Jaeger', async () => {
    const { fail, sourceId, server } = await withJaeger()
    const error = await fail('traces.search', {
      sourceId,
      service: 'service1',
      tags: 'error',
      minDuration: '5',
      maxDuration: '1s',
      ...ALL_TIME,
    })
    expect(error.detail?.fields).toEqual({
      tags: '"error" is not key=value; write tags like error=true http.status_code=500',
      minDuration: 'Add a unit: 5ms, 5s or 5us',
    })
    expect(server.requests).toEqual([])
  })

  it('opens a trace by ID as compact columns with its analysis, details and search', async () => {
    const { call, sourceId } = await withJaeger('v1')
    const view = await call('traces.get', { sourceId, traceId: 'trace-123' })
    expect(view.origin).toEqual({ kind: 'jaeger', sourceId, sourceName: 'Prod Jaeger', api: 'v1' })
    expect([view.spanCount, view.spanIds.length, view.errorCount]).toEqual([11, 11, 1])
    expect(view.summary).toMatch(/ of 390 ms is self time in /)
    expect(view.summaryText).toMatchObject({
      key: 'msgTraces:summary.selfTime',
      params: { duration: '390 ms', durationUs: 390_000 },
    })
    expect(int32Column(view, 'depth')[int32Column(view, 'displayOrder')[0] ?? 0]).toBe(0)
    expect(view.byService.map((totals) => totals.service).sort()).toEqual(['service1', 'service2'])
    const root = int32Column(view, 'displayOrder')[0] ?? -1
    const details = await call('traces.spanDetails', { viewId: view.viewId, span: root })
    expect(details).toMatchObject({ service: 'service1', operation: 'op1' })
    const byService = await call('traces.findSpans', { viewId: view.viewId, text: 'SERVICE2' })
    expect(byService.spans).toHaveLength(3)
    const byTag = await call('traces.findSpans', { viewId: view.viewId, text: 'span-2_1' })
    expect(byTag.spans.map((span) => view.spanIds[span])).toEqual(['span-2_1'])
  })

  it('imports every supported file shape', async () => {
    const { call } = await setup()
    const built = generateTrace({ spans: 300, seed: 11, errors: 3 })
    const otlp = toOtlpJson(built)
    const files: [string, string][] = [
      ['Jaeger UI download (an /api/traces answer)', toJaegerV1Json(built)],
      ['bare trace object', toJaegerV1Json(built, 'trace')],
      ['OTLP JSON', otlp],
      ['Jaeger v3 answer', toOtlpJson(built, 'v3')],
      ['NDJSON', toOtlpJson(built, 'ndjson')],
      ['with a byte order mark', `\ufeff${otlp}`],
    ]
    for (const [fileName, content] of files) {
      const view = await call('traces.import', { content, fileName })
      expect([fileName, view.traceId, view.spanCount, view.errorCount]).toEqual([
        fileName,
        built.traceId,
        300,
        3,
      ])
      expect(view.origin).toEqual({ kind: 'file', fileName })
    }
  })

  it('lists the traces of a file holding several and opens each', async () => {
    const { call } = await setup()
    const view = await call('traces.import', {
      content: fixture('otlp/jaeger_memory_otel_traces_01.json'),
      fileName: 'two.json',
    })
    expect(view.otherTraces.map((trace) => trace.traceId)).toEqual([
      '00000000000000010000000000000000',
      '00000000000000020000000000000000',
    ])
    const second = await call('traces.openOther', {
      viewId: view.viewId,
      traceId: '00000000000000020000000000000000',
    })
    expect(second.traceId).toBe('00000000000000020000000000000000')
  })

  it('refuses a file that is not a trace and says what it is', async () => {
    const { fail } = await setup()
    const services = await fail('traces.import', {
      content: fixture('v1/derived_from_genaiTestTrace/api_services.json'),
      fileName: 'services.json',
    })
    expect(services.code).toBe('invalid_input')
    expect(services.message).toMatch(
      /services\.json is not a trace file we can read: This is a Jaeger v1 services/,
    )
    expect(services.text).toEqual({
      key: 'msgTraces:open.notReadable',
      params: { name: 'services.json', reason: 'notATrace', detected: 'v1NamesList' },
    })
    const broken = await fail('traces.import', { content: '{"data": [', fileName: 'cut.json' })
    expect(broken.message).toMatch(/cut\.json is not a trace file we can read: Not valid JSON/)
  })

  it('pins a trace with its summary and timeline event, and reopens it with Jaeger stopped', async () => {
    const dataDir = tempDir()
    const server = await startJaegerFixtureServer({ api: 'v3' })
    servers.push(server)
    const first = await testBackend({ dataDir })
    const call = async <T>(channel: string, input: unknown): Promise<T> => {
      const result = await first.dispatch(channel, input)
      if (!result.ok) throw new Error(JSON.stringify(result.error))
      return result.value as T
    }
    const incident = await call<{ id: string }>('incident.create', {
      title: 'Slow',
      severity: 'SEV2',
    })
    const source = await call<{ id: string }>('datasource.save', {
      kind: 'jaeger',
      name: 'Jaeger',
      url: server.url,
      auth: { type: 'none' },
    })
    const traceId = '00000000000000000000000000000011'
    const view = await call<TraceView>('traces.get', { sourceId: source.id, traceId })
    const pinned = await call<{ id: string; summary: Record<string, unknown> }>('traces.pin', {
      viewId: view.viewId,
      incidentId: incident.id,
      caption: 'The slow checkout',
    })
    expect(pinned.summary).toMatchObject({ traceId, spanCount: 5, summary: view.summary })
    const timeline = await call<{ kind: string; text: string }[]>('timeline.list', {
      incidentId: incident.id,
    })
    expect(timeline.filter((event) => event.kind === 'evidence')).toEqual([
      expect.objectContaining({
        text: `Pinned trace ${traceId}: The slow checkout (100 µs, 5 spans). ${view.summary}`,
      }),
    ])
    await server.stop()
    first.close()

    const reopened = await testBackend({ dataDir })
    const result = await reopened.dispatch('traces.openPinned', { evidenceId: pinned.id })
    if (!result.ok) throw new Error(JSON.stringify(result.error))
    const frozen = result.value as TraceView
    expect(frozen.origin).toMatchObject({
      kind: 'evidence',
      evidenceId: pinned.id,
      caption: 'The slow checkout',
    })
    expect([frozen.traceId, frozen.spanCount, frozen.summary]).toEqual([traceId, 5, view.summary])
    expect(frozen.columns).toEqual(view.columns)
  })

  it('pins an NDJSON import and reads it back', async () => {
    const { call } = await setup()
    const incident = await call('incident.create', { title: 'Batch', severity: 'SEV3' })
    const view = await call('traces.import', {
      content: fixture('otlp/jaeger-ui_otlp2jaeger-multi-in.ndjson'),
      fileName: 'spans.ndjson',
    })
    const pinned = await call('traces.pin', { viewId: view.viewId, incidentId: incident.id })
    expect(pinned.caption).toBe('example-trace main')
    const frozen = await call('traces.openPinned', { evidenceId: pinned.id })
    expect([frozen.traceId, frozen.spanCount]).toEqual([view.traceId, view.spanCount])
  })

  it('says when a source is not Jaeger, and when an open trace was let go', async () => {
    const { call, fail } = await setup()
    const prometheus = await call('datasource.save', {
      kind: 'prometheus',
      name: 'Prom',
      url: 'http://127.0.0.1:9',
      auth: { type: 'none' },
    })
    const wrong = await fail('traces.services', { sourceId: prometheus.id })
    expect(wrong.message).toBe('Prom is a prometheus source; choose a Jaeger source.')
    expect(wrong.text).toEqual({
      key: 'msgTraces:open.notJaegerSource',
      params: { name: 'Prom', kind: 'prometheus' },
    })
    expect(wrong.detail?.fieldTexts).toEqual({
      sourceId: { key: 'msgTraces:open.chooseJaegerSource' },
    })
    const gone = await fail('traces.spanDetails', { viewId: 'nope:0', span: 0 })
    expect(gone.code).toBe('not_found')
  })
})
