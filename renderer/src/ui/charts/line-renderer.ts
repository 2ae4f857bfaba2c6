// Renders a chart's lines for one view into a pixel frame. No DOM: the same code runs on the
// page for small charts and in the chart worker for large ones.
import {
  columnCapacity,
  columnGrid,
  emptySeriesColumnsFor,
  reduceSeries,
  type SeriesColumns,
} from './column-extremes'
import {
  clearRasterFrame,
  createRasterFrame,
  finishFrame,
  lineStyle,
  type LineStyle,
  type RasterFrame,
} from './line-raster'
import { seriesColor } from './palette'
import { collectRuns, createSeriesRuns, paintRuns, type SeriesRuns } from './series-runs'

/** Everything that decides the lines' pixels; two equal requests draw the same frame. */
export interface LineRequest {
  minMs: number
  maxMs: number
  /** The value scale, bottom to top of the plot. */
  yMin: number
  yMax: number
  /** The plot in device pixels: whole pixels, and where the plot starts within the first one. */
  width: number
  height: number
  offsetX: number
  offsetY: number
  /** Exact plot height in device pixels (the frame's height rounded up). */
  plotHeight: number
  lineWidth: number
  hidden: readonly number[]
}

export function sameLines(a: LineRequest | undefined, b: LineRequest | undefined): boolean {
  if (!a || !b) return false
  const keys = [
    'minMs',
    'maxMs',
    'yMin',
    'yMax',
    'width',
    'height',
    'offsetX',
    'offsetY',
    'plotHeight',
    'lineWidth',
  ] as const
  return (
    keys.every((key) => a[key] === b[key]) &&
    a.hidden.length === b.hidden.length &&
    a.hidden.every((index, at) => b.hidden[at] === index)
  )
}

/** Styles by line width and series: made once, as each holds its colour as a pixel word. */
const styles = new Map<number, LineStyle[]>()

function seriesStyle(index: number, lineWidth: number): LineStyle {
  let ofWidth = styles.get(lineWidth)
  if (!ofWidth) styles.set(lineWidth, (ofWidth = []))
  let style = ofWidth[index]
  if (!style) {
    const hex = Number.parseInt(seriesColor(index).slice(1), 16)
    style = lineStyle((hex >> 16) & 255, (hex >> 8) & 255, hex & 255, lineWidth)
    ofWidth[index] = style
  }
  return style
}

export class LineRenderer {
  private reducedKey = ''
  private reduced: SeriesColumns[] = []
  private frame: RasterFrame | undefined
  private runs: SeriesRuns | undefined

  constructor(
    private readonly timestampsMs: Float64Array,
    private readonly series: readonly Float64Array[],
  ) {}

  /** The lines for `request`, in a frame reused by the next call unless `fresh`. */
  render(request: LineRequest, fresh = false): RasterFrame {
    const { width, height, minMs, maxMs, yMin, yMax } = request
    if (fresh || !this.frame || this.frame.width !== width || this.frame.height !== height) {
      this.frame = createRasterFrame(width, height)
    }
    if (!this.runs || this.runs.top.length !== width) this.runs = createSeriesRuns(width)
    const frame = this.frame
    const runs = this.runs
    clearRasterFrame(frame)
    const reduced = this.reduce(minMs, maxMs, width)
    const mapping = {
      startMs: minMs,
      pxPerMs: maxMs > minMs ? width / (maxMs - minMs) : 0,
      left: request.offsetX,
      topValue: yMax,
      pxPerUnit: yMax > yMin ? request.plotHeight / (yMax - yMin) : 0,
      top: request.offsetY,
    }
    const hidden = new Set(request.hidden)
    // Top-most (last) series first: each one is painted under those above it.
    for (let index = this.series.length - 1; index >= 0; index--) {
      const columns = reduced[index]
      const values = this.series[index]
      if (!columns || !values || hidden.has(index)) continue
      collectRuns(runs, columns, { timestampsMs: this.timestampsMs, values }, mapping)
      paintRuns(frame, runs, seriesStyle(index, request.lineWidth))
    }
    finishFrame(frame)
    return frame
  }

  private reduce(minMs: number, maxMs: number, width: number): SeriesColumns[] {
    const key = `${minMs}:${maxMs}:${width}`
    if (key === this.reducedKey) return this.reduced
    const grid = columnGrid(this.timestampsMs, minMs, maxMs, width)
    const capacity = columnCapacity(grid)
    if ((this.reduced[0]?.column.length ?? -1) < capacity) {
      this.reduced = emptySeriesColumnsFor(this.series.length, capacity)
    }
    this.series.forEach((values, index) => {
      const out = this.reduced[index]
      if (out) reduceSeries(values, grid, out)
    })
    this.reducedKey = key
    return this.reduced
  }
}
