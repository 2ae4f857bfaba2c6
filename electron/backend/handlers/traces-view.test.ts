import { describe, expect, it } from 'vitest'
import { generateTrace, toJaegerV1Json } from '../../../e2e/support/trace-builder'
import { toTraceModel } from '../../../renderer/src/features/traces/trace-model'
import { analyzeTrace, parseTracePayload } from '../../../shared/domain/traces'
import { toTraceView } from './traces-view'

describe('trace view over the bridge', () => {
  it('decodes the columns the backend sends into the arrays it analysed', () => {
    const built = generateTrace({ spans: 500, seed: 3, dominantDbSpan: true, skewed: 3 })
    const parsed = parseTracePayload(toJaegerV1Json(built))
    if (!parsed.ok) throw new Error(parsed.error.message)
    const trace = parsed.traces[0]!
    const analysis = analyzeTrace(trace)
    const origin = { kind: 'file', fileName: 'x.json' } as const
    const model = toTraceModel(
      toTraceView({ viewId: 'p:0', trace, analysis, origin, otherTraces: [] }),
    )
    expect(model.startUs).toEqual(trace.startUs)
    expect(model.parent).toEqual(trace.parent)
    expect(model.flags).toEqual(trace.flags)
    expect(model.selfUs).toEqual(analysis.selfUs)
    expect(model.displayRow).toEqual(trace.displayRow)
    const criticalTotal = [...model.criticalStretches].reduce(
      (sum, value, index) => sum + (index % 2 ? value : -value),
      0,
    )
    const expected = analysis.criticalPath.segments.reduce((s, g) => s + g.endUs - g.startUs, 0)
    expect(criticalTotal).toBeCloseTo(expected)
    expect(model.adjustedStartUs?.length).toBe(500)
  })
})
