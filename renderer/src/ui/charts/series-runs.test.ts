import { describe, expect, it } from 'vitest'
import { columnCapacity, columnGrid, emptySeriesColumns, reduceSeries } from './column-extremes'
import {
  clearRasterFrame,
  createRasterFrame,
  finishFrame,
  lineStyle,
  type LineStyle,
} from './line-raster'
import { collectRuns, createSeriesRuns, paintRuns } from './series-runs'

const RED = lineStyle(224, 49, 49, 1.5)
const BLUE = lineStyle(34, 139, 230, 1.5)

/**
 * Draws series on a width x height frame whose value axis runs from 0 (bottom row) to `height`
 * (top), so a value v sits at pixel row height - v; later series on top, as on the chart.
 */
function draw(series: { values: number[]; style: LineStyle }[], width: number, height: number) {
  const points = series[0]?.values.length ?? 0
  const timestampsMs = Float64Array.from({ length: points }, (_, index) => index * 1000)
  const grid = columnGrid(timestampsMs, 0, (points - 1) * 1000, width)
  const frame = createRasterFrame(width, height)
  clearRasterFrame(frame)
  const runs = createSeriesRuns(width)
  const mapping = {
    startMs: 0,
    pxPerMs: width / ((points - 1) * 1000),
    left: 0,
    topValue: height,
    pxPerUnit: 1,
    top: 0,
  }
  for (let index = series.length - 1; index >= 0; index--) {
    const { values, style } = series[index]!
    const samples = Float64Array.from(values)
    const columns = reduceSeries(samples, grid, emptySeriesColumns(columnCapacity(grid)))
    collectRuns(runs, columns, { timestampsMs, values: samples }, mapping)
    paintRuns(frame, runs, style)
  }
  finishFrame(frame)
  const pixel = (column: number, row: number) => {
    const at = (row * width + column) * 4
    return Array.from(frame.bytes.subarray(at, at + 4))
  }
  const alphaColumn = (column: number) =>
    Array.from({ length: height }, (_, row) => pixel(column, row)[3] ?? 0)
  return { pixel, alphaColumn }
}

const painted = (alphas: number[]) => alphas.flatMap((alpha, row) => (alpha > 0 ? [row] : []))

describe('line raster', () => {
  it('draws a flat line as a line-width band, antialiased at its edges, in every column', () => {
    const { alphaColumn } = draw([{ values: Array(50).fill(10), style: RED }], 40, 20)
    for (const column of [0, 13, 39]) {
      // Value 10 is row 10's top edge: the band runs from 9.25 to 10.75.
      expect(painted(alphaColumn(column))).toEqual([9, 10])
      expect(alphaColumn(column)[9]).toBe(191)
    }
  })

  it('keeps a one-sample spike at its full height among thousands of samples', () => {
    const values = Array.from({ length: 5000 }, (_, index) => (index === 2500 ? 45 : 5))
    const { alphaColumn } = draw([{ values, style: RED }], 100, 50)
    const spikeColumn = Math.floor((2500 / 4999) * 100)
    expect(Math.min(...painted(alphaColumn(spikeColumn)))).toBe(4)
    expect(painted(alphaColumn(10))).toEqual([44, 45])
  })

  it('leaves a gap of missing samples empty', () => {
    const values = Array.from({ length: 100 }, (_, index) =>
      index >= 40 && index < 60 ? Number.NaN : 10,
    )
    const { alphaColumn } = draw([{ values, style: RED }], 99, 20)
    expect(painted(alphaColumn(50))).toEqual([])
    expect(painted(alphaColumn(20))).not.toEqual([])
    expect(painted(alphaColumn(80))).not.toEqual([])
  })

  it('draws the later series on top, and the earlier one where they do not overlap', () => {
    const { pixel } = draw(
      [
        { values: [5.5, 5.5, 5.5, 15.5, 15.5], style: RED },
        { values: [5.5, 5.5, 5.5, 5.5, 5.5], style: BLUE },
      ],
      40,
      20,
    )
    // Row 14 lies wholly inside both bands where they overlap.
    expect(pixel(5, 14)).toEqual([34, 139, 230, 255])
    expect(pixel(38, 4)).toEqual([224, 49, 49, 255])
  })

  it('gives partly covered pixels the series colour at partial alpha (straight, not premultiplied)', () => {
    const { pixel } = draw([{ values: Array(10).fill(10), style: BLUE }], 10, 20)
    const edge = pixel(4, 9)
    // Within a unit of the colour: the premultiplied sums are rounded to bytes on the way.
    edge
      .slice(0, 3)
      .forEach((value, at) => expect(Math.abs(value - [34, 139, 230][at]!)).toBeLessThanOrEqual(1))
    expect(edge[3]).toBeGreaterThan(150)
    expect(edge[3]).toBeLessThan(255)
  })
})
