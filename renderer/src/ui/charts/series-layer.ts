// The chart's lines, drawn outside uPlot: uPlot keeps the axes, grid, cursor and selection (it
// gets the time axis only); this layer sets the value scale from a min/max index of the shown
// series and puts the lines into the plot after uPlot drew its grid.
//
// A change (zoom, reset, a series shown or hidden) is committed to uPlot once its lines are
// drawn: at once for small charts, when the worker answers for large ones, so axes and lines
// always change together and no frame waits on the drawing.
import uPlot from 'uplot'
import type { ChartData } from './columns'
import { lowerBound } from './column-extremes'
import { buildExtremesIndex, rangeExtremes } from './extremes-index'
import { sameLines, type LineRequest } from './line-renderer'
import { createLineSource, type DrawnLines } from './line-source'
import { uPlotPixelRatio } from './markers'

export interface View {
  minMs: number
  maxMs: number
}

export interface LayerChange {
  view?: View
  shown?: { index: number; shown: boolean }
  /** Every hidden series at once (the legend's "Show all" / "Hide all"). */
  hidden?: ReadonlySet<number>
}

export interface SeriesLayer {
  /** The value scale: the extremes of the shown series in view, padded as uPlot pads them. */
  valueRange(): uPlot.Range.MinMax
  /** uPlot 'draw' hook: the lines, over the grid and under markers. */
  draw(u: uPlot): void
  /** Applies `change` once its lines are ready; `commit` then redraws uPlot for `view`. */
  update(u: uPlot, change: LayerChange, commit: (view: View) => void): void
  /** Resolves when the lines of the latest change are on the canvas, with when drawing began. */
  drawn(): Promise<number>
  destroy(): void
}

interface LayerState {
  view: View
  hidden: ReadonlySet<number>
}

/** Where the plot's pixels start and how many there are, in canvas (device) pixels. */
function plotBox(u: uPlot) {
  const left = Math.floor(u.bbox.left)
  const top = Math.floor(u.bbox.top)
  return {
    left,
    top,
    width: Math.max(1, Math.ceil(u.bbox.width)),
    height: Math.max(1, Math.ceil(u.bbox.height)),
  }
}

function lineRequest(
  u: uPlot,
  view: View,
  y: uPlot.Range.MinMax,
  state: LayerState,
  lineWidth: number,
): LineRequest | undefined {
  const [yMin, yMax] = y
  if (yMin == null || yMax == null) return undefined
  const box = plotBox(u)
  return {
    ...view,
    yMin,
    yMax,
    width: box.width,
    height: box.height,
    offsetX: u.bbox.left - box.left,
    offsetY: u.bbox.top - box.top,
    plotHeight: u.bbox.height,
    lineWidth: lineWidth * uPlotPixelRatio(u),
    hidden: [...state.hidden].sort((a, b) => a - b),
  }
}

/** Older lines stretched onto the current scales: shown only until the exact ones arrive. */
function drawRescaled(u: uPlot, lines: DrawnLines, now: LineRequest) {
  const from = lines.request
  const box = plotBox(u)
  const xScale = now.width / Math.max(1e-9, now.maxMs - now.minMs)
  const yScale = now.plotHeight / Math.max(1e-300, now.yMax - now.yMin)
  u.ctx.save()
  u.ctx.beginPath()
  u.ctx.rect(box.left, box.top, box.width, box.height)
  u.ctx.clip()
  // The old frame spans its own time range across its width, and its value range across its
  // plot height (its last row may reach a fraction below).
  u.ctx.drawImage(
    lines.image,
    box.left + (from.minMs - now.minMs) * xScale,
    box.top + (now.yMax - from.yMax) * yScale,
    (from.maxMs - from.minMs) * xScale,
    (from.yMax - from.yMin) * yScale * (from.height / Math.max(1, from.plotHeight)),
  )
  u.ctx.restore()
}

export function createSeriesLayer(
  data: ChartData,
  options: { lineWidth: number; hidden: ReadonlySet<number> },
): SeriesLayer {
  const times = data.timestampsMs
  const first = times[0] ?? 0
  let state: LayerState = {
    view: { minMs: first, maxMs: times[times.length - 1] ?? first },
    hidden: new Set(options.hidden),
  }
  const indexes = data.series.map((series) => buildExtremesIndex(series.values))
  let pending: { state: LayerState; request: LineRequest; commit: (view: View) => void } | undefined
  let plot: uPlot | undefined
  let shownRequest: LineRequest | undefined
  let lastStartedMs = 0
  let waiters: ((startedMs: number) => void)[] = []

  const valueRangeOf = ({ view, hidden }: LayerState): uPlot.Range.MinMax => {
    const from = lowerBound(times, view.minMs)
    const to = lowerBound(times, view.maxMs + 1e-9) - 1
    let min = Infinity
    let max = -Infinity
    data.series.forEach((series, index) => {
      const extremes = indexes[index]
      if (hidden.has(index) || !extremes) return
      const [low, high] = rangeExtremes(series.values, extremes, from, to)
      if (low < min) min = low
      if (high > max) max = high
    })
    // The same padding and snapping as uPlot's own numeric y scale.
    return min <= max ? uPlot.rangeNum(min, max, 0.1, true) : [null, null]
  }

  const onReady = (request: LineRequest, startedMs: number) => {
    lastStartedMs = startedMs
    if (pending && sameLines(pending.request, request)) {
      const { commit } = pending
      state = pending.state
      pending = undefined
      commit(state.view)
    } else if (plot && !sameLines(shownRequest, request)) {
      plot.redraw(false)
    }
  }
  const lines = createLineSource(data, onReady)

  const draw = (u: uPlot) => {
    plot = u
    const startedMs = performance.now()
    const { x, y } = u.scales
    if (x?.min == null || x.max == null || !y) return
    const request = lineRequest(
      u,
      { minMs: x.min, maxMs: x.max },
      [y.min ?? null, y.max ?? null],
      state,
      options.lineWidth,
    )
    if (!request) return
    const exact = lines.get(request)
    const box = plotBox(u)
    if (exact) {
      u.ctx.drawImage(exact.image, box.left, box.top)
      shownRequest = request
      if (!pending) settle(lastStartedMs || startedMs)
      return
    }
    const stale = lines.latest()
    if (stale) drawRescaled(u, stale, request)
    lines.want(request)
  }

  const settle = (startedMs: number) => {
    lastStartedMs = 0
    const resolved = waiters
    waiters = []
    for (const resolve of resolved) resolve(startedMs)
  }

  return {
    valueRange: () => valueRangeOf(state),
    draw,
    update: (u, change, commit) => {
      const base = pending?.state ?? state
      const hidden = new Set(change.hidden ?? base.hidden)
      if (change.shown?.shown === true) hidden.delete(change.shown.index)
      if (change.shown?.shown === false) hidden.add(change.shown.index)
      const next: LayerState = { view: change.view ?? base.view, hidden }
      const request = lines.immediate
        ? undefined
        : lineRequest(u, next.view, valueRangeOf(next), next, options.lineWidth)
      if (!request || lines.get(request)) {
        pending = undefined
        state = next
        commit(next.view)
        return
      }
      pending = { state: next, request, commit }
      lines.want(request)
    },
    drawn: () => new Promise((resolve) => waiters.push(resolve)),
    destroy: () => lines.destroy(),
  }
}
