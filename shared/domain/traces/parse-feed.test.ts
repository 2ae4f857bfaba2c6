// A payload parsed piece by piece, as an imported file is while it is read, must give what
// parseTracePayload gives on the whole text: same traces, same span details, same search hits.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { generateTrace, toJaegerV1Json, toOtlpJson } from '../../../e2e/support/trace-builder'
import { findSpans } from '../trace-find'
import { jaegerFixtures } from './jaeger-fixtures.testing'
import {
  beginTraceParse,
  parseTracePayload,
  spanDetails,
  type FeedOptions,
  type TraceParseResult,
} from './index'

function comparable(result: TraceParseResult) {
  if (!result.ok) return result
  return { ...result, traces: result.traces.map(({ sources: _sources, ...trace }) => trace) }
}

/** The text cut at the given positions (any order, duplicates allowed). */
function cut(text: string, at: readonly number[]): string[] {
  const points = [...new Set(at.map((position) => position % (text.length + 1)))].sort(
    (a, b) => a - b,
  )
  const pieces: string[] = []
  let from = 0
  for (const point of points) {
    pieces.push(text.slice(from, point))
    from = point
  }
  pieces.push(text.slice(from))
  return pieces
}

function fed(pieces: readonly string[], options: FeedOptions): TraceParseResult {
  const feed = beginTraceParse(options)
  for (const piece of pieces) feed.push(piece)
  return feed.finish()
}

/** What a user sees of each trace: span details (all, or a few) and the hits of a few searches. */
function seen(result: TraceParseResult, everySpan = false) {
  if (!result.ok) return []
  return result.traces.map((trace) => {
    const spans = everySpan
      ? Array.from({ length: trace.spanCount }, (_, span) => span)
      : [0, 1, trace.spanCount >> 1, trace.spanCount - 1].filter((span) => span >= 0)
    return {
      details: spans.map((span) => spanDetails(trace, span)),
      hits: ['error', 'http.status_code', '"value"', trace.spanIds.at(-1) ?? ''].map((text) =>
        findSpans(trace, text),
      ),
    }
  })
}

function expectSameAsWhole(
  text: string,
  pieces: readonly string[],
  options: FeedOptions,
  everySpan = false,
) {
  const whole = parseTracePayload(text)
  const piecewise = fed(pieces, options)
  expect(comparable(piecewise)).toEqual(comparable(whole))
  expect(seen(piecewise, everySpan)).toEqual(seen(whole, everySpan))
  return piecewise
}

const built = generateTrace({
  spans: 400,
  seed: 31,
  orphans: 3,
  duplicateIds: 2,
  skewed: 3,
  errors: 6,
  followsFrom: 4,
  largeIntTag: true,
})
const generated = [
  toJaegerV1Json(built),
  toJaegerV1Json(built, 'trace'),
  toOtlpJson(built),
  toOtlpJson(built, 'v3'),
]

describe('parsing a payload as it arrives', () => {
  it('reads generated traces piece by piece on the fast path, as the whole text reads', () => {
    for (const text of generated) {
      const pieces = cut(
        text,
        Array.from({ length: 40 }, (_, index) => index * 997 + 13),
      )
      const result = expectSameAsWhole(text, pieces, { lookahead: 600, minPiece: 200 }, true)
      const sources = result.ok ? result.traces[0]?.sources : undefined
      expect(sources?.kind === 'text' && sources.windows.length).toBeGreaterThan(5)
    }
  })

  it('waits for a span longer than it looks ahead, and still reads it on the fast path', () => {
    const text = toJaegerV1Json(generateTrace({ spans: 30, seed: 2, errors: 2 }))
    const pieces = cut(
      text,
      Array.from({ length: 300 }, (_, index) => index * 41),
    )
    const result = expectSameAsWhole(text, pieces, { lookahead: 8, minPiece: 1 }, true)
    expect(result.ok && result.traces[0]?.sources.kind).toBe('text')
  })

  it('answers like the whole text for every fixture, cut anywhere', () => {
    const texts = [...jaegerFixtures.map((fixture) => fixture.text), ...generated]
    fc.assert(
      fc.property(
        fc.constantFrom(...texts),
        fc.array(fc.nat(), { maxLength: 30 }),
        fc.integer({ min: 1, max: 3000 }),
        fc.integer({ min: 0, max: 3000 }),
        (text, at, lookahead, minPiece) => {
          expectSameAsWhole(text, cut(text, at), { lookahead, minPiece })
        },
      ),
      { numRuns: 300 },
    )
  })

  it('answers like the whole text for damaged payloads, empty ones and a lone byte order mark', () => {
    const damaged = generated[0]!.replace('"spans":[', '"spans":[{"spanID":1},')
    const cases = [
      damaged,
      generated[2]!.slice(0, 5000),
      '',
      '   \n',
      '\ufeff',
      '\ufeff{"data":[]}',
    ]
    for (const text of cases) {
      for (const pieces of [[text], cut(text, [1, 2, 3, 1000, 2000]), [...text]]) {
        expectSameAsWhole(text, pieces, { lookahead: 16, minPiece: 4 })
      }
    }
  })

  it('drops only the first byte order mark, even when it arrives alone', () => {
    const text = `\ufeff${generated[1]!}`
    const result = expectSameAsWhole(text, ['', '\ufeff', text.slice(1)], { minPiece: 0 })
    expect(result.ok).toBe(true)
    const twice = `\ufeff${text}`
    expect(expectSameAsWhole(twice, ['\ufeff', '\ufeff', text.slice(1)], {}).ok).toBe(false)
  })
})
