// The lean fast path must give exactly what the JSON.parse path gives, whenever it answers.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { generateTrace, toJaegerV1Json, toOtlpJson } from '../../../e2e/support/trace-builder'
import { jaegerFixtures } from './jaeger-fixtures.testing'
import { parseLean } from './lean-stream'
import {
  normalizeTraceValue,
  parseTracePayload,
  SpanFlag,
  spanDetails,
  type NormalizedTrace,
  type TraceParseResult,
} from './index'
import { quoteLargeIntegerValues } from './large-integers'

/** The JSON.parse path on its own. */
function slowPath(text: string): TraceParseResult {
  return normalizeTraceValue(JSON.parse(quoteLargeIntegerValues(text).text))
}

function comparable(result: TraceParseResult) {
  if (!result.ok) return result
  return {
    ...result,
    traces: result.traces.map(({ sources: _sources, ...trace }) => trace),
  }
}

function details(trace: NormalizedTrace) {
  return Array.from({ length: trace.spanCount }, (_, span) => spanDetails(trace, span))
}

function expectSameAsSlowPath(text: string): void {
  const fast = parseTracePayload(text)
  const slow = slowPath(text)
  expect(comparable(fast)).toEqual(comparable(slow))
  if (fast.ok && slow.ok) {
    fast.traces.forEach((trace, index) =>
      expect(details(trace)).toEqual(details(slow.traces[index]!)),
    )
  }
}

const isJson = (text: string) => {
  try {
    JSON.parse(text)
    return true
  } catch {
    return false
  }
}

describe('fast path', () => {
  const generated = [
    generateTrace({
      spans: 300,
      seed: 4,
      orphans: 3,
      duplicateIds: 2,
      skewed: 3,
      errors: 5,
      followsFrom: 4,
      largeIntTag: true,
    }),
    generateTrace({ spans: 120, seed: 5, nonHexIds: true, dominantDbSpan: true }),
  ]

  it('takes the usual payloads and keeps span text instead of objects', () => {
    for (const built of generated) {
      for (const text of [
        toJaegerV1Json(built),
        toJaegerV1Json(built, 'trace'),
        toOtlpJson(built),
        toOtlpJson(built, 'v3'),
      ]) {
        const result = parseTracePayload(text)
        expect(result.ok && result.traces[0]?.sources.kind).toBe('text')
      }
    }
    const fixture = jaegerFixtures.find(
      ({ name }) => name === 'v1/api_traces/tracecompass_multiple_services.json',
    )!
    const result = parseTracePayload(fixture.text)
    expect(result.ok && result.traces[0]?.sources.kind).toBe('text')
  })

  it('answers like the JSON.parse path on generated traces', () => {
    for (const built of generated) {
      expectSameAsSlowPath(toJaegerV1Json(built))
      expectSameAsSlowPath(toOtlpJson(built, 'v3'))
    }
  })

  it('reads spans that come before their trace ID, resource or scope, in the same order', () => {
    const built = generateTrace({ spans: 60, seed: 12, errors: 2 })
    const v1 = JSON.parse(toJaegerV1Json(built, 'trace')) as Record<string, unknown>
    const spansFirst = JSON.stringify({
      spans: v1.spans,
      processes: v1.processes,
      traceID: v1.traceID,
    })
    const otlp = JSON.parse(toOtlpJson(built)) as { resourceSpans: Record<string, unknown>[] }
    const scopesFirst = JSON.stringify({
      resourceSpans: otlp.resourceSpans.map(({ resource, scopeSpans }) => ({
        scopeSpans: (scopeSpans as Record<string, unknown>[]).map(({ scope, spans }) => ({
          spans,
          scope,
        })),
        resource,
      })),
    })
    for (const text of [spansFirst, scopesFirst]) {
      const result = parseTracePayload(text)
      expect(result.ok && result.traces[0]?.sources.kind).toBe('text')
      expectSameAsSlowPath(text)
    }
  })

  it('marks a span failed by its HTTP status alone, and not below 500, in both formats', () => {
    const statuses = [200, 499, 500, 503, '200', '502', 42, 4999, '4xx', 200.5]
    const v1Spans = statuses.map((value, index) => ({
      traceID: 't1',
      spanID: `s${index}`,
      operationName: 'GET',
      startTime: 10 + index,
      duration: 1,
      tags: [
        { key: 'span.kind', type: 'string', value: 'server' },
        { key: 'http.status_code', type: typeof value === 'string' ? 'string' : 'int64', value },
      ],
      processID: 'p1',
    }))
    const v1 = JSON.stringify({
      traceID: 't1',
      spans: v1Spans,
      processes: { p1: { serviceName: 'api', tags: [] } },
    })
    const otlpSpans = statuses.map((value, index) => ({
      traceId: '0af7651916cd43dd8448eb211c80319c',
      spanId: `00f067aa0ba902b${index}`,
      name: 'GET',
      startTimeUnixNano: `${1000 + index}000`,
      endTimeUnixNano: `${1001 + index}000`,
      attributes: [
        {
          key: 'http.response.status_code',
          value: typeof value === 'string' ? { stringValue: value } : { intValue: String(value) },
        },
      ],
    }))
    const otlp = JSON.stringify({
      resourceSpans: [
        { resource: { attributes: [] }, scopeSpans: [{ scope: {}, spans: otlpSpans }] },
      ],
    })
    for (const text of [v1, otlp]) {
      expectSameAsSlowPath(text)
      const result = parseTracePayload(text)
      const trace = result.ok ? result.traces[0] : undefined
      const failed = statuses.filter(
        (_, span) => ((trace?.flags[span] ?? 0) & SpanFlag.Error) !== 0,
      )
      expect(failed).toEqual([500, 503, '502', 4999])
    }
  })

  it('leaves a second trace ID after streamed spans to JSON.parse, which keeps the last', () => {
    const text = '{"traceID":"a","spans":[{"spanID":"s","startTime":1,"duration":1}],"traceID":"b"}'
    expect(() => parseLean(text)).toThrow()
    const result = parseTracePayload(text)
    expect(result.ok && result.traces[0]?.traceId).toBe('b')
  })

  it('answers like the JSON.parse path on every JSON fixture', () => {
    for (const { name, text } of jaegerFixtures) {
      if (!isJson(text)) continue
      expect.soft(comparable(parseTracePayload(text)), name).toEqual(comparable(slowPath(text)))
    }
  })

  it('answers like the JSON.parse path, or declines, on damaged payloads', () => {
    const texts = [
      ...jaegerFixtures.filter(({ name }) => name.endsWith('.json')).map(({ text }) => text),
      toJaegerV1Json(generateTrace({ spans: 20, seed: 8, errors: 3 })),
      toOtlpJson(generateTrace({ spans: 20, seed: 9, errors: 3 })),
    ]
    fc.assert(
      fc.property(
        fc.constantFrom(...texts),
        fc.nat(),
        fc.string({ maxLength: 3 }),
        (text, at, insert) => {
          const position = at % text.length
          const damaged = text.slice(0, position) + insert + text.slice(position + 1)
          let lean: unknown
          try {
            lean = parseLean(damaged)
          } catch {
            return // declined: the JSON.parse path decides alone
          }
          expect(isJson(damaged)).toBe(true)
          expect(comparable(normalizeTraceValue(lean))).toEqual(comparable(slowPath(damaged)))
        },
      ),
      { numRuns: 1500 },
    )
  })
})
