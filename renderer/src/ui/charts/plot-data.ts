// What uPlot draws: at most about two points per pixel column. Each column keeps the minimum and
// maximum of every series within it, in time order, so the line looks exactly as if every
// point were drawn, at a fraction of the work. Hover values are read from the full data.
import type uPlot from 'uplot'
import type { ChartData } from './columns'

type PlotValues = (number | null)[]

/** Points [from, to] of each series, gaps (NaN) as null, which uPlot draws as gaps. */
function everyPoint(data: ChartData, from: number, to: number): uPlot.AlignedData {
  const xs = data.timestampsMs.subarray(from, to + 1)
  const ys = data.series.map((series) => {
    const out: PlotValues = new Array(to - from + 1)
    for (let index = from; index <= to; index++) {
      const value = series.values[index] ?? Number.NaN
      out[index - from] = Number.isNaN(value) ? null : value
    }
    return out
  })
  return [xs, ...ys]
}

/** One series' min and max per bucket, written in the order they occur. */
function bucketExtremes(values: Float64Array, from: number, to: number, size: number) {
  const buckets = Math.ceil((to - from + 1) / size)
  const out: PlotValues = new Array(buckets * 2)
  for (let bucket = 0; bucket < buckets; bucket++) {
    const start = from + bucket * size
    const end = Math.min(start + size - 1, to)
    let min = Infinity
    let max = -Infinity
    let minAt = -1
    let maxAt = -1
    for (let index = start; index <= end; index++) {
      const value = values[index] ?? Number.NaN
      if (value < min) {
        min = value
        minAt = index
      }
      if (value > max) {
        max = value
        maxAt = index
      }
    }
    // NaN compares false both ways, so an all-gap bucket keeps minAt -1.
    const first = minAt <= maxAt ? min : max
    const second = minAt <= maxAt ? max : min
    out[bucket * 2] = minAt < 0 ? null : first
    out[bucket * 2 + 1] = minAt < 0 ? null : second
  }
  return out
}

/**
 * uPlot data for the points [from, to]: every point when they fit in `columns` pixel columns
 * (two per column), else each column's extremes at its first and last time.
 */
export function plotData(
  data: ChartData,
  from: number,
  to: number,
  columns: number,
): uPlot.AlignedData {
  const count = to - from + 1
  if (count <= 0) return [new Float64Array(0), ...data.series.map(() => [])]
  if (count <= columns * 2) return everyPoint(data, from, to)
  const size = Math.ceil(count / Math.max(1, columns))
  const buckets = Math.ceil(count / size)
  const xs = new Float64Array(buckets * 2)
  for (let bucket = 0; bucket < buckets; bucket++) {
    const start = from + bucket * size
    xs[bucket * 2] = data.timestampsMs[start] ?? 0
    xs[bucket * 2 + 1] = data.timestampsMs[Math.min(start + size - 1, to)] ?? 0
  }
  // A bucket of one point puts it twice at the same time; uPlot needs x strictly increasing.
  for (let index = 1; index < xs.length; index++) {
    if ((xs[index] ?? 0) <= (xs[index - 1] ?? 0)) xs[index] = (xs[index - 1] ?? 0) + 1e-3
  }
  const ys = data.series.map((series) => bucketExtremes(series.values, from, to, size))
  return [xs, ...ys]
}
