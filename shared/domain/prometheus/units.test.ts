import { describe, expect, it } from 'vitest'
import { formatValue, type DecimalWriter } from './units'

describe('formatValue', () => {
  it.each([
    [0.2425, 'seconds', '243 ms'],
    [7, 'seconds', '7 s'],
    [150, 'seconds', '2.5 min'],
    [93_600, 'seconds', '1.08 d'],
    [0.000_004_2, 'seconds', '4.2 µs'],
    [1536, 'bytes', '1.5 KiB'],
    [3 * 1024 ** 3, 'bytes', '3 GiB'],
    [10 * 1024 ** 2, 'bytes_per_second', '10 MiB/s'],
    [0.5, 'ratio', '50.0%'],
    [0.9995, 'ratio', '99.95%'],
    [0.999_99, 'ratio', '99.999%'],
    [1, 'ratio', '100%'],
    [42, 'percent', '42.0%'],
    [1234, 'per_second', '1.23k/s'],
    [12, 'count', '12'],
    [2_500_000, 'count', '2.5M'],
  ] as const)('%s %s -> %s', (value, unit, expected) => {
    expect(formatValue(value, unit)).toBe(expected)
  })

  it('never shows missing data as zero', () => {
    expect(formatValue(null, 'ratio')).toBe('no data')
    expect(formatValue(undefined, 'seconds')).toBe('no data')
    expect(formatValue(Number.NaN, 'seconds')).toBe('NaN')
    expect(formatValue(Infinity, 'bytes')).toBe('+Inf')
    expect(formatValue(-Infinity, 'count')).toBe('-Inf')
  })

  it('writes the digits exactly as JavaScript writes the rounded number', () => {
    // What English showed before the digits went through a writer: logs and tests read it.
    const javascript = (value: number, digits: number) => {
      const text = Number(value.toPrecision(digits)).toString()
      return text.includes('e') ? value.toExponential(digits - 1) : text
    }
    for (let exponent = -12; exponent <= 25; exponent++) {
      for (const mantissa of [1, 1.005, 1.25, 2.675, 3.14159, 4.999_9, 7.77, 9.995]) {
        for (const value of [mantissa * 10 ** exponent, -mantissa * 10 ** exponent]) {
          expect(formatValue(value, 'none')).toBe(javascript(value, 4))
          if (Math.abs(value) < 1000) expect(formatValue(value, 'count')).toBe(javascript(value, 3))
        }
      }
    }
  })

  it("puts the digits in the reader's language, units and special values untouched", () => {
    const comma: DecimalWriter = (value, digits) => value.toFixed(digits).replace('.', ',')
    expect(formatValue(1.5, 'seconds', comma)).toBe('1,5 s')
    expect(formatValue(0.9995, 'ratio', comma)).toBe('99,95%')
    expect(formatValue(0.5, 'ratio', comma)).toBe('50,0%')
    expect(formatValue(1536, 'bytes', comma)).toBe('1,5 KiB')
    expect(formatValue(1234, 'per_second', comma)).toBe('1,23k/s')
    expect(formatValue(1.234e-9, 'none', comma)).toBe('1,234e-9')
    expect(formatValue(Number.NaN, 'none', comma)).toBe('NaN')
  })
})
