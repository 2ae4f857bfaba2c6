import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { parseSampleValue, parseSampleValueAt } from './sample'

/** The value read from inside a longer text, as the matrix scanner reads it. */
function readInside(value: string): number {
  const text = `[1700000000,"${value}"]`
  return parseSampleValueAt(text, 13, 13 + value.length)
}

describe('parseSampleValueAt', () => {
  it.each([
    ['0', 0],
    ['-0', -0],
    ['1', 1],
    ['0.1', 0.1],
    ['-2.5', -2.5],
    ['478.1235432624817', 478.1235432624817],
    ['0.24250000000000002', 0.24250000000000002],
    ['1e-05', 0.00001],
    ['1E+3', 1000],
    ['2.5e-7', 2.5e-7],
    ['-3e2', -300],
    ['1.7976931348623157e+308', Number.MAX_VALUE],
    ['5e-324', Number.MIN_VALUE],
    ['123456789012345678901234567890', 1.2345678901234568e29],
    ['9007199254740993', 9007199254740992],
    // Its digits, 2^53 + 1, are no double: adding them up would round before the scaling.
    ['0.9007199254740993', 0.9007199254740993],
    ['.5', 0.5],
    ['1.', 1],
    ['+1', 1],
    ['+Inf', Infinity],
    ['Inf', Infinity],
    ['-Inf', -Infinity],
  ])('reads %s as %d', (text, expected) => {
    expect(readInside(text)).toBe(expected)
  })

  it.each(['NaN', '', '-', '.', '1e', '1e+', 'e5', 'abc', '1,5', '1.2.3', '--1'])(
    'reads %j as NaN, a gap in the chart',
    (text) => {
      expect(readInside(text)).toBeNaN()
    },
  )

  it('agrees with parseSampleValue on every number Prometheus or JavaScript writes', () => {
    const written = fc.oneof(
      fc.double().map(String),
      fc.double({ noNaN: true, noDefaultInfinity: true }).map((value) => value.toExponential()),
      fc.double({ min: -1e6, max: 1e6, noNaN: true }).map((value) => value.toFixed(6)),
      fc.integer().map(String),
      fc.bigInt({ min: -(10n ** 25n), max: 10n ** 25n }).map(String),
      fc.string({ unit: fc.constantFrom(...'0123456789.-+eE'), maxLength: 24 }),
    )
    fc.assert(
      fc.property(written, (text) => {
        expect(readInside(text)).toBe(parseSampleValue(text))
      }),
      { numRuns: 5000 },
    )
  })
})
