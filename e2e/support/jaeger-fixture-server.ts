// A Jaeger fixture server for tests: node:http on 127.0.0.1 serving the recorded real payloads
// of ../shared/fixtures/jaeger on Jaeger Query's real v1 and v3 routes. It reads the real query
// parameters (service, operation, tags, durations, time range, limit) and answers with Jaeger's
// own error bodies (text/plain, as Go's http.Error sends them). No Jaeger can be installed on
// our build machines; this stands in for one.
import { readFileSync } from 'node:fs'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { join } from 'node:path'
import {
  indexV1Trace,
  indexOtlp,
  loadRecordedTraces,
  type StoredTrace,
} from './jaeger-fixture-corpus'
import { searchV1, searchV3, type SearchFailure } from './jaeger-fixture-search'
import { toJaegerV1Json, toOtlpJson, type BuiltTrace } from './trace-builder'

export type JaegerFixtureApi = 'v1' | 'v3' | 'both'

export interface JaegerFixtureOptions {
  /** Which query APIs answer; the other's routes answer 404 like a Jaeger without them. */
  api?: JaegerFixtureApi
  /** Serve only these generated traces, or the recorded ones plus these. */
  generated?: BuiltTrace[]
  recorded?: boolean
  /** Which recorded files to load (by path); all by default. */
  recordedFiles?: (path: string) => boolean
  /** Stops by itself after this long, so a forgotten server cannot outlive its test. */
  maxLifetimeMs?: number
  fixturesDir?: string
}

export interface JaegerFixtureServer {
  url: string
  api: JaegerFixtureApi
  /** Every request path with its query string, in order. */
  requests: string[]
  /** Trace IDs served by each API. */
  traceIds: { v1: string[]; v3: string[] }
  stop(): Promise<void>
}

export const JAEGER_FIXTURES_DIR = join(process.cwd(), '..', 'shared', 'fixtures', 'jaeger')

const GO_NOT_FOUND = '404 page not found\n'

interface Corpus {
  v1: StoredTrace[]
  otlp: StoredTrace[]
  errors: {
    serviceRequired: string
    maxBelowMin: string
    traceNotFound: string
    noTracesFound: string
  }
}

function fromBuilt(trace: BuiltTrace): { v1: StoredTrace; otlp: StoredTrace } {
  const v1Json = toJaegerV1Json(trace, 'trace')
  const otlpJson = JSON.parse(toOtlpJson(trace)) as { resourceSpans: Record<string, unknown>[] }
  const spans = indexV1Trace(JSON.parse(v1Json) as Record<string, unknown>)
  const otlpSpans = indexOtlp(otlpJson.resourceSpans).get(trace.traceId) ?? []
  return {
    v1: { traceId: trace.traceId, v1Json, spans, file: 'generated' },
    otlp: {
      traceId: trace.traceId,
      otlpResourceSpans: JSON.stringify(otlpJson.resourceSpans),
      spans: otlpSpans,
      file: 'generated',
    },
  }
}

function loadCorpus(options: JaegerFixtureOptions): Corpus {
  const dir = options.fixturesDir ?? JAEGER_FIXTURES_DIR
  const recorded =
    options.recorded === false
      ? { v1: [], otlp: [] }
      : loadRecordedTraces(dir, options.recordedFiles)
  const generated = (options.generated ?? []).map(fromBuilt)
  const read = (path: string) => readFileSync(join(dir, path), 'utf8')
  return {
    v1: [...generated.map((g) => g.v1), ...recorded.v1],
    otlp: [...generated.map((g) => g.otlp), ...recorded.otlp],
    errors: {
      serviceRequired: read('v1/errors/search_service_required_400.json'),
      maxBelowMin: read('v1/errors/search_maxDuration_lt_minDuration_400.json'),
      traceNotFound: read('v1/errors/trace_not_found_404.json'),
      noTracesFound: read('v3/errors/no_traces_found_404.json'),
    },
  }
}

function sendJson(res: ServerResponse, body: string): void {
  res.writeHead(200, { 'content-type': 'application/json' })
  res.end(body)
}

/** Go's http.Error: text/plain whatever the body, and a trailing newline. */
function sendGoError(res: ServerResponse, status: number, body: string): void {
  res.writeHead(status, {
    'content-type': 'text/plain; charset=utf-8',
    'x-content-type-options': 'nosniff',
  })
  res.end(body.endsWith('\n') ? body : `${body}\n`)
}

const v1Envelope = (data: string, total = 0) =>
  `{"data":${data},"total":${total},"limit":0,"offset":0,"errors":null}`
const v1Error = (status: number, message: string) =>
  `{"data":null,"total":0,"limit":0,"offset":0,"errors":[{"code":${status},"msg":${JSON.stringify(message)}}]}`
const v3Error = (status: number, message: string) =>
  JSON.stringify({ error: { httpCode: status, message } })

function servicesOf(traces: StoredTrace[]): string[] {
  // Go's sort.Strings: byte order, capitals first.
  return [...new Set(traces.flatMap((t) => t.spans.map((s) => s.service)))].filter(Boolean).sort()
}

function operationsOf(traces: StoredTrace[], service: string, kind = '') {
  const seen = new Map<string, string>()
  for (const span of traces.flatMap((t) => t.spans)) {
    if (span.service !== service || (kind && span.kind !== kind)) continue
    if (!seen.has(span.operation)) seen.set(span.operation, span.kind)
  }
  return [...seen].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
}

