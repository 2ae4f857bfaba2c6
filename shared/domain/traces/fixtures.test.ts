// Every recorded payload in ../shared/fixtures/jaeger: traces normalize, everything else is
// recognised as not a trace with a message that says what it is and what was expected.
import { describe, expect, it } from 'vitest'
import { analyzeTrace, parseTracePayload, spanDetails } from './index'
import { jaegerFixtures as files, parseFixture as parse } from './jaeger-fixtures.testing'

/** Files that hold no trace, and the words the error must use to say what they are. */
const NOT_TRACES: [RegExp, string][] = [
  [/^v1\/dependencies\//, 'dependencies'],
  [/^v1\/errors\//, 'Jaeger answered with an error'],
  [/^v1\/derived_from_genaiTestTrace\/api_services\.json$/, 'services'],
  [/^v1\/derived_from_genaiTestTrace\/api_services_.*_operations\.json$/, 'operations list'],
  [/^v1\/derived_from_genaiTestTrace\/api_operations__service_/, 'operations list'],
  [/^v3\/(legacy_grpc_gateway\/)?jaeger_apiv3_(legacy_)?GetServices\.json$/, 'services list'],
  [/^v3\/(legacy_grpc_gateway\/)?jaeger_apiv3_(legacy_)?GetOperations\.json$/, 'operations list'],
  [/^v3\/jaeger_apiv3_FindTraceSummaries\.json$/, 'summaries'],
  [/^v3\/errors\//, 'No traces found'],
  [/^specs\//, 'JSON object with keys'],
  [/^other_formats\/jaeger_domain_/, 'internal span model'],
  [/^other_formats\/jaeger_es_/, 'Elasticsearch'],
]

type Json = Record<string, unknown>

/** Span count straight from the raw JSON, independent of the normalizer. */
function rawSpanCount(name: string, text: string): number {
  if (name.endsWith('.ndjson')) {
    const lines = text.split('\n').filter((line) => line.trim() !== '')
    return lines.reduce((sum, line) => sum + rawSpanCount('line.json', line), 0)
  }
  const value = JSON.parse(text) as Json | Json[]
  const countOtlp = (data: Json) =>
    (data.resourceSpans as Json[])
      .flatMap((rs) => rs.scopeSpans as Json[])
      .flatMap((ss) => ss.spans as Json[]).length
  if (Array.isArray(value)) return value.length
  if ('resourceSpans' in value) return countOtlp(value)
  if ('result' in value) return countOtlp(value.result as Json)
  if ('data' in value)
    return (value.data as Json[]).reduce((sum, t) => sum + (t.spans as Json[]).length, 0)
  return (value.spans as Json[]).length
}

describe('every Jaeger fixture', () => {
  it('finds the fixture folder', () => {
    expect(files.length).toBeGreaterThan(70)
  })

  for (const { name, text } of files) {
    const notTrace = NOT_TRACES.find(([pattern]) => pattern.test(name))
    if (notTrace) {
      it(`${name} is recognised as not a trace`, () => {
        const result = parseTracePayload(text)
        expect(result.ok).toBe(false)
        if (result.ok) return
        expect(['not_a_trace', 'error_response']).toContain(result.error.code)
        expect(result.error.message).toContain(notTrace[1])
        if (result.error.code === 'not_a_trace') {
          expect(result.error.message).toContain('Expected a Jaeger trace')
        }
      })
      continue
    }
    it(`${name} normalizes with every span accounted for`, () => {
      const result = parseTracePayload(text)
      if (!result.ok) throw new Error(result.error.message)
      const spans = result.traces.reduce((sum, trace) => sum + trace.spanCount, 0)
      expect(spans).toBe(rawSpanCount(name, text))
      for (const trace of result.traces) {
        expect(trace.displayOrder).toHaveLength(trace.spanCount)
        expect(new Set(trace.displayOrder).size).toBe(trace.spanCount)
        expect(trace.roots.length).toBeGreaterThan(0)
        const analysis = analyzeTrace(trace)
        expect(analysis.summary).toMatch(/\.$/)
        for (let span = 0; span < trace.spanCount; span++) {
          expect(spanDetails(trace, span)?.spanId).toBe(trace.spanIds[span])
        }
      }
    })
  }
})

describe('fixture span counts people would check', () => {
  it('the 57-span GenAI trace has 10 services and one root', () => {
    const [trace] = parse(
      'v1/trace_objects/jaeger-ui_genaiTestTrace_57spans_10services.json',
    ).traces
    expect(trace?.spanCount).toBe(57)
    expect(trace?.services).toHaveLength(10)
    expect(trace?.roots).toHaveLength(1)
  })

  it('an empty v1 search answer is a valid answer with no traces', () => {
    const result = parse('v1/derived_from_genaiTestTrace/api_traces_search_empty.json')
    expect(result.format).toBe('jaeger-v1-envelope')
    expect(result.traces).toEqual([])
  })

  it('OTLP spans of two trace IDs in one payload become two traces', () => {
    const result = parse('otlp/jaeger_memory_otel_traces_01.json')
    expect(result.traces.map((trace) => trace.traceId)).toEqual([
      '00000000000000010000000000000000',
      '00000000000000020000000000000000',
    ])
  })
})
