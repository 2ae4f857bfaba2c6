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

type SamplePairs = readonly (readonly [number, string])[]

function checkedPairs(values: unknown, seriesIndex: number): SamplePairs {
  if (!Array.isArray(values))
    throw new MatrixShapeError(`series ${seriesIndex} has no values array`)
  for (let index = 0; index < values.length; index++) {
    const pair: unknown = values[index]
    if (
      !Array.isArray(pair) ||
      pair.length !== 2 ||
      typeof pair[0] !== 'number' ||
      typeof pair[1] !== 'string'
    ) {
      throw new MatrixShapeError(`series ${seriesIndex}, sample ${index} is not [time, "value"]`)
    }
  }
  return values as SamplePairs
}

function sameTimestamps(a: SamplePairs, b: SamplePairs): boolean {
  if (a.length !== b.length) return false
  for (let index = 0; index < a.length; index++) if (a[index]?.[0] !== b[index]?.[0]) return false
  return true
}

/** Sorted distinct timestamps (seconds) over all series. */
function unionTimestamps(all: readonly SamplePairs[]): Float64Array {
  const first = all[0] ?? []
  if (all.every((pairs) => sameTimestamps(first, pairs))) {
    return Float64Array.from(first, (pair) => pair[0])
  }
  const set = new Set<number>()
  for (const pairs of all) for (const pair of pairs) set.add(pair[0])
  return Float64Array.from(set).sort()
}

function fillOnGrid(pairs: SamplePairs, grid: RangeGrid, size: number): Float64Array | null {
  const values = new Float64Array(size).fill(NaN)
  for (const [seconds, text] of pairs) {
    const exact = (seconds * 1000 - grid.startMs) / grid.stepMs
    const index = Math.round(exact)
    // Off-grid samples mean this was not the query_range we were told about: use the union.
    if (index < 0 || index >= size || Math.abs(exact - index) > 1e-6 * Math.max(1, index)) {
      return null
    }
    values[index] = parseSampleValue(text)
  }
  return values
}

function fillOnAxis(pairs: SamplePairs, axisSeconds: Float64Array): Float64Array {
  const values = new Float64Array(axisSeconds.length).fill(NaN)
  let cursor = 0
  for (const [seconds, text] of pairs) {
    while (cursor < axisSeconds.length && (axisSeconds[cursor] ?? Infinity) < seconds) cursor++
    if (axisSeconds[cursor] === seconds) values[cursor] = parseSampleValue(text)
  }
  return values
}

function onGrid(labels: Labels[], pairs: SamplePairs[], grid: RangeGrid): ColumnarSeries[] | null {
  const size = pointCount(grid.startMs, grid.endMs, grid.stepMs)
  const series: ColumnarSeries[] = []
  for (let index = 0; index < pairs.length; index++) {
    const values = fillOnGrid(pairs[index] ?? [], grid, size)
    if (!values) return null
    series.push({ labels: labels[index] ?? {}, values })
  }
  return series
}

/**
 * Converts a matrix `result` into columns. Every sample is type-checked here rather than by a
 * schema: validating a million pairs with zod costs more than parsing the JSON.
 */
export function matrixToColumns(
  result: readonly RawMatrixSeries[],
  options: ColumnarOptions = {},
): ColumnarMatrix {
  const plottable = result.filter((series) => series.values !== undefined || !series.histograms)
  const histogramSeries = result.length - plottable.length
  const kept = plottable.slice(0, options.maxSeries ?? plottable.length)
  const droppedSeries = plottable.length - kept.length
  const labels = kept.map((series) => series.metric)
  const pairs = kept.map((series, index) => checkedPairs(series.values, index))
  const { grid } = options
  if (grid && grid.stepMs > 0 && grid.endMs >= grid.startMs) {
    const series = onGrid(labels, pairs, grid)
    if (series) {
      const size = pointCount(grid.startMs, grid.endMs, grid.stepMs)
      const timestampsMs = new Float64Array(size)
      for (let index = 0; index < size; index++)
        timestampsMs[index] = grid.startMs + index * grid.stepMs
      return { timestampsMs, series, droppedSeries, histogramSeries }
    }
  }
  const axisSeconds = unionTimestamps(pairs)
  const series = pairs.map((seriesPairs, index) => ({
    labels: labels[index] ?? {},
    values: fillOnAxis(seriesPairs, axisSeconds),
  }))
  const timestampsMs = axisSeconds.map((seconds) => Math.round(seconds * 1000))
  return { timestampsMs, series, droppedSeries, histogramSeries }
}

/** A short legend name: the metric name and its labels, `__name__` first. */
export function seriesName(labels: Labels): string {
  const { __name__: name = '', ...rest } = labels
  const inner = Object.entries(rest)
    .map(([key, value]) => `${key}="${value}"`)
    .join(', ')
  return inner ? `${name}{${inner}}` : name || '{}'
}
