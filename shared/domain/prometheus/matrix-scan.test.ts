import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { matrixToColumns, type RawMatrixSeries } from './columnar'
import { scanMatrixAnswer } from './matrix-scan'

const grid = { startMs: 1_700_000_000_000, endMs: 1_700_000_000_000 + 59 * 15_000, stepMs: 15_000 }

/** What the ordinary path (JSON.parse, then columns) makes of the same text. */
function ordinary(text: string, options = { grid }) {
  const parsed = JSON.parse(text) as { data: { result: RawMatrixSeries[] }; warnings?: string[] }
  return { matrix: matrixToColumns(parsed.data.result, options), warnings: parsed.warnings ?? [] }
}

const sampleValue = fc.oneof(
  fc.double({ noNaN: true, noDefaultInfinity: true }).map(String),
  fc.integer().map(String),
  fc.constantFrom('NaN', '+Inf', '-Inf', '1e+00', '0.24250000000000002', '-0'),
)

const series = fc.record({
  metric: fc.dictionary(
    fc.string({ unit: 'grapheme', maxLength: 8 }),
    fc.string({ unit: 'binary', maxLength: 12 }),
  ),
  values: fc
    .uniqueArray(fc.integer({ min: 0, max: 59 }), { maxLength: 60 })
    .chain((indexes) =>
      fc.tuple(
        ...indexes
          .sort((a, b) => a - b)
          .map((i) => fc.tuple(fc.constant(1_700_000_000 + i * 15), sampleValue)),
      ),
    ),
})

const answer = fc.record({
  result: fc.array(series, { maxLength: 6 }),
  warnings: fc.option(fc.array(fc.string(), { maxLength: 2 }), { nil: undefined }),
  withStats: fc.boolean(),
  dataFirst: fc.boolean(),
  indent: fc.constantFrom(undefined, 1, '\t'),
})

type Answer = typeof answer extends fc.Arbitrary<infer T> ? T : never

function render(a: Answer): string {
  const data = a.dataFirst
    ? {
        result: a.result,
        resultType: 'matrix',
        ...(a.withStats ? { stats: { samples: { total: 3 } } } : {}),
      }
    : { resultType: 'matrix', result: a.result }
  const top = a.dataFirst
    ? { data, status: 'success', warnings: a.warnings }
    : { status: 'success', data, warnings: a.warnings }
  return JSON.stringify(top, null, a.indent)
}

describe('scanMatrixAnswer', () => {
  it('reads any well-formed matrix answer exactly as JSON.parse + columns would', () => {
    fc.assert(
      fc.property(answer, (a) => {
        const text = render(a)
        const scanned = scanMatrixAnswer(text, { grid })
        expect(scanned).not.toBeNull()
        expect(scanned).toEqual(ordinary(text))
      }),
      { numRuns: 300 },
    )
  })

  it('reads compact samples exactly: gaps, NaN, infinities, exponents, mixed with spaced ones', () => {
    const samples = [
      '[1700000000,"1e-05"]',
      '[1700000015,"NaN"]',
      // 1700000030 missing: a gap.
      '[1700000045,"+Inf"]',
      '[ 1700000060 , "-Inf" ]',
      '[1700000075,"0.24250000000000002"]',
      '[1700000090,"-1.5E+3"]',
    ]
    const text = `{"status":"success","data":{"resultType":"matrix","result":[{"metric":{"job":"api"},"values":[${samples.join(',')}]}]}}`
    const small = { startMs: 1_700_000_000_000, endMs: 1_700_000_090_000, stepMs: 15_000 }
    const scanned = scanMatrixAnswer(text, { grid: small })
    expect(Array.from(scanned!.matrix.series[0]!.values)).toEqual([
      0.00001,
      NaN,
      NaN,
      Infinity,
      -Infinity,
      0.24250000000000002,
      -1500,
    ])
    expect(scanned).toEqual(ordinary(text, { grid: small }))
  })

  it('falls back to the union of timestamps like the ordinary path', () => {
    const text =
      '{"status":"success","data":{"resultType":"matrix","result":[{"metric":{},"values":[[1.5,"1"],[3,"2"]]},{"metric":{"a":"b"},"values":[[2,"5"]]}]}}'
    const scanned = scanMatrixAnswer(text, { grid: { startMs: 0, endMs: 3000, stepMs: 1000 } })
    expect(Array.from(scanned!.matrix.timestampsMs)).toEqual([1500, 2000, 3000])
    expect(scanned).toEqual(ordinary(text, { grid: { startMs: 0, endMs: 3000, stepMs: 1000 } }))
  })

  it.each([
    ['an error answer', '{"status":"error","errorType":"bad_data","error":"1:4: parse error"}'],
    [
      'a vector',
      '{"status":"success","data":{"resultType":"vector","result":[{"metric":{},"value":[1,"1"]}]}}',
    ],
    [
      'the made-up warning status',
      '{"status":"warning","data":{"resultType":"matrix","result":[]}}',
    ],
    [
      'truncated text',
      '{"status":"success","data":{"resultType":"matrix","result":[{"metric":{},"values":[[1,"1"]',
    ],
    ['trailing garbage', '{"status":"success","data":{"resultType":"matrix","result":[]}} x'],
    [
      'an escaped sample value',
      '{"status":"success","data":{"resultType":"matrix","result":[{"metric":{},"values":[[1,"\\u0031"]]}]}}',
    ],
    [
      'an escaped quote in a sample value',
      '{"status":"success","data":{"resultType":"matrix","result":[{"metric":{},"values":[[1,"1\\""]]}]}}',
    ],
    [
      'a duplicate key',
      '{"status":"success","data":{"resultType":"matrix","result":[]},"data":{"resultType":"matrix","result":[]}}',
    ],
    [
      'a non-string label',
      '{"status":"success","data":{"resultType":"matrix","result":[{"metric":{"a":1},"values":[]}]}}',
    ],
    [
      'a numeric sample value',
      '{"status":"success","data":{"resultType":"matrix","result":[{"metric":{},"values":[[1,1]]}]}}',
    ],
    ['an HTML page', '<html><body>502 Bad Gateway</body></html>'],
  ])('steps aside for %s', (_, text) => {
    expect(scanMatrixAnswer(text, { grid })).toBeNull()
  })
})
