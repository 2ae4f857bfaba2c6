// A uPlot time series chart without React: the lines reduced to the plot's pixel columns and
// redrawn from the full data on zoom (in a worker for large charts), the hover read-out,
// markers and thresholds. TimeSeriesChart
// wraps it; the chart benchmark drives it directly, so both measure and ship the same code.
import uPlot from 'uplot'
import type { Unit } from '../../../../shared/domain/prometheus/units'
import type { DisplayZone } from '../time'
import { chartOptions } from './chart-options'
import type { ChartData } from './columns'
import { drawMarkers, drawThresholds, type ChartMarker, type ChartThresholds } from './markers'
import type { ChartTheme } from './palette'
import { createSeriesLayer, type View } from './series-layer'
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
  /** Hides exactly these series (by index), in one redraw. */
  setHiddenSeries(hidden: ReadonlySet<number>): void
  setSize(width: number, height: number): void
  /**
   * Resolves the next time the lines of the latest change are on the canvas (large charts draw
   * them in a worker), with the time their drawing on the page began.
   */
  drawn(): Promise<number>
  destroy(): void
}

let plotsCreated = 0

/** How many charts this page has created so far (the warm-up stops once real ones are drawn). */
export function chartsCreated(): number {
  return plotsCreated
}

export function createTimeSeriesPlot(input: PlotInput): TimeSeriesPlot {
  plotsCreated++
  const { container, data, unit, zone, markers, thresholds } = input
  const times = data.timestampsMs
  const firstMs = times[0] ?? 0
  const lastMs = times[times.length - 1] ?? firstMs
  const tooltip = createTooltip(input.theme)
  const layer = createSeriesLayer(data, {
    lineWidth: input.compact ? 1.25 : 1.5,
    hidden: input.hidden(),
  })

  /** The x scale alone changes in uPlot: it redraws the axes, the layer the lines. */
  const commit = (view: View) => {
    plot.setScale('x', { min: view.minMs, max: view.maxMs })
    input.onZoomChange?.(view.minMs > firstMs || view.maxMs < lastMs)
  }
  const zoomTo = (minMs: number, maxMs: number) => {
    const view = { minMs: Math.max(minMs, firstMs), maxMs: Math.min(maxMs, lastMs) }
    if (view.maxMs > view.minMs) layer.update(plot, { view }, commit)
  }
  const zoomToSelection = (u: uPlot) => {
    const { left, width } = u.select
    if (width > 2) zoomTo(u.posToVal(left, 'x'), u.posToVal(left + width, 'x'))
    u.setSelect({ left: 0, top: 0, width: 0, height: 0 }, false)
  }
  const reset = () => layer.update(plot, { view: { minMs: firstMs, maxMs: lastMs } }, commit)
  const tooltipContext = { data, unit, zone, markers, hidden: input.hidden }
  const base = chartOptions({
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
          layer.draw(u)
          drawMarkers(u, markers)
          if (thresholds) drawThresholds(u, thresholds)
        },
      ],
    },
  })
  // uPlot gets the time axis only: the layer draws the lines and ranges the value scale.
  const options: uPlot.Options = {
    ...base,
    series: [{}],
    scales: { ...base.scales, y: { range: () => layer.valueRange() } },
  }
  const plot = new uPlot(options, [times], container)
  plot.over.parentElement?.append(tooltip)
  plot.over.addEventListener('mouseleave', () => (tooltip.hidden = true))
  return {
    plot,
    reset,
    zoomTo,
    setSeriesShown: (index, shown) => layer.update(plot, { shown: { index, shown } }, commit),
    setHiddenSeries: (hidden) => layer.update(plot, { hidden }, commit),
    setSize: (width, height) => plot.setSize({ width, height }),
    drawn: () => layer.drawn(),
    destroy: () => {
      layer.destroy()
      plot.destroy()
    },
  }
}
