// Self time, totals, critical path and the summary sentence, checked against worked examples
// and against CRISP's published critical-path answers that ship with its test traces.
import { describe, expect, it } from 'vitest'
import { generateTrace, toJaegerV1Json } from '../../../e2e/support/trace-builder'
import { fixtureText, fixtureTrace, spanIndex } from './jaeger-fixtures.testing'
import {
  adjustClockSkew,
  analyzeTrace,
  formatDurationUs,
  parseTracePayload,
  SpanFlag,
  type NormalizedTrace,
} from './index'

function traceOf(text: string): NormalizedTrace {
  const result = parseTracePayload(text)
  if (!result.ok || !result.traces[0]) throw new Error('no trace')
  return result.traces[0]
}

/** Critical-path µs per "[service] operation", the way CRISP labels them. */
function criticalByOperation(trace: NormalizedTrace): Record<string, number> {
  const { criticalPath } = analyzeTrace(trace)
  const totals: Record<string, number> = {}
  criticalPath.criticalUs.forEach((us, span) => {
    if (us === 0) return
    const label = `[${trace.services[trace.serviceIndex[span]!]}] ${trace.operations[trace.operationIndex[span]!]}`
    totals[label] = (totals[label] ?? 0) + us
  })
  return totals
}

describe('self time', () => {
  it.each([
    ['jaeger-ui_traceWithOverlappingChildren.json', 3], // children overlap: merged, not summed
    ['jaeger-ui_traceWithThreeShortChildren.json', 5],
    ['jaeger-ui_traceWithTwoNonOverlappingChildren.json', 30], // one child lies after the root
    ['jaeger-ui_traceWithSingleChildLongerThanParentAndStartsAfterParent.json', 40],
  ])('of the root of %s is %i µs', (file, expected) => {
    const trace = fixtureTrace(`v1/trace_objects/${file}`)
    expect(analyzeTrace(trace).selfUs[trace.roots[0]!]).toBe(expected)
  })
})

describe('totals by service and operation', () => {
  it('count, total, self and max add up per service', () => {
    const trace = fixtureTrace('v1/trace_objects/jaeger-ui_testTrace.json')
    const { byService, byOperation, selfUs } = analyzeTrace(trace)
    expect(byService.map((totals) => [totals.service, totals.count])).toEqual([
      ['service1', 8],
      ['service2', 3],
    ])
    const totalSelf = selfUs.reduce((sum, us) => sum + us, 0)
    expect(byService.reduce((sum, totals) => sum + totals.selfUs, 0)).toBe(totalSelf)
    const op1 = byOperation.find((totals) => totals.operation === 'op1')
    expect(op1).toMatchObject({ service: 'service1', count: 1, totalUs: 390000, maxUs: 390000 })
  })
})

describe('critical path', () => {
  it.each(['crisp_18_nonhex_ids', 'crisp_err_pattern1_err1'])(
    'matches CRISP’s exclusive critical-path times for %s',
    (name) => {
      const file = `v1/edge_cases/${name}.json`
      const expected = (JSON.parse(fixtureText(file)) as { testing: { opTimeExclusive: object } })
        .testing.opTimeExclusive
      expect(criticalByOperation(fixtureTrace(file))).toEqual(expected)
    },
  )

  it('walks through the last-finishing child and clips it to its parent', () => {
    const trace = fixtureTrace('v1/trace_objects/jaeger-ui_traceWithOverlappingChildren.json')
    const { segments } = analyzeTrace(trace).criticalPath
    const base = trace.traceStartUs
    expect(segments.map((s) => [trace.spanIds[s.span], s.startUs - base, s.endUs - base])).toEqual([
      ['006c3cf93508f205', 0, 3],
      ['5d423585b4c63d48', 3, 36],
    ])
  })

  it('keeps back-to-back siblings on the path', () => {
    const span = (id: string, start: number, duration: number, parent?: string) =>
      `{"spanID":"${id}","operationName":"${id}","startTime":${start},"duration":${duration},` +
      `"references":[${parent ? `{"refType":"CHILD_OF","spanID":"${parent}"}` : ''}]}`
    const trace = traceOf(
      `{"traceID":"t","spans":[${span('p', 0, 20)},${span('a', 0, 10, 'p')},${span('b', 10, 10, 'p')}]}`,
    )
    const { criticalUs } = analyzeTrace(trace).criticalPath
    expect([...criticalUs]).toEqual([0, 10, 10])
  })

  it('leaves FOLLOWS_FROM work that outlives its predecessor off the path', () => {
    const trace = fixtureTrace('v1/trace_objects/jaeger-ui_testTrace.json')
    const { criticalUs } = analyzeTrace(trace).criticalPath
    expect(criticalUs[spanIndex(trace, 'span-7')]).toBe(0)
  })

  it('tiles the root exactly, on generated traces with concurrency and skew', () => {
    for (const seed of [1, 2, 3]) {
      const built = generateTrace({ spans: 800, seed, skewed: 5, followsFrom: 5, orphans: 2 })
      const trace = traceOf(toJaegerV1Json(built))
      const { segments, mainRoot } = analyzeTrace(trace).criticalPath
      const own = segments.filter((segment) => segment.root === mainRoot)
      expect(own[0]?.startUs).toBe(trace.startUs[mainRoot])
      expect(own.at(-1)?.endUs).toBe(trace.startUs[mainRoot]! + trace.durationUs[mainRoot]!)
      own.slice(1).forEach((segment, i) => expect(segment.startUs).toBe(own[i]!.endUs))
    }
  })
})

