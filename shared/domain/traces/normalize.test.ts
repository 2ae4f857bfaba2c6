// Normalization of the odd cases real Jaeger data contains, each on the fixture that shows it.
import { describe, expect, it } from 'vitest'
import { fixtureTrace, parseFixture, spanIndex } from './jaeger-fixtures.testing'
import { SpanFlag, parseTracePayload, spanDetails, type NormalizedTrace } from './index'

const has = (trace: NormalizedTrace, span: number, flag: number) =>
  ((trace.flags[span] ?? 0) & flag) !== 0

const parentId = (trace: NormalizedTrace, span: number) => trace.spanIds[trace.parent[span] ?? -1]

describe('IDs are kept as written', () => {
  it('keeps non-hex one-letter IDs and builds the tree from them', () => {
    const trace = fixtureTrace('v1/edge_cases/crisp_18_nonhex_ids.json')
    expect(trace.traceId).toBe('A')
    expect(trace.spanIds).toEqual(['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I'])
    expect(parentId(trace, spanIndex(trace, 'H'))).toBe('G')
    expect(trace.depth[spanIndex(trace, 'H')]).toBe(3)
  })

  it('keeps a 15-character span ID and a 31-character trace ID without padding', () => {
    const trace = fixtureTrace('v1/api_traces/jaeger-query_GetOperations_2spans.json')
    expect(trace.spanIds).toContain('ec2b4e0bcea566d')
    expect(parentId(trace, spanIndex(trace, 'ec2b4e0bcea566d'))).toBe('2db17286b3e6b148')
    expect(fixtureTrace('v1/trace_objects/jaeger-ui_spansAmongEachOther.json').traceId).toBe(
      'df84e36b9e2ee3815d07f0867a5be1f',
    )
  })

  it('finds a parent written with leading zeros or capitals its child dropped', () => {
    const span = (id: string, parent?: string) =>
      `{"spanID":"${id}","operationName":"op","startTime":1,"duration":5,"processID":"p1",` +
      `"references":[${parent ? `{"refType":"CHILD_OF","spanID":"${parent}"}` : ''}]}`
    const spans = [span('00AB12'), span('ab12', 'ab12'.padStart(6, '0')), span('c', 'AB12')]
    const text = `{"traceID":"t","spans":[${spans.join(',')}],"processes":{"p1":{"serviceName":"s"}}}`
    const result = parseTracePayload(text)
    if (!result.ok) throw new Error(result.error.message)
    const trace = result.traces[0]!
    expect(trace.spanIds).toEqual(['00AB12', 'ab12', 'c'])
    expect(parentId(trace, 2)).toBe('00AB12')
  })

  it('shows legacy base64 IDs of Jaeger 1.52 API v3 as hex, and says so', () => {
    const trace = fixtureTrace('v3/legacy_grpc_gateway/jaeger_apiv3_legacy_GetTrace.json')
    expect(trace.traceId).toBe('000000000000009600000000000000a0')
    expect(trace.spanIds).toEqual(['00000000000000b4'])
    expect(trace.warnings.join(' ')).toContain('base64')
  })

  it('keeps current v3 hex IDs as they are', () => {
    const trace = fixtureTrace('v3/jaeger_apiv3_GetTrace.json')
    expect(trace.traceId).toBe('00000000000000000000000000000001')
    expect(trace.spanIds).toEqual(['0000000000000002'])
  })
})

describe('duplicate span IDs', () => {
  it('keeps both spans, flags both, attaches children to the first and warns', () => {
    const trace = fixtureTrace('v1/trace_objects/jaeger_ui_01_warnings_dupids.json')
    const both = trace.spanIds.flatMap((id, index) => (id === '0000000000000002' ? [index] : []))
    expect(both).toEqual([0, 1])
    expect(both.every((span) => has(trace, span, SpanFlag.DuplicateId))).toBe(true)
    expect(trace.parent[spanIndex(trace, '0000000000000003')]).toBe(0)
    expect(trace.warnings.join(' ')).toContain('shared by several spans')
    expect(spanDetails(trace, 1)?.warnings.join(' ')).toContain('used by 2 spans')
  })

  it('keeps an OTLP span sent twice as two rows', () => {
    const trace = fixtureTrace('otlp/jaeger_otlp2jaeger-in.json')
    expect(trace.spanCount).toBe(2)
    expect(trace.displayOrder).toHaveLength(2)
    expect(has(trace, 1, SpanFlag.DuplicateId)).toBe(true)
  })
})

