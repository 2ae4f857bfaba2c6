// The chart's lines, drawn outside uPlot: uPlot keeps the axes, grid, cursor and selection (it
// gets the time axis only), and this layer reduces the visible range to per-column extremes,
// sets the value scale from them and paints the lines into the plot after uPlot drew its grid.
import uPlot from 'uplot'
import {
  columnCapacity,
  columnGrid,
  emptySeriesColumns,
  reduceSeries,
  type SeriesColumns,
} from './column-extremes'
import type { ChartData } from './columns'
import {
  clearRasterFrame,
  createRasterFrame,
  finishFrame,
  lineStyle,
  type LineStyle,
  type RasterFrame,
} from './line-raster'
import { uPlotPixelRatio } from './markers'
import { seriesColor } from './palette'
import { collectRuns, createSeriesRuns, paintRuns, type SeriesRuns } from './series-runs'

export interface SeriesLayer {
  /** The time range the next redraw shows; the value scale is ranged over it. */
  setView(minMs: number, maxMs: number): void
  setShown(index: number, shown: boolean): boolean
  /** The value scale: the extremes of the shown series in view, padded as uPlot pads them. */
  valueRange(u: uPlot): uPlot.Range.MinMax
  /** uPlot 'draw' hook: the lines, over the grid and under markers. */
  draw(u: uPlot): void
}

interface Reduced {
  key: string
  series: SeriesColumns[]
}

function seriesStyle(index: number, lineWidth: number): LineStyle {
  const hex = Number.parseInt(seriesColor(index).slice(1), 16)
  return lineStyle((hex >> 16) & 255, (hex >> 8) & 255, hex & 255, lineWidth)
}

/** Where the plot's pixels start and how many there are, in canvas (device) pixels. */
function plotBox(u: uPlot) {
  const left = Math.floor(u.bbox.left)
  const top = Math.floor(u.bbox.top)
  return {
    left,
    top,
    offsetX: u.bbox.left - left,
    offsetY: u.bbox.top - top,
    width: Math.max(1, Math.ceil(u.bbox.width)),
    height: Math.max(1, Math.ceil(u.bbox.height)),
  }
}

export function createSeriesLayer(
  data: ChartData,
  options: { lineWidth: number; hidden: ReadonlySet<number>; widthGuess: () => number },
): SeriesLayer {
  const hidden = new Set(options.hidden)
  const first = data.timestampsMs[0] ?? 0
  const view = { minMs: first, maxMs: data.timestampsMs[data.timestampsMs.length - 1] ?? first }
  let reduced: Reduced | undefined
  let frame: RasterFrame | undefined
  let runs: SeriesRuns | undefined
  let image: ImageData | undefined
  let scratch: OffscreenCanvas | HTMLCanvasElement | undefined

  const reduce = (minMs: number, maxMs: number, width: number): SeriesColumns[] => {
    const key = `${minMs}:${maxMs}:${width}`
    if (reduced?.key === key) return reduced.series
    const grid = columnGrid(data.timestampsMs, minMs, maxMs, width)
    const capacity = columnCapacity(grid)
    const series = data.series.map((entry, index) => {
      const previous = reduced?.series[index]
      const out =
        previous && previous.column.length >= capacity ? previous : emptySeriesColumns(capacity)
      return reduceSeries(entry.values, grid, out)
    })
    reduced = { key, series }
    return series
  }

  const valueRange = (u: uPlot): uPlot.Range.MinMax => {
    const width = u.bbox.width > 0 ? plotBox(u).width : Math.max(20, options.widthGuess())
    let min = Infinity
    let max = -Infinity
    reduce(view.minMs, view.maxMs, width).forEach((series, index) => {
      if (hidden.has(index) || Number.isNaN(series.visibleMin)) return
      min = Math.min(min, series.visibleMin)
      max = Math.max(max, series.visibleMax)
    })
    // The same padding and snapping as uPlot's own numeric y scale.
    return min <= max ? uPlot.rangeNum(min, max, 0.1, true) : [null, null]
  }

  const pixelsFor = (width: number, height: number) => {
    if (!frame || !image || frame.width !== width || frame.height !== height) {
      frame = createRasterFrame(width, height)
      runs = createSeriesRuns(width)
      image = new ImageData(frame.bytes, width, height)
      scratch =
        typeof OffscreenCanvas === 'function'
          ? new OffscreenCanvas(width, height)
          : Object.assign(document.createElement('canvas'), { width, height })
    }
    return { frame, image, scratch, runs: runs ?? createSeriesRuns(width) }
  }

  const draw = (u: uPlot) => {
    const yScale = u.scales.y
    const minMs = u.scales.x?.min
    const maxMs = u.scales.x?.max
    if (!yScale || yScale.min == null || yScale.max == null || minMs == null || maxMs == null) {
      return
    }
    const box = plotBox(u)
    const series = reduce(minMs, maxMs, box.width)
    const target = pixelsFor(box.width, box.height)
    clearRasterFrame(target.frame)
    const lineWidth = options.lineWidth * uPlotPixelRatio(u)
    const mapping = {
      startMs: minMs,
      pxPerMs: maxMs > minMs ? box.width / (maxMs - minMs) : 0,
      left: box.offsetX,
      topValue: yScale.max,
      pxPerUnit: yScale.max > yScale.min ? u.bbox.height / (yScale.max - yScale.min) : 0,
      top: box.offsetY,
    }
    // Top-most (last) series first: each one is painted under those above it.
    for (let index = series.length - 1; index >= 0; index--) {
      const columns = series[index]
      const values = data.series[index]?.values
      if (!columns || !values || hidden.has(index)) continue
      collectRuns(target.runs, columns, { timestampsMs: data.timestampsMs, values }, mapping)
      paintRuns(target.frame, target.runs, seriesStyle(index, lineWidth))
    }
    finishFrame(target.frame)
    const context = target.scratch?.getContext('2d') as
      OffscreenCanvasRenderingContext2D | CanvasRenderingContext2D | null
    if (!context || !target.scratch) return
    context.putImageData(target.image, 0, 0)
    u.ctx.drawImage(target.scratch, box.left, box.top)
  }

  return {
    setView: (minMs, maxMs) => Object.assign(view, { minMs, maxMs }),
    setShown: (index, shown) => {
      if (hidden.has(index) !== shown) return false
      if (shown) hidden.delete(index)
      else hidden.add(index)
      return true
    },
    valueRange,
    draw,
  }
}