function handleV1(corpus: Corpus, url: URL, res: ServerResponse): boolean {
  const path = url.pathname
  if (path === '/api/services') {
    const services = servicesOf(corpus.v1)
    sendJson(res, v1Envelope(JSON.stringify(services), services.length))
    return true
  }
  const operations = /^\/api\/services\/([^/]+)\/operations$/.exec(path)
  if (operations) {
    const names = operationsOf(corpus.v1, decodeURIComponent(operations[1] ?? '')).map(([n]) => n)
    sendJson(res, v1Envelope(JSON.stringify(names), names.length))
    return true
  }
  if (path === '/api/operations') {
    const service = url.searchParams.get('service') ?? ''
    const kind = url.searchParams.get('spanKind') ?? ''
    const list = operationsOf(corpus.v1, service, kind).map(([name, spanKind]) => ({
      name,
      spanKind,
    }))
    sendJson(res, v1Envelope(JSON.stringify(list), list.length))
    return true
  }
  if (path === '/api/traces') {
    const found = searchV1(corpus.v1, url.searchParams)
    if ('status' in found) return (sendFailure(res, found, corpus, 'v1'), true)
    sendJson(res, v1Envelope(`[${found.map((t) => t.v1Json).join(',')}]`))
    return true
  }
  const byId = /^\/api\/traces\/([^/]+)$/.exec(path)
  if (byId) {
    const trace = corpus.v1.find((t) => t.traceId === decodeURIComponent(byId[1] ?? ''))
    if (!trace) sendGoError(res, 404, corpus.errors.traceNotFound)
    else sendJson(res, v1Envelope(`[${trace.v1Json}]`))
    return true
  }
  return false
}

function sendFailure(
  res: ServerResponse,
  failure: SearchFailure,
  corpus: Corpus,
  api: 'v1' | 'v3',
) {
  if (api === 'v3')
    return sendGoError(res, failure.status, v3Error(failure.status, failure.message))
  if (failure.known === 'serviceRequired')
    return sendGoError(res, 400, corpus.errors.serviceRequired)
  if (failure.known === 'maxBelowMin') return sendGoError(res, 400, corpus.errors.maxBelowMin)
  sendGoError(res, failure.status, v1Error(failure.status, failure.message))
}

const v3Result = (traces: StoredTrace[]) =>
  `{"result":{"resourceSpans":[${traces.map((t) => (t.otlpResourceSpans ?? '[]').slice(1, -1)).join(',')}]}}`

function handleV3(corpus: Corpus, url: URL, res: ServerResponse): boolean {
  const path = url.pathname
  if (path === '/api/v3/services') {
    sendJson(res, JSON.stringify({ services: servicesOf(corpus.otlp) }))
    return true
  }
  if (path === '/api/v3/operations') {
    const service = url.searchParams.get('service') ?? ''
    const kind = url.searchParams.get('span_kind') ?? ''
    const operations = operationsOf(corpus.otlp, service, kind).map(([name, spanKind]) => ({
      name,
      spanKind: spanKind || 'internal',
    }))
    sendJson(res, JSON.stringify({ operations }))
    return true
  }
  if (path === '/api/v3/traces') {
    const found = searchV3(corpus.otlp, url.searchParams)
    if ('status' in found) sendFailure(res, found, corpus, 'v3')
    else if (found.length === 0) sendGoError(res, 404, corpus.errors.noTracesFound)
    else sendJson(res, v3Result(found))
    return true
  }
  const byId = /^\/api\/v3\/traces\/([^/]+)$/.exec(path)
  if (byId) {
    const id = decodeURIComponent(byId[1] ?? '')
    if (!/^[0-9a-fA-F]{1,32}$/.test(id)) {
      const message = `malformed parameter trace_id: TraceID cannot be parsed: ${id}`
      sendGoError(res, 400, v3Error(400, message))
      return true
    }
    const trace = corpus.otlp.find((t) => t.traceId.toLowerCase() === id.toLowerCase())
    if (!trace) sendGoError(res, 404, v3Error(404, 'trace not found'))
    else sendJson(res, v3Result([trace]))
    return true
  }
  return false
}

/** Starts the fixture server on a free loopback port. */
export async function startJaegerFixtureServer(
  options: JaegerFixtureOptions = {},
): Promise<JaegerFixtureServer> {
  const api = options.api ?? 'both'
  const corpus = loadCorpus(options)
  const requests: string[] = []
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1')
    requests.push(`${url.pathname}${url.search}`)
    if (req.method !== 'GET') return sendGoError(res, 405, 'Method Not Allowed')
    const served =
      (api !== 'v3' && handleV1(corpus, url, res)) || (api !== 'v1' && handleV3(corpus, url, res))
    if (!served) sendGoError(res, 404, GO_NOT_FOUND)
  })
  server.maxConnections = 64
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => resolve())
  })
  let stopped: Promise<void> | undefined
  const stop = () =>
    (stopped ??= new Promise<void>((resolve) => {
      clearTimeout(lifetime)
      server.close(() => resolve())
      server.closeAllConnections()
    }))
  const lifetime = setTimeout(() => void stop(), options.maxLifetimeMs ?? 10 * 60_000)
  lifetime.unref()
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    api,
    requests,
    traceIds: {
      v1: api === 'v3' ? [] : corpus.v1.map((t) => t.traceId),
      v3: api === 'v1' ? [] : corpus.otlp.map((t) => t.traceId),
    },
    stop,
  }
}
