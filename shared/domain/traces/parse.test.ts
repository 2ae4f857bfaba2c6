// Formats in, typed errors out: what an import or an API answer can look like.
import { describe, expect, it } from 'vitest'
import {
  generateTrace,
  LARGE_INT64,
  toJaegerV1Json,
  toOtlpJson,
} from '../../../e2e/support/trace-builder'
import { fixtureText, parseFixture } from './jaeger-fixtures.testing'
import { detectTraceFormat, normalizeTraceValue, parseTracePayload, spanDetails } from './index'

const small = generateTrace({ spans: 40, seed: 3, largeIntTag: true, shuffle: false })

function errorOf(text: string) {
  const result = parseTracePayload(text)
  if (result.ok) throw new Error('expected an error')
  return result.error
}

describe('format detection', () => {
  it.each([
    [toJaegerV1Json(small), 'jaeger-v1-envelope'],
    [toJaegerV1Json(small, 'trace'), 'jaeger-v1-trace'],
    [`[${toJaegerV1Json(small, 'trace')}]`, 'jaeger-v1-trace-array'],
    [toOtlpJson(small), 'otlp-json'],
    [toOtlpJson(small, 'v3'), 'jaeger-v3-envelope'],
  ])('reads %#', (text, format) => {
    const result = parseTracePayload(text)
    expect(result.ok && result.format).toBe(format)
    expect(result.ok && result.traces[0]?.spanCount).toBe(40)
  })

  it('reads NDJSON and gives the same tree as the combined file', () => {
    const ndjson = parseFixture('otlp/jaeger-ui_otlp2jaeger-multi-in.ndjson')
    const combined = parseFixture('otlp/jaeger-ui_otlp2jaeger-multi-in-combined.json')
    expect(ndjson.format).toBe('otlp-ndjson')
    const [a, b] = [ndjson.traces[0]!, combined.traces[0]!]
    expect(a.displayOrder.map((span) => a.spanIds[span] as never)).toEqual(
      b.displayOrder.map((span) => b.spanIds[span] as never),
    )
    expect(parseTracePayload(toOtlpJson(small, 'ndjson')).ok).toBe(true)
  })

  it("reads Jaeger UI's download ({data: [...]} without the counters)", () => {
    const download = `{"data":[${toJaegerV1Json(small, 'trace')}]}`
    const result = parseTracePayload(download)
    expect(result.ok && result.traces[0]?.spanCount).toBe(40)
  })

  it('reads the anonymizer span array with embedded processes', () => {
    const result = parseFixture('v1/edge_cases/jaeger_anonymizer_spans_with_embedded_process.json')
    expect(result.format).toBe('jaeger-v1-span-array')
    expect(result.traces[0]?.services).toEqual(['16af988c443cff37', '3c220036602f839e'])
  })

  it('tells what a non-trace payload is', () => {
    const detection = detectTraceFormat(JSON.parse(fixtureText('v3/jaeger_apiv3_GetServices.json')))
    expect(detection).toEqual({
      kind: 'other',
      description: 'a Jaeger v3 services list (/api/v3/services)',
      what: { key: 'msgTraces:detected.v3Services' },
    })
  })
})

describe('typed errors, never exceptions', () => {
  it('says the payload is empty', () => {
    expect(errorOf('  \n')).toMatchObject({ code: 'not_json', message: 'The payload is empty.' })
  })

  it('reports broken JSON with the parser message', () => {
    const error = errorOf('{"data": [')
    expect(error.code).toBe('not_json')
    expect(error.message).toMatch(/^Not valid JSON: /)
  })

  it('names the NDJSON line that is broken or not a trace', () => {
    const [first] = toOtlpJson(small, 'ndjson').split('\n')
    expect(errorOf(`${first}\n{"resourceSpans": [\n`)).toMatchObject({ code: 'not_json', line: 2 })
    const services = '{"data":["a"],"errors":null}'
    expect(errorOf(`${first}\n${services}\n`)).toMatchObject({ code: 'not_a_trace', line: 2 })
  })

  it('points at the broken part of a trace-shaped payload', () => {
    expect(
      errorOf('{"data":[{"traceID":"x","spans":[]},{"traceID":"y","spans":7}]}'),
    ).toMatchObject({
      code: 'malformed_trace',
      path: 'data[1].spans',
    })
    expect(errorOf('{"resourceSpans":{}}')).toMatchObject({
      code: 'malformed_trace',
      path: 'resourceSpans',
    })
  })

  it("carries Jaeger's own error words", () => {
    const error = errorOf(fixtureText('v1/errors/trace_not_found_404.json'))
    expect(error).toMatchObject({
      code: 'error_response',
      message: 'Jaeger answered with an error: 404 trace not found',
    })
  })

  it('skips span entries that are not objects and says how many', () => {
    const result = parseTracePayload(
      '{"traceID":"t","spans":[1,null,{"spanID":"a","startTime":5,"duration":1}]}',
    )
    if (!result.ok) throw new Error(result.error.message)
    expect(result.traces[0]?.spanCount).toBe(1)
    expect(result.traces[0]?.warnings).toContain('2 span entries were not objects; skipped.')
  })

  it('shows unusable times as 0 with a warning instead of failing', () => {
    const result = parseTracePayload(
      '{"traceID":"t","spans":[{"spanID":"a","startTime":"soon","duration":-4}]}',
    )
    if (!result.ok) throw new Error(result.error.message)
    const details = spanDetails(result.traces[0]!, 0)
    expect([details?.startUs, details?.durationUs]).toEqual([0, 0])
    expect(details?.warnings.length).toBe(3) // no startTime, bad duration, process not in the trace
  })
})

describe('int64 values beyond 2^53', () => {
  it('recovers a bare JSON number exactly from the raw v1 text', () => {
    expect(toJaegerV1Json(small)).toContain(`"value":${LARGE_INT64}`)
    const result = parseTracePayload(toJaegerV1Json(small))
    if (!result.ok) throw new Error(result.error.message)
    const trace = result.traces[0]!
    const tags = spanDetails(trace, trace.roots[0]!)?.tags ?? []
    expect(tags).toContainEqual({ key: 'db.rows_scanned_total', type: 'int64', value: LARGE_INT64 })
  })

  it('keeps OTLP intValue strings exact', () => {
    const result = parseTracePayload(toOtlpJson(small))
    if (!result.ok) throw new Error(result.error.message)
    const trace = result.traces[0]!
    const tags = spanDetails(trace, trace.roots[0]!)?.tags ?? []
    expect(tags).toContainEqual({ key: 'db.rows_scanned_total', type: 'int64', value: LARGE_INT64 })
  })

  it('warns when the value was already rounded by someone else’s JSON.parse', () => {
    const result = normalizeTraceValue(JSON.parse(toJaegerV1Json(small)))
    if (!result.ok) throw new Error(result.error.message)
    const trace = result.traces[0]!
    const details = spanDetails(trace, trace.roots[0]!)
    expect(details?.warnings.join(' ')).toContain('db.rows_scanned_total is beyond 2^53')
  })

  it('leaves big numbers inside strings and timestamps alone', () => {
    const text = `{"traceID":"t","spans":[{"spanID":"a","operationName":"\\"value\\": 12345678901234567890","startTime":1767225600000000,"duration":1}]}`
    const result = parseTracePayload(text)
    if (!result.ok) throw new Error(result.error.message)
    expect(result.traces[0]?.operations).toEqual(['"value": 12345678901234567890'])
    expect(result.traces[0]?.startUs[0]).toBe(1767225600000000)
  })
})
