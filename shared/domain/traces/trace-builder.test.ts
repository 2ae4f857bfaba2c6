// The test-data trace builder (e2e/support/trace-builder.ts): deterministic, and the odd cases it
// promises are really in the payloads, as the normalizer sees them. Lives here because vitest
// only collects tests under shared/, electron/, renderer/ and scripts/.
import { describe, expect, it } from 'vitest'
import { generateTrace, toJaegerV1Json, toOtlpJson } from '../../../e2e/support/trace-builder'
import { parseTracePayload, SpanFlag, type NormalizedTrace } from './index'

const odd = {
  spans: 2000,
  seed: 42,
  orphans: 4,
  duplicateIds: 3,
  skewed: 5,
  errors: 7,
  followsFrom: 6,
  dominantDbSpan: true,
}

function normalize(text: string): NormalizedTrace {
  const result = parseTracePayload(text)
  if (!result.ok || result.traces.length !== 1) throw new Error('expected one trace')
  return result.traces[0]!
}

const idsWith = (trace: NormalizedTrace, flag: number) =>
  [...new Set(trace.spanIds.filter((_, span) => ((trace.flags[span] ?? 0) & flag) !== 0))].sort()

describe('trace builder', () => {
  it('gives the same bytes for the same options and different ones for another seed', () => {
    expect(toJaegerV1Json(generateTrace(odd))).toBe(toJaegerV1Json(generateTrace(odd)))
    expect(toOtlpJson(generateTrace(odd))).toBe(toOtlpJson(generateTrace(odd)))
    expect(toJaegerV1Json(generateTrace({ ...odd, seed: 43 }))).not.toBe(
      toJaegerV1Json(generateTrace(odd)),
    )
  })

  it('makes exactly the requested number of spans, over several services', () => {
    const trace = normalize(toJaegerV1Json(generateTrace(odd)))
    expect(trace.spanCount).toBe(2000)
    expect(trace.services.length).toBeGreaterThan(3)
  })

  it('puts the promised odd cases in the payload', () => {
    const built = generateTrace(odd)
    const trace = normalize(toJaegerV1Json(built))
    expect(built.expected.orphanIds).toHaveLength(4)
    expect(idsWith(trace, SpanFlag.Orphan)).toEqual([...built.expected.orphanIds].sort())
    expect(idsWith(trace, SpanFlag.DuplicateId)).toEqual([...built.expected.duplicatedIds].sort())
    expect(idsWith(trace, SpanFlag.StartsBeforeParent)).toEqual(
      [...built.expected.skewedIds].sort(),
    )
    expect(idsWith(trace, SpanFlag.Error)).toEqual([...built.expected.errorIds].sort())
    expect(idsWith(trace, SpanFlag.FollowsFrom)).toEqual([...built.expected.followsFromIds].sort())
    expect(trace.roots).toHaveLength(1 + 4)
  })

  it('writes v1 and OTLP forms of the same tree', () => {
    const built = generateTrace({ ...odd, duplicateIds: 0 })
    const v1 = normalize(toJaegerV1Json(built))
    const otlp = normalize(toOtlpJson(built, 'v3'))
    const edges = (trace: NormalizedTrace) =>
      trace.spanIds
        .map((id, span) => `${trace.spanIds[trace.parent[span] ?? -1] ?? '-'}>${id}`)
        .sort()
    expect(edges(otlp)).toEqual(edges(v1))
    expect([...otlp.durationUs].sort()).toEqual([...v1.durationUs].sort())
  })

  it('makes non-hex IDs on request', () => {
    const trace = normalize(toJaegerV1Json(generateTrace({ spans: 30, nonHexIds: true })))
    expect(trace.traceId).toBe('trace-1')
    expect(trace.spanIds).toContain('span-0')
  })
})
