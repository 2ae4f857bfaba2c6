import { describe, expect, it } from 'vitest'
import { formatValue } from './units'

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
})