describe('summary sentence', () => {
  it('names the span that held the time', () => {
    const built = generateTrace({ spans: 3000, seed: 11, dominantDbSpan: true })
    const { summary } = analyzeTrace(traceOf(toJaegerV1Json(built)))
    expect(summary).toMatch(
      /^74% of 7\.1 s is self time in leaderboard-db SELECT( \(\d+ spans\))?\.$/,
    )
  })

  it('carries the sentence as a message with its figures as numbers, for the UI to word', () => {
    const built = generateTrace({ spans: 3000, seed: 11, dominantDbSpan: true })
    const { summaryText } = analyzeTrace(traceOf(toJaegerV1Json(built)))
    expect(summaryText.key).toBe('msgTraces:summary.selfTime')
    expect(summaryText.params).toMatchObject({
      share: '74%',
      duration: '7.1 s',
      service: 'leaderboard-db',
      operation: 'SELECT',
    })
    const { shareRatio, durationUs, count } = summaryText.params ?? {}
    expect(shareRatio).toBeCloseTo(0.74, 2)
    expect(durationUs).toBeGreaterThan(7_050_000)
    expect(durationUs).toBeLessThan(7_150_000)
    expect(count).toBeGreaterThanOrEqual(1)
  })

  it('reads sensibly for empty and instant traces', () => {
    expect(analyzeTrace(traceOf('{"traceID":"t","spans":[]}')).summary).toBe(
      'The trace has no spans.',
    )
    const instant = fixtureTrace('v3/jaeger_apiv3_GetTrace.json')
    expect(analyzeTrace(instant).summary).toBe(
      'The trace took 0 µs: there is no time to attribute.',
    )
  })

  it('formats durations the way people say them', () => {
    const cases = [0, 850, 999.7, 7_100, 230_000, 7_100_000, 42_500_000, 125_000_000, 3_780_000_000]
    expect(cases.map(formatDurationUs)).toEqual([
      '0 µs',
      '850 µs',
      '1 ms',
      '7.1 ms',
      '230 ms',
      '7.1 s',
      '42.5 s',
      '2 min 5 s',
      '1 h 3 min',
    ])
  })
})

describe('error spans and skew adjustment', () => {
  it('lists failed spans in waterfall order, including HTTP 5xx', () => {
    const built = generateTrace({ spans: 500, seed: 5, errors: 6 })
    const trace = traceOf(toJaegerV1Json(built))
    const listed = [...analyzeTrace(trace).errorSpans]
    expect(listed.map((span) => trace.spanIds[span]).sort()).toEqual(
      [...built.expected.errorIds].sort(),
    )
    expect(listed).toEqual([...listed].sort((a, b) => trace.displayRow[a]! - trace.displayRow[b]!))
    const http = traceOf(
      '{"traceID":"t","spans":[{"spanID":"a","tags":[{"key":"http.response.status_code","type":"int64","value":502}]}]}',
    )
    expect(http.flags[0]! & SpanFlag.Error).not.toBe(0)
  })

  it('moves skewed spans of another service inside their parent, leaving the recording alone', () => {
    const built = generateTrace({ spans: 600, seed: 9, skewed: 8 })
    const trace = traceOf(toJaegerV1Json(built))
    const { startUs, adjustedSpans } = adjustClockSkew(trace)
    expect(adjustedSpans).toBeGreaterThanOrEqual(built.expected.skewedIds.length)
    for (const id of built.expected.skewedIds) {
      const span = spanIndex(trace, id)
      const parent = trace.parent[span]!
      expect(trace.flags[span]! & SpanFlag.StartsBeforeParent).not.toBe(0)
      expect(startUs[span]).toBeGreaterThanOrEqual(startUs[parent]!)
      expect(trace.startUs[span]).toBeLessThan(trace.startUs[parent]!)
    }
  })

  it('does not move work of the same process that outlives its parent', () => {
    const trace = fixtureTrace('v1/api_traces/tracecompass_simple.json')
    const overhang = spanIndex(trace, 'fe500a6fe8f00515')
    expect(trace.flags[overhang]! & SpanFlag.EndsAfterParent).not.toBe(0)
    expect(adjustClockSkew(trace).shiftUs[overhang]).toBe(0)
  })
})
