import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { parseSampleValue } from './sample'
import { parseSampleValueAt } from './sample-digits'

/** The value read from inside a longer text, as the matrix scanner reads it. */
function readInside(value: string): number {
  const text = `[1700000000,"${value}"]`
  return parseSampleValueAt(text, 13, 13 + value.length)
}

/**
 * The decimals of 16 to 18 significant digits nearest to the midpoint between `value` and the
 * next double up, on both sides: where rounding to the nearest double is hardest to get right.
 */
function digitsAroundMidpoint(value: number): string[] {
  const word = new BigUint64Array(Float64Array.of(value).buffer)[0] ?? 0n
  const exponent = Number((word >> 52n) & 0x7ffn) - 1075
  if (exponent >= 0) return []
  const mantissa = (word & ((1n << 52n) - 1n)) | (1n << 52n)
  // (2m + 1) * 2^(e - 1) = (2m + 1) * 5^(1 - e) / 10^(1 - e)
  const places = 1 - exponent
  const digits = ((2n * mantissa + 1n) * 5n ** BigInt(places)).toString()
  const texts: string[] = []
  for (const kept of [16, 17, 18]) {
    const dropped = digits.length - kept
    const fraction = places - dropped
    if (dropped <= 0 || fraction <= 0 || fraction > 22) continue
    const below = BigInt(digits.slice(0, kept))
    for (const candidate of [below, below + 1n]) {
      const text = candidate.toString().padStart(fraction + 1, '0')
      texts.push(`${text.slice(0, -fraction)}.${text.slice(-fraction)}`)
    }
  }
  return texts
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
    // More digits than a double holds: the nearest double.
    ['0.12345678901234567', 0.12345678901234566],
    ['12345.678901234567', 12345.678901234567],
    ['0.000012345678901234567', 0.000012345678901234568],
    ['-98765432109876.543', -98765432109876.55],
    ['0.30000000000000004', 0.30000000000000004],
    ['0.0000000000000000000001234567890123456789', 1.2345678901234568e-22],
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

  it('agrees with Number on 16 to 18 digits just either side of a tie between two doubles', () => {
    fc.assert(
      fc.property(fc.double({ min: 1e-6, max: 1e15, noNaN: true }), (value) => {
        for (const text of digitsAroundMidpoint(value)) expect(readInside(text)).toBe(Number(text))
      }),
      { numRuns: 3000 },
    )
  })

  it('agrees with parseSampleValue on every number Prometheus or JavaScript writes', () => {
    const written = fc.oneof(
      fc.double().map(String),
      fc.double({ min: 1e-7, max: 1e17, noNaN: true }).map((value) => value.toPrecision(17)),
      fc.double({ min: 1e-7, max: 1e17, noNaN: true }).map((value) => value.toPrecision(18)),
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
