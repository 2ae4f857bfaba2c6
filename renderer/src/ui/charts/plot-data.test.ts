import { describe, expect, it } from 'vitest'
import {
  decodeColumnsWire,
  indexAtOrBefore,
  nearestIndex,
  seriesStats,
  type ChartData,
} from './columns'
import { plotData } from './plot-data'

function chart(values: number[][], stepMs = 1000): ChartData {
  const points = values[0]?.length ?? 0
  return {
    timestampsMs: Float64Array.from({ length: points }, (_, index) => index * stepMs),
    series: values.map((row, index) => ({
      labels: { i: String(index) },
      name: `s${index}`,
      values: Float64Array.from(row),
    })),
    droppedSeries: 0,
    histogramSeries: 0,
  }
}

function toBase64(values: number[]): string {
  return Buffer.from(Float64Array.from(values).buffer).toString('base64')
}

describe('decodeColumnsWire', () => {
  it('reads the time axis and each series back, NaN and infinities included', () => {
    const data = decodeColumnsWire({
      timestamps: toBase64([1000, 2000]),
      values: toBase64([1, Number.NaN, Infinity, -2.5]),
      points: 2,
      series: [{ labels: { __name__: 'up', job: 'a' } }, { labels: { job: 'b' } }],
      droppedSeries: 3,
      histogramSeries: 0,
    })
    expect([...data.timestampsMs]).toEqual([1000, 2000])
    expect([...data.series[0]!.values]).toEqual([1, Number.NaN])
    expect([...data.series[1]!.values]).toEqual([Infinity, -2.5])
    expect(data.series[0]!.name).toBe('up{job="a"}')
    expect(data.droppedSeries).toBe(3)
  })

  it('refuses columns whose sizes disagree', () => {
    expect(() =>
      decodeColumnsWire({
        timestamps: toBase64([1]),
        values: toBase64([1, 2]),
        points: 1,
        series: [{ labels: {} }],
        droppedSeries: 0,
        histogramSeries: 0,
      }),
    ).toThrow(/damaged/)
  })
})

describe('plotData', () => {
  it('passes every point through when they fit, gaps as null', () => {
    const [xs, ys] = plotData(chart([[1, Number.NaN, 3]]), 0, 2, 100)
    expect([...(xs as Float64Array)]).toEqual([0, 1000, 2000])
    expect(ys).toEqual([1, null, 3])
  })

  it("keeps each column's minimum and maximum in time order, so spikes survive", () => {
    const values: number[] = Array.from({ length: 1000 }, (_, index) => (index === 537 ? 100 : 1))
    values[538] = -50
    const data = chart([values])
    const plotted = plotData(data, 0, 999, 50)
    const ys = plotted[1] as (number | null)[]
    expect(ys.length).toBeLessThanOrEqual(100)
    expect(Math.max(...(ys as number[]))).toBe(100)
    expect(Math.min(...(ys as number[]))).toBe(-50)
    const spike = ys.indexOf(100)
    expect(ys[spike + 1]).toBe(-50)
    const xs = [...(plotted[0] as Float64Array)]
    expect(xs.every((x, index) => index === 0 || x > xs[index - 1]!)).toBe(true)
  })

  it('draws an all-gap column as a gap', () => {
    const values = Array.from({ length: 100 }, (_, index) => (index < 50 ? Number.NaN : 2))
    const ys = plotData(chart([values]), 0, 99, 10)[1] as (number | null)[]
    expect(ys[0]).toBeNull()
    expect(ys[ys.length - 1]).toBe(2)
  })

  it('plots only the zoomed index range', () => {
    const data = chart([Array.from({ length: 10 }, (_, index) => index)])
    const [xs, ys] = plotData(data, 3, 5, 100)
    expect([...(xs as Float64Array)]).toEqual([3000, 4000, 5000])
    expect(ys).toEqual([3, 4, 5])
  })
})

describe('lookups and stats', () => {
  const times = Float64Array.from([0, 10, 20, 30])
  it('finds the sample at or before a time, and the nearest one', () => {
    expect(indexAtOrBefore(times, 25)).toBe(2)
    expect(indexAtOrBefore(times, -5)).toBe(0)
    expect(nearestIndex(times, 26)).toBe(3)
    expect(nearestIndex(times, 24)).toBe(2)
  })

  it('summarizes a series ignoring gaps; no values at all is NaN, not zero', () => {
    expect(seriesStats(Float64Array.from([2, Number.NaN, 4]))).toEqual({
      last: 4,
      min: 2,
      max: 4,
      mean: 3,
    })
    expect(seriesStats(Float64Array.from([Number.NaN])).mean).toBeNaN()
  })
})
