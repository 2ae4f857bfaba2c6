import { describe, expect, it } from 'vitest'
import { buildExtremesIndex, rangeExtremes } from './extremes-index'

/** The answer read sample by sample, to hold the pyramid to. */
function scan(values: Float64Array, from: number, to: number): [number, number] {
  let low = Infinity
  let high = -Infinity
  for (let index = from; index <= to; index++) {
    const value = values[index] ?? Number.NaN
    if (value < low) low = value
    if (value > high) high = value
  }
  return low <= high ? [low, high] : [Number.NaN, Number.NaN]
}

describe('min/max pyramid', () => {
  const values = Float64Array.from({ length: 11_000 }, (_, index) =>
    index % 997 === 0 ? Number.NaN : Math.sin(index / 37) * 100 + (index === 6001 ? 500 : 0),
  )
  const index = buildExtremesIndex(values)

  it('gives the same extremes as reading every sample, for ranges of every size and alignment', () => {
    for (const [from, to] of [
      [0, 10_999],
      [6001, 6001],
      [63, 64],
      [100, 5000],
      [4095, 8193],
      [10_990, 10_999],
      [5000, 7000],
    ] as const) {
      expect(rangeExtremes(values, index, from, to)).toEqual(scan(values, from, to))
    }
  })

  it('keeps a one-sample spike however wide the range around it', () => {
    expect(rangeExtremes(values, index, 0, 10_999)[1]).toBe(values[6001])
    expect(rangeExtremes(values, index, 6002, 10_999)[1]).toBeLessThan(101)
  })

  it('skips missing samples and answers NaN (not zero) for a range with none', () => {
    const gaps = Float64Array.from({ length: 300 }, (_, at) =>
      at >= 100 && at < 250 ? Number.NaN : at,
    )
    const gapIndex = buildExtremesIndex(gaps)
    expect(rangeExtremes(gaps, gapIndex, 120, 240)).toEqual([Number.NaN, Number.NaN])
    expect(rangeExtremes(gaps, gapIndex, 90, 260)).toEqual([90, 260])
  })

  it('clamps a range that runs past either end', () => {
    expect(rangeExtremes(values, index, -50, 20_000)).toEqual(scan(values, 0, 10_999))
  })
})
