// Whatever arrives (a random JSON value, a real trace with parts broken or swapped), normalization
// answers with a trace or a typed error, and whatever trace it answers with is consistent.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { generateTrace, toJaegerV1Json, toOtlpJson } from '../../../e2e/support/trace-builder'
import { jaegerFixtures } from './jaeger-fixtures.testing'
import {
  adjustClockSkew,
  analyzeTrace,
  normalizeTraceValue,
  parseTracePayload,
  spanDetails,
  type NormalizedTrace,
  type TraceParseResult,
} from './index'

const ERROR_CODES = ['not_json', 'not_a_trace', 'error_response', 'malformed_trace']

/** The invariants the waterfall relies on. */
function expectConsistent(trace: NormalizedTrace): void {
  const { spanCount, displayOrder, displayRow, parent, depth, subtreeSize } = trace
  expect(new Set(displayOrder).size).toBe(spanCount)
  for (let row = 0; row < spanCount; row++) {
    const span = displayOrder[row]!
    expect(displayRow[span]).toBe(row)
    const up = parent[span]!
    expect(depth[span]).toBe(up < 0 ? 0 : depth[up]! + 1)
    // A subtree is the block of rows right after its root.
    if (up >= 0) expect(row).toBeLessThan(displayRow[up]! + subtreeSize[up]!)
  }
  const analysis = analyzeTrace(trace)
  for (const us of analysis.selfUs) expect(us).toBeGreaterThanOrEqual(0)
  expect(analysis.summary).toMatch(/\.$/)
  adjustClockSkew(trace)
  for (let span = 0; span < Math.min(spanCount, 50); span++) spanDetails(trace, span)
}

function expectAnswer(result: TraceParseResult): void {
  if (result.ok) result.traces.forEach(expectConsistent)
  else expect(ERROR_CODES).toContain(result.error.code)
}

const traceValues = jaegerFixtures
  .filter(({ name }) => !name.endsWith('.ndjson'))
  .map(({ text }) => JSON.parse(text) as unknown)
  .filter((value) => normalizeTraceValue(value).ok)

/** Replaces the value at a random path with another JSON value, or deletes it. */
function mutate(value: unknown, choices: number[], replacement: unknown): unknown {
  if (typeof value !== 'object' || value === null || choices.length === 0) return replacement
  const [choice = 0, ...rest] = choices
  if (Array.isArray(value)) {
    if (value.length === 0) return [replacement]
    const copy = [...value]
    const at = choice % copy.length
    if (rest.length === 0 && choice % 7 === 0) copy.splice(at, 1)
    else copy[at] = mutate(copy[at], rest, replacement)
    return copy
  }
  const keys = Object.keys(value)
  if (keys.length === 0) return { x: replacement }
  const key = keys[choice % keys.length]!
  const copy: Record<string, unknown> = { ...value }
  if (rest.length === 0 && choice % 7 === 0) delete copy[key]
  else copy[key] = mutate(copy[key], rest, replacement)
  return copy
}

describe('normalization never throws', () => {
  it('on arbitrary JSON values', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expectAnswer(normalizeTraceValue(value))
        expectAnswer(parseTracePayload(JSON.stringify(value) ?? ''))
      }),
      { numRuns: 400 },
    )
  })

  it('on arbitrary text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (text) => expectAnswer(parseTracePayload(text))),
      { numRuns: 300 },
    )
  })

  it('on real payload text cut short or with a character changed', () => {
    const texts = jaegerFixtures.map(({ text }) => text)
    fc.assert(
      fc.property(
        fc.constantFrom(...texts),
        fc.nat(),
        fc.string({ minLength: 1, maxLength: 1 }),
        (text, at, char) => {
          const position = at % Math.max(1, text.length)
          expectAnswer(parseTracePayload(text.slice(0, position)))
          expectAnswer(parseTracePayload(text.slice(0, position) + char + text.slice(position + 1)))
        },
      ),
      { numRuns: 300 },
    )
  })

  it('on real traces with parts replaced or deleted', () => {
    expect(traceValues.length).toBeGreaterThan(30)
    fc.assert(
      fc.property(
        fc.constantFrom(...traceValues),
        fc.array(fc.nat(), { minLength: 1, maxLength: 8 }),
        fc.jsonValue({ maxDepth: 2 }),
        (value, path, replacement) =>
          expectAnswer(normalizeTraceValue(mutate(value, path, replacement))),
      ),
      { numRuns: 600 },
    )
  })

  it('on generated odd traces in every format', () => {
    const options = fc.record({
      spans: fc.integer({ min: 1, max: 120 }),
      seed: fc.integer({ min: 1, max: 10_000 }),
      fanOut: fc.integer({ min: 1, max: 6 }),
      maxDepth: fc.integer({ min: 1, max: 10 }),
      orphans: fc.nat(4),
      duplicateIds: fc.nat(4),
      skewed: fc.nat(4),
      followsFrom: fc.nat(4),
      dominantDbSpan: fc.boolean(),
    })
    fc.assert(
      fc.property(options, fc.constantFrom('v1', 'otlp', 'ndjson'), (input, format) => {
        const built = generateTrace(input)
        const text =
          format === 'v1'
            ? toJaegerV1Json(built)
            : toOtlpJson(built, format === 'otlp' ? 'otlp' : 'ndjson')
        const result = parseTracePayload(text)
        expect(result.ok).toBe(true)
        expectAnswer(result)
        if (result.ok) expect(result.traces[0]?.spanCount).toBe(input.spans)
      }),
      { numRuns: 150 },
    )
  })
})