describe('missing parents, several roots and parent loops', () => {
  it('shows spans whose parent is missing as flagged roots', () => {
    const result = parseFixture('otlp/jaeger_memory_otel_traces_01.json')
    for (const trace of result.traces) {
      expect(trace.roots).toHaveLength(2)
      for (const root of trace.roots) expect(has(trace, root, SpanFlag.Orphan)).toBe(true)
    }
    const trace = result.traces[0]!
    expect(spanDetails(trace, 0)?.warnings).toContain(
      'Parent span 0000000000000003 is not in this trace; shown as a root.',
    )
  })

  it('treats spans without references as separate roots, not orphans', () => {
    const trace = fixtureTrace(
      'v1/trace_objects/jaeger-ui_traceWithMultipleSpansWithTheSameValueInDifferentTags.json',
    )
    expect(trace.roots).toHaveLength(4)
    expect([...trace.roots].some((root) => has(trace, root, SpanFlag.Orphan))).toBe(false)
    expect([...trace.roots].map((root) => trace.startUs[root])).toEqual([100, 110, 110, 500])
  })

  it('cuts a parent loop so every span still shows', () => {
    const span = (id: string, parent: string) =>
      `{"spanID":"${id}","operationName":"op","references":[{"refType":"CHILD_OF","spanID":"${parent}"}],"startTime":${id === 'a' ? 1 : 2},"duration":5,"processID":"p1"}`
    const text = `{"traceID":"t","spans":[${span('a', 'b')},${span('b', 'a')},${span('c', 'c')}],"processes":{"p1":{"serviceName":"svc"}}}`
    const result = parseTracePayload(text)
    if (!result.ok) throw new Error(result.error.message)
    const trace = result.traces[0]!
    expect(trace.displayOrder).toHaveLength(3)
    expect(trace.roots).toHaveLength(2)
    expect([...trace.roots].every((root) => has(trace, root, SpanFlag.ParentCycle))).toBe(true)
  })
})

describe('references and links', () => {
  it('hangs a FOLLOWS_FROM span under its predecessor and marks the edge', () => {
    const trace = fixtureTrace('v1/trace_objects/jaeger-ui_testTrace.json')
    const follower = spanIndex(trace, 'span-7')
    expect(parentId(trace, follower)).toBe('span-6')
    expect(has(trace, follower, SpanFlag.FollowsFrom)).toBe(true)
    expect(has(trace, follower, SpanFlag.EndsAfterParent)).toBe(false)
  })

  it('prefers an in-trace CHILD_OF over a reference to another trace', () => {
    const trace = fixtureTrace('v1/trace_objects/jaeger_ui_01_warnings_dupids.json')
    const span = spanIndex(trace, '0000000000000004')
    expect(trace.parent[span]).toBe(0)
    expect(has(trace, span, SpanFlag.ExternalReferences)).toBe(true)
    expect(spanDetails(trace, span)?.references.map((ref) => [ref.type, ref.spanIndex])).toEqual([
      ['CHILD_OF', -1],
      ['CHILD_OF', 0],
      ['FOLLOWS_FROM', 0],
    ])
  })

  it('shows OTLP links with their type and attributes, without moving the span', () => {
    const trace = fixtureTrace('otlp/jaeger_integration_link_attributes_trace.json')
    expect(trace.roots).toEqual(Int32Array.from([0]))
    expect(has(trace, 0, SpanFlag.Orphan)).toBe(false)
    const [first, , third] = spanDetails(trace, 0)?.references ?? []
    expect(first?.type).toBe('CHILD_OF')
    expect(third?.type).toBe('FOLLOWS_FROM')
    expect(first?.attributes).toContainEqual({
      key: 'sameplacelinkattribute2',
      type: 'int64',
      value: '123',
    })
    expect(first?.attributes).toContainEqual({ key: 'linkblob', type: 'binary', value: 'AAAwOQ==' })
  })
})

