// A matrix answer as compact columns: one shared time axis and one Float64Array per series,
// the layout uPlot draws from and structured clone copies cheaply. NaN marks a gap.
import { parseSampleValue } from './sample'
import { pointCount } from './step'

export type Labels = Record<string, string>

/** One series of a matrix answer as Prometheus sends it (after JSON.parse). */
export interface RawMatrixSeries {
  metric: Labels
  values?: unknown
  /** Native histograms; not plotted as lines. */
  histograms?: unknown
}

export interface ColumnarSeries {
  labels: Labels
  /** One value per timestamp; NaN where the series has no sample (or Prometheus said NaN). */
  values: Float64Array
}

export interface ColumnarMatrix {
  /** Epoch ms, ascending, shared by every series. */
  timestampsMs: Float64Array
  series: ColumnarSeries[]
  /** Series left out because of `maxSeries`. */
  droppedSeries: number
  /** Series carrying only native histograms, which have no single value to plot. */
  histogramSeries: number
}

export interface RangeGrid {
  startMs: number
  endMs: number
  stepMs: number
}

export interface ColumnarOptions {
  /** The query_range start/end/step: samples then land on that grid without a union pass. */
  grid?: RangeGrid
  /** Keep at most this many series (the chart's cap); the rest are counted in droppedSeries. */
  maxSeries?: number
}

/** A sample that is not `[number, string]`: the answer is not a Prometheus matrix. */
export class MatrixShapeError extends Error {
  constructor(detail: string) {
    super(`not a Prometheus matrix: ${detail}`)
    this.name = 'MatrixShapeError'
  }
}

/** One series' samples as parsed: times in seconds and values, in the order Prometheus sent. */
export interface SeriesSamples {
  labels: Labels
  timesSec: Float64Array
  values: Float64Array
}

/** Type-checks `[time, "value"]` pairs while parsing them into typed arrays. */
function samplesOf(series: RawMatrixSeries, seriesIndex: number): SeriesSamples {
  const pairs = series.values
  if (!Array.isArray(pairs)) throw new MatrixShapeError(`series ${seriesIndex} has no values array`)
  const timesSec = new Float64Array(pairs.length)
  const values = new Float64Array(pairs.length)
  for (let index = 0; index < pairs.length; index++) {
    const pair: unknown = pairs[index]
    if (
      !Array.isArray(pair) ||
      pair.length !== 2 ||
      typeof pair[0] !== 'number' ||
      typeof pair[1] !== 'string'
    ) {
      throw new MatrixShapeError(`series ${seriesIndex}, sample ${index} is not [time, "value"]`)
    }
    timesSec[index] = pair[0]
    values[index] = parseSampleValue(pair[1])
  }
  return { labels: series.metric, timesSec, values }
}

function sameTimes(a: Float64Array, b: Float64Array): boolean {
  if (a.length !== b.length) return false
  for (let index = 0; index < a.length; index++) if (a[index] !== b[index]) return false
  return true
}

/** Sorted distinct timestamps (seconds) over all series. */
function unionTimes(all: readonly SeriesSamples[]): Float64Array {
  const first = all[0]?.timesSec ?? new Float64Array(0)
  if (all.every((samples) => sameTimes(first, samples.timesSec))) return first
  const set = new Set<number>()
  for (const samples of all) for (const time of samples.timesSec) set.add(time)
  return Float64Array.from(set).sort()
}

function gridIndex(seconds: number, grid: RangeGrid, size: number): number {
  const exact = (seconds * 1000 - grid.startMs) / grid.stepMs
  const index = Math.round(exact)
  if (index < 0 || index >= size || Math.abs(exact - index) > 1e-6 * Math.max(1, index)) return -1
  return index
}

/** Values on the grid; the parsed array itself when the series has every point. */
function fillOnGrid(samples: SeriesSamples, grid: RangeGrid, size: number): Float64Array | null {
  const { timesSec, values } = samples
  let complete = timesSec.length === size
  for (let index = 0; complete && index < size; index++) {
    complete = gridIndex(timesSec[index] ?? NaN, grid, size) === index
  }
  if (complete) return values
  const column = new Float64Array(size).fill(NaN)
  for (let index = 0; index < timesSec.length; index++) {
    const at = gridIndex(timesSec[index] ?? NaN, grid, size)
    // Off-grid samples mean this was not the query_range we were told about: use the union.
    if (at < 0) return null
    column[at] = values[index] ?? NaN
  }
  return column
}

function fillOnAxis(samples: SeriesSamples, axis: Float64Array): Float64Array {
  if (samples.timesSec === axis) return samples.values
  const column = new Float64Array(axis.length).fill(NaN)
  let cursor = 0
  samples.timesSec.forEach((seconds, index) => {
    while (cursor < axis.length && (axis[cursor] ?? Infinity) < seconds) cursor++
    if (axis[cursor] === seconds) column[cursor] = samples.values[index] ?? NaN
  })
  return column
}

function onGrid(all: readonly SeriesSamples[], grid: RangeGrid): ColumnarMatrix | null {
  const size = pointCount(grid.startMs, grid.endMs, grid.stepMs)
  const series: ColumnarSeries[] = []
  for (const samples of all) {
    const values = fillOnGrid(samples, grid, size)
    if (!values) return null
    series.push({ labels: samples.labels, values })
  }
  const timestampsMs = new Float64Array(size)
  for (let index = 0; index < size; index++)
    timestampsMs[index] = grid.startMs + index * grid.stepMs
  return { timestampsMs, series, droppedSeries: 0, histogramSeries: 0 }
}

/** Lays parsed series on one time axis: the query grid when given and consistent, else the union. */
export function columnsFromSamples(
  all: readonly SeriesSamples[],
  options: ColumnarOptions = {},
  histogramSeries = 0,
): ColumnarMatrix {
  const kept = all.slice(0, options.maxSeries ?? all.length)
  const droppedSeries = all.length - kept.length
  const { grid } = options
  const gridded = grid && grid.stepMs > 0 && grid.endMs >= grid.startMs ? onGrid(kept, grid) : null
  if (gridded) return { ...gridded, droppedSeries, histogramSeries }
  const axis = unionTimes(kept)
  const series = kept.map((samples) => ({
    labels: samples.labels,
    values: fillOnAxis(samples, axis),
  }))
  const timestampsMs = axis.map((seconds) => Math.round(seconds * 1000))
  return { timestampsMs, series, droppedSeries, histogramSeries }
}

/**
 * Converts a parsed matrix `result` into columns. Every sample is type-checked here rather than
 * by a schema: validating a million pairs with zod costs more than parsing the JSON.
 */
export function matrixToColumns(
  result: readonly RawMatrixSeries[],
  options: ColumnarOptions = {},
): ColumnarMatrix {
  const plottable = result.filter((series) => series.values !== undefined || !series.histograms)
  const kept = plottable.slice(0, options.maxSeries ?? plottable.length)
  const samples = kept.map((series, index) => samplesOf(series, index))
  const columns = columnsFromSamples(
    samples,
    { grid: options.grid },
    result.length - plottable.length,
  )
  return { ...columns, droppedSeries: plottable.length - kept.length }
}

/** A short legend name: the metric name and its labels, `__name__` first. */
export function seriesName(labels: Labels): string {
  const { __name__: name = '', ...rest } = labels
  const inner = Object.entries(rest)
    .map(([key, value]) => `${key}="${value}"`)
    .join(', ')
  return inner ? `${name}{${inner}}` : name || '{}'
}
