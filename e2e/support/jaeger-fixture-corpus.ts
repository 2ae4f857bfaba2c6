// The traces the Jaeger fixture server holds: the recorded real payloads of
// ../shared/fixtures/jaeger (v1 trace objects for the v1 routes, OTLP for the v3 routes) plus
// generated ones. Read here with a small reader of its own, like a Jaeger store would index
// spans, so tests of Firebreak's parser never run against that same parser.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

export interface IndexedSpan {
  service: string
  operation: string
  kind: string
  startUs: number
  durationUs: number
  /** Span tags, process or resource tags and log fields, values as text. */
  tags: Map<string, string[]>
}

export interface StoredTrace {
  traceId: string
  /** A v1 trace object (`{traceID, spans, processes}`), served by the v1 routes. */
  v1Json?: string
  /** OTLP resourceSpans of this trace only (a JSON array), served by the v3 routes. */
  otlpResourceSpans?: string
  spans: IndexedSpan[]
  file: string
}

type Json = Record<string, unknown>
const asList = (value: unknown): Json[] => (Array.isArray(value) ? (value as Json[]) : [])
const text = (value: unknown) =>
  typeof value === 'string' ? value : value === undefined ? '' : JSON.stringify(value)

function addTag(tags: Map<string, string[]>, key: unknown, value: unknown) {
  const name = text(key)
  tags.set(name, [...(tags.get(name) ?? []), text(value)])
}

/** A v1 trace object's spans, indexed. */
export function indexV1Trace(trace: Json): IndexedSpan[] {
  const processes = (trace.processes ?? {}) as Record<string, Json>
  return asList(trace.spans).map((span) => {
    const process = (span.process as Json | undefined) ?? processes[text(span.processID)] ?? {}
    const tags = new Map<string, string[]>()
    for (const tag of [...asList(span.tags), ...asList(process.tags)])
      addTag(tags, tag.key, tag.value)
    for (const log of asList(span.logs))
      for (const field of asList(log.fields)) addTag(tags, field.key, field.value)
    const kind = tags.get('span.kind')?.[0] ?? ''
    return {
      service: text(process.serviceName),
      operation: text(span.operationName),
      kind,
      startUs: Number(span.startTime),
      durationUs: Number(span.duration),
      tags,
    }
  })
}

const OTLP_KINDS = ['', 'internal', 'server', 'client', 'producer', 'consumer']

function otlpValue(value: unknown): unknown {
  const any = (value ?? {}) as Json
  return any.stringValue ?? any.boolValue ?? any.intValue ?? any.doubleValue ?? any.bytesValue
}

/** OTLP resourceSpans, indexed per trace ID. */
export function indexOtlp(resourceSpans: Json[]): Map<string, IndexedSpan[]> {
  const byTrace = new Map<string, IndexedSpan[]>()
  for (const resource of resourceSpans) {
    const attributes = asList((resource.resource as Json | undefined)?.attributes)
    const service = text(otlpValue(attributes.find((a) => a.key === 'service.name')?.value))
    for (const scope of asList(resource.scopeSpans)) {
      for (const span of asList(scope.spans)) {
        const tags = new Map<string, string[]>()
        for (const a of [...asList(span.attributes), ...attributes])
          addTag(tags, a.key, otlpValue(a.value))
        for (const event of asList(span.events))
          for (const a of asList(event.attributes)) addTag(tags, a.key, otlpValue(a.value))
        if ((span.status as Json | undefined)?.code === 2) addTag(tags, 'error', 'true')
        const startUs = Math.floor(Number(span.startTimeUnixNano ?? 0) / 1000)
        const endUs = Math.floor(Number(span.endTimeUnixNano ?? 0) / 1000)
        const kind = OTLP_KINDS[Number(span.kind ?? 0)] ?? text(span.kind)
        const list = byTrace.get(text(span.traceId)) ?? []
        list.push({
          service,
          operation: text(span.name),
          kind,
          startUs,
          durationUs: endUs - startUs,
          tags,
        })
        byTrace.set(text(span.traceId), list)
      }
    }
  }
  return byTrace
}

/** The resourceSpans of one trace: other traces' spans removed, empty scopes dropped. */
function onlyTrace(resourceSpans: Json[], traceId: string): Json[] {
  return resourceSpans.flatMap((resource) => {
    const scopeSpans = asList(resource.scopeSpans).flatMap((scope) => {
      const spans = asList(scope.spans).filter((span) => text(span.traceId) === traceId)
      return spans.length > 0 ? [{ ...scope, spans }] : []
    })
    return scopeSpans.length > 0 ? [{ ...resource, scopeSpans }] : []
  })
}

function v1TraceObjects(json: unknown): Json[] {
  const record = json as Json
  if (Array.isArray(record?.data)) return asList(record.data).filter((t) => Array.isArray(t.spans))
  if (Array.isArray(record?.spans) && 'processes' in record) return [record]
  return []
}

function jsonFiles(dir: string): string[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json') || name.endsWith('.ndjson'))
    .sort()
    .map((name) => join(dir, name))
}

/** Every recorded v1 trace and OTLP trace, one per trace ID per API (first file wins). */
export function loadRecordedTraces(
  fixturesDir: string,
  keepFile: (path: string) => boolean = () => true,
): { v1: StoredTrace[]; otlp: StoredTrace[] } {
  const v1 = new Map<string, StoredTrace>()
  for (const sub of ['api_traces', 'derived_from_genaiTestTrace', 'edge_cases', 'trace_objects']) {
    for (const file of jsonFiles(join(fixturesDir, 'v1', sub)).filter(keepFile)) {
      for (const trace of v1TraceObjects(JSON.parse(readFileSync(file, 'utf8')))) {
        const traceId = text(trace.traceID)
        if (v1.has(traceId)) continue
        v1.set(traceId, {
          traceId,
          v1Json: JSON.stringify(trace),
          spans: indexV1Trace(trace),
          file,
        })
      }
    }
  }
  const otlp = new Map<string, StoredTrace>()
  // The -in-error file has no service.name: Jaeger refuses it, so no server would hold it.
  const otlpFiles = [
    ...jsonFiles(join(fixturesDir, 'otlp')).filter((file) => !file.endsWith('-in-error.json')),
    join(fixturesDir, 'v3', 'jaeger_apiv3_GetTrace.json'),
  ]
  for (const file of otlpFiles.filter(keepFile)) {
    const body = readFileSync(file, 'utf8')
    const documents = file.endsWith('.ndjson')
      ? body.split('\n').filter((line) => line.trim() !== '')
      : [body]
    for (const document of documents) {
      const json = JSON.parse(document) as Json
      const resourceSpans = asList(((json.result as Json | undefined) ?? json).resourceSpans)
      for (const [traceId, spans] of indexOtlp(resourceSpans)) {
        const existing = otlp.get(traceId)
        if (existing && existing.file !== file) continue
        const mine = JSON.stringify(onlyTrace(resourceSpans, traceId))
        const merged = existing
          ? `${existing.otlpResourceSpans?.slice(0, -1)},${mine.slice(1)}`
          : mine
        otlp.set(traceId, {
          traceId,
          otlpResourceSpans: merged,
          spans: [...(existing?.spans ?? []), ...spans],
          file,
        })
      }
    }
  }
  return { v1: [...v1.values()], otlp: [...otlp.values()] }
}
