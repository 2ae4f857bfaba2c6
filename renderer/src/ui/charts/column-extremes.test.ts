import { describe, expect, it } from 'vitest'
import {
  columnCapacity,
  columnGrid,
  emptySeriesColumns,
  emptySeriesColumnsFor,
  joined,
  reduceSeries,
  type SeriesColumns,
} from './column-extremes'

const STEP_MS = 15_000
const times = (count: number) => Float64Array.from({ length: count }, (_, index) => index * STEP_MS)

function reduce(values: number[], width: number, view?: [number, number]) {
  const timestampsMs = times(values.length)
  const [minMs, maxMs] = view ?? [0, (values.length - 1) * STEP_MS]
  const grid = columnGrid(timestampsMs, minMs, maxMs, width)
  const columns = reduceSeries(
    Float64Array.from(values),
    grid,
    emptySeriesColumns(columnCapacity(grid)),
  )
  return { grid, columns }
}

const entries = (columns: SeriesColumns) =>
  Array.from({ length: columns.count }, (_, entry) => ({
    column: columns.column[entry],
    min: columns.min[entry],
    max: columns.max[entry],
    first: columns.firstIndex[entry],
    last: columns.lastIndex[entry],
  }))

describe('column extremes (the decimation)', () => {
  it("keeps every column's true lowest and highest sample, so a one-sample spike survives", () => {
    const values: number[] = Array.from({ length: 11_000 }, (_, index) =>
      index === 5377 ? 100 : 1,
    )
    values[5378] = -50
    const { columns } = reduce(values, 1000)
    const spike = entries(columns).find((entry) => entry.first! <= 5377 && entry.last! >= 5377)
    expect(spike?.max).toBe(100)
    expect(entries(columns).some((entry) => entry.min === -50)).toBe(true)
    expect([columns.visibleMin, columns.visibleMax]).toEqual([-50, 100])
  })

  it('yields at most one entry per pixel column, in order, and reads every sample once', () => {
    const values = Array.from({ length: 11_000 }, (_, index) => Math.sin(index / 50))
    const { columns } = reduce(values, 1130)
    const list = entries(columns)
    expect(list.length).toBeLessThanOrEqual(1130)
    expect(
      list.every((entry, index) => index === 0 || entry.column! > list[index - 1]!.column!),
    ).toBe(true)
    expect(list.every((entry) => entry.column! >= 0 && entry.column! < 1130)).toBe(true)
    expect(list[0]?.first).toBe(0)
    expect(list.at(-1)?.last).toBe(10_999)
    // Consecutive columns pick up exactly where the previous one stopped.
    expect(
      list.every((entry, index) => index === 0 || entry.first === list[index - 1]!.last! + 1),
    ).toBe(true)
  })

  it('passes every sample through when there are fewer samples than columns', () => {
    const { columns } = reduce([3, 1, 4, 1, 5], 100)
    expect(entries(columns).map((entry) => [entry.min, entry.max])).toEqual([
      [3, 3],
      [1, 1],
      [4, 4],
      [1, 1],
      [5, 5],
    ])
    expect(entries(columns).at(-1)?.column).toBe(99)
  })

  it('zoomed: reads the samples in view and the one either side, which do not set the scale', () => {
    const values = [1000, 2, 3, 4, 5, -1000]
    const { grid, columns } = reduce(values, 50, [1 * STEP_MS, 4 * STEP_MS])
    expect([grid.from, grid.to]).toEqual([0, 5])
    const list = entries(columns)
    expect(list[0]).toMatchObject({ first: 0, max: 1000 })
    expect(list[0]!.column).toBeLessThan(0)
    expect(list.at(-1)!.column).toBeGreaterThanOrEqual(50)
    expect([columns.visibleMin, columns.visibleMax]).toEqual([2, 5])
  })

  it('keeps NaN gaps as gaps: no entry for missing samples, no line across them', () => {
    const values = [1, 2, Number.NaN, Number.NaN, 5, 6]
    const { columns } = reduce(values, 60)
    expect(entries(columns).map((entry) => entry.first)).toEqual([0, 1, 4, 5])
    expect([1, 2, 3].map((entry) => joined(columns, entry))).toEqual([true, false, true])
  })

  it('a series with no numbers has no entries and no extremes (NaN, not zero)', () => {
    const { columns } = reduce([Number.NaN, Number.NaN, Number.NaN], 10)
    expect(columns.count).toBe(0)
    expect(columns.visibleMin).toBeNaN()
    expect(columns.visibleMax).toBeNaN()
  })

  it('reduces many series into shared buffers without one overwriting another', () => {
    const timestampsMs = times(300)
    const grid = columnGrid(timestampsMs, 0, 299 * STEP_MS, 40)
    const series = [0, 1, 2].map((offset) =>
      Float64Array.from({ length: 300 }, (_, index) => (index % 7) * (offset + 1) + offset * 100),
    )
    const shared = emptySeriesColumnsFor(series.length, columnCapacity(grid))
    series.forEach((values, index) => reduceSeries(values, grid, shared[index]!))
    series.forEach((values, index) => {
      const alone = reduceSeries(values, grid, emptySeriesColumns(columnCapacity(grid)))
      expect(entries(shared[index]!)).toEqual(entries(alone))
      expect(shared[index]!.visibleMax).toBe(alone.visibleMax)
    })
  })
})
