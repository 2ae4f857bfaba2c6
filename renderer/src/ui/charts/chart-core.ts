// A uPlot time series chart without React: thinning to the plot's width, re-thinning on zoom,
// the hover read-out, markers and thresholds. TimeSeriesChart wraps it; the chart benchmark
// drives it directly, so both measure and ship the same code.
import uPlot from 'uplot'
import type { Unit } from '../../../../shared/domain/prometheus/units'
import type { DisplayZone } from '../time'
import { chartOptions } from './chart-options'
import { indexAtOrBefore, type ChartData } from './columns'
import { drawMarkers, drawThresholds, type ChartMarker, type ChartThresholds } from './markers'
import type { ChartTheme } from './palette'
import { plotData } from './plot-data'
import { createTooltip, updateTooltip } from './tooltip'

export interface PlotInput {
  container: HTMLElement
  data: ChartData
  unit: Unit
  zone: DisplayZone
  theme: ChartTheme
  height: number
  compact: boolean
  markers: readonly ChartMarker[]
  thresholds?: ChartThresholds
  /** The series the legend has hidden, read at hover time. */
  hidden: () => ReadonlySet<number>
  onZoomChange?: (zoomed: boolean) => void
}

export interface TimeSeriesPlot {
  readonly plot: uPlot
  /** Back to the whole range. */
  reset(): void
  /** What a drag-select does: the range redrawn from the full data. */
  zoomTo(minMs: number, maxMs: number): void
  setSeriesShown(index: number, shown: boolean): void
  setSize(width: number, height: number): void
  destroy(): void
}

/** Room the value axis takes, until uPlot has measured the plotting area. */
const AXIS_GUESS_PX = 70

export function createTimeSeriesPlot(input: PlotInput): TimeSeriesPlot {
  const { container, data, unit, zone, markers, thresholds } = input
  const last = data.timestampsMs.length - 1
  const current = { from: 0, to: last }
  const columns = (u?: uPlot) =>
    Math.max(20, Math.round(u?.over.clientWidth || container.clientWidth - AXIS_GUESS_PX))
  const tooltip = createTooltip(input.theme)

  const show = (u: uPlot, from: number, to: number, resetScales: boolean) => {
    Object.assign(current, { from, to })
    u.setData(plotData(data, from, to, columns(u)), resetScales)
    input.onZoomChange?.(from > 0 || to < last)
  }
  /** New data for the range and the new scale in one commit: one redraw per zoom. */
  const zoomTo = (minMs: number, maxMs: number) => {
    const from = indexAtOrBefore(data.timestampsMs, minMs)
    const to = Math.min(last, indexAtOrBefore(data.timestampsMs, maxMs) + 1)
    if (to - from < 1) return
    plot.batch(() => {
      show(plot, from, to, false)
      plot.setScale('x', { min: minMs, max: maxMs })
    })
  }
  const zoomToSelection = (u: uPlot) => {
    const { left, width } = u.select
    if (width > 2) zoomTo(u.posToVal(left, 'x'), u.posToVal(left + width, 'x'))
    u.setSelect({ left: 0, top: 0, width: 0, height: 0 }, false)
  }
  const reset = () => show(plot, 0, last, true)
  const tooltipContext = { data, unit, zone, markers, hidden: input.hidden }
  const options = chartOptions({
    width: container.clientWidth,
    height: input.height,
    data,
    unit,
    zone,
    theme: input.theme,
    compact: input.compact,
    hidden: input.hidden(),
    onDoubleClick: () => reset(),
    hooks: {
      setSelect: [zoomToSelection],
      setCursor: input.compact ? [] : [(u) => updateTooltip(u, tooltip, tooltipContext)],
      draw: [
        (u) => {
          drawMarkers(u, markers)
          if (thresholds) drawThresholds(u, thresholds)
        },
      ],
    },
  })
  const plot = new uPlot(options, plotData(data, 0, last, columns()), container)
  plot.over.parentElement?.append(tooltip)
  plot.over.addEventListener('mouseleave', () => (tooltip.hidden = true))
  return {
    plot,
    reset,
    zoomTo,
    setSeriesShown: (index, shown) => plot.setSeries(index + 1, { show: shown }, false),
    setSize: (width, height) => plot.setSize({ width, height }),
    destroy: () => plot.destroy(),
  }
}