describe('clock skew', () => {
  it('flags a child that starts before or ends after its parent, keeping recorded times', () => {
    const trace = fixtureTrace(
      'v1/trace_objects/jaeger-ui_traceWithSingleChildLongerThanParentAndStartsAfterParent.json',
    )
    const child = spanIndex(trace, '2dc4b796e2127e32')
    expect(has(trace, child, SpanFlag.EndsAfterParent)).toBe(true)
    expect(trace.startUs[child]).toBe(200)
    expect(trace.warnings.join(' ')).toContain('outside')
    expect(trace.warnings).toContain(
      '1 span lies partly outside its parent (clock skew?); shown as recorded.',
    )
    const at = trace.warnings.findIndex((warning) => warning.includes('outside'))
    expect(trace.warningTexts[at]).toEqual({
      key: 'msgTraces:warning.outsideParent',
      params: { n: 1, count: 1 },
    })
  })
})

describe('values', () => {
  it('keeps an int64 tag beyond 2^53 exact and binary tags as sent', () => {
    const trace = fixtureTrace('v1/trace_objects/jaeger_ui_01_warnings_dupids.json')
    const tags = spanDetails(trace, 1)?.tags ?? []
    expect(tags).toContainEqual({
      key: 'javascript_limit',
      type: 'int64',
      value: '9223372036854775222',
    })
    expect(tags).toContainEqual({ key: 'blob', type: 'binary', value: 'AAAwOQ==' })
    expect(tags).toContainEqual({ key: 'peer.ipv4', type: 'int64', value: '23456' })
    expect(tags).toContainEqual({ key: 'temperature', type: 'float64', value: 72.5 })
  })

  it('reads OTLP attributes, events, scope, resource and status', () => {
    const trace = fixtureTrace('otlp/jaeger_memory_otel_traces_01.json')
    const details = spanDetails(trace, 0)
    expect(details?.tags).toContainEqual({ key: 'blob', type: 'binary', value: 'AAAwOQ==' })
    expect(details?.logs[0]).toMatchObject({ timestampUs: 1485467191639875, name: 'testing-event' })
    expect(details?.scope).toMatchObject({ name: 'testing-library-2', version: '1.1.1' })
    expect(details?.process?.serviceName).toBe('service-x')
    expect(details?.kind).toBe('server')
    expect(details?.errorReason).toBe('status ERROR')
  })

  it('passes span and trace warnings through', () => {
    const trace = fixtureTrace('v1/trace_objects/jaeger_ui_01_warnings_dupids.json')
    expect(trace.warnings).toContain('some trace warning')
    // The source's own words have no message: they are shown as sent.
    expect(trace.warningTexts[trace.warnings.indexOf('some trace warning')]).toBeNull()
    const span = spanIndex(trace, '0000000000000004')
    expect(spanDetails(trace, span)?.warnings).toContain('some span warning')
    expect(has(trace, span, SpanFlag.HasWarnings)).toBe(true)
  })

  it('accepts a start time of 0 (1970) as a real time', () => {
    const trace = fixtureTrace('v1/edge_cases/crisp_1_minimal.json')
    expect([trace.traceStartUs, trace.traceEndUs, trace.traceDurationUs]).toEqual([0, 100, 100])
    const untimed = fixtureTrace('v3/jaeger_apiv3_FindTraces.json')
    expect([untimed.startUs[0], untimed.durationUs[0]]).toEqual([0, 0])
  })

  it('truncates OTLP nanoseconds to whole microseconds at both ends', () => {
    const trace = fixtureTrace('otlp/jaeger-ui_otlp2jaeger-multi-in-combined.json')
    const span = spanIndex(trace, '26f5ef9dbb885479')
    expect(trace.startUs[span]).toBe(1711138246978000)
    expect(trace.durationUs[span]).toBe(46460)
  })

  it('names a resource without service.name unknown_service and warns', () => {
    const trace = fixtureTrace('otlp/jaeger-ui_otlp2jaeger-in-error.json')
    expect(trace.services).toEqual(['unknown_service'])
    expect(trace.warnings.join(' ')).toContain('service.name')
  })

  it('marks error spans from error=true, OTel status and v1 bool strings', () => {
    const crisp = fixtureTrace('v1/edge_cases/crisp_err_pattern1_err1.json')
    expect([...crisp.flags].every((flags) => (flags & SpanFlag.Error) !== 0)).toBe(true)
    const anonymized = fixtureTrace(
      'v1/edge_cases/jaeger_anonymizer_spans_with_embedded_process.json',
    )
    expect(has(anonymized, spanIndex(anonymized, '7bd66f09ba90ea3d'), SpanFlag.Error)).toBe(true)
    expect(has(anonymized, spanIndex(anonymized, '7606ddfe69932d34'), SpanFlag.Error)).toBe(false)
  })
})
