import { useEffect, useRef } from 'react'
import { Text, useComputedColorScheme } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { useElementSize } from '@mantine/hooks'
import uPlot from 'uplot'
import 'uplot/dist/uPlot.min.css'
import type { TimeWindow } from '../../../../shared/domain/review/cursor'
import { chartOptions } from '../../ui/charts/chart-options'
import { drawMarkers, type ChartMarker } from '../../ui/charts/markers'
import { chartTheme } from '../../ui/charts/palette'
import { plotData } from '../../ui/charts/plot-data'
import { createTooltip, updateTooltip } from '../../ui/charts/tooltip'
import type { DisplayZone } from '../../ui/time'
import type { ReviewChartData } from './queries'
import classes from './Review.module.css'
import { useReviewCursor } from './store'

// A pinned chart on the review's shared time axis. Built from the chart module's pieces (options,
// thinning, markers, read-out) with two differences from TimeSeriesChart: the x axis is fixed to
// the review window so every chart lines up, and the cursor is the review's: hovering sets it,
// and a line follows it when another chart, the phase band or the timeline moves it.

const NO_SERIES_HIDDEN = new Set<number>()
const NO_MARKERS: readonly ChartMarker[] = []

/**
 * Every review chart reserves the same room around its plot, so their plots (and the phase band
 * above them) start and end at the same x: one time axis for all.
 */
export const PLOT_INSET = { left: 68, right: 12 } as const
const PADDING_LEFT = 4

interface ReviewChartProps {
  chart: ReviewChartData
  window: TimeWindow
  zone: DisplayZone
  markers: readonly ChartMarker[]
  height?: number
}

interface BuildInput extends Required<ReviewChartProps> {
  width: number
  dark: boolean
  tooltip: HTMLElement
}

function buildOptions(input: BuildInput): uPlot.Options {
  const { chart, window, zone, markers, tooltip } = input
  const base = chartOptions({
    width: input.width,
    height: input.height,
    data: chart.data,
    unit: chart.unit,
    zone,
    theme: chartTheme(input.dark),
    compact: false,
    hidden: NO_SERIES_HIDDEN,
    onDoubleClick: () => undefined,
    hooks: {
      setCursor: [
        (u) => {
          // Values only: the events near the cursor are highlighted in the timeline instead.
          updateTooltip(u, tooltip, {
            data: chart.data,
            unit: chart.unit,
            zone,
            markers: NO_MARKERS,
            hidden: () => NO_SERIES_HIDDEN,
          })
          const left = u.cursor.left
          if (left === undefined || left < 0) return
          useReviewCursor.getState().set(Math.round(u.posToVal(left, 'x')))
        },
      ],
      draw: [(u) => drawMarkers(u, markers)],
    },
  })
  const [timeAxis, valueAxis] = base.axes ?? []
  return {
    ...base,
    padding: [10, PLOT_INSET.right, 0, PADDING_LEFT],
    axes: [timeAxis ?? {}, { ...valueAxis, size: PLOT_INSET.left - PADDING_LEFT }],
    scales: { x: { time: true, range: () => [window.from, window.to] } },
    // No zoom and no crosshair of uPlot's own: the review's cursor line is the one shown.
    cursor: { x: false, y: false, points: { show: false }, drag: { x: false, y: false } },
    select: { show: false, left: 0, top: 0, width: 0, height: 0 },
  }
}

function cursorLine(u: uPlot): (at: number | null) => void {
  const line = document.createElement('div')
  line.className = classes.cursorLine ?? ''
  line.dataset.reviewCursor = ''
  line.setAttribute('aria-hidden', 'true')
  u.over.append(line)
  return (at) => {
    const x = at === null ? -1 : u.valToPos(at, 'x')
    line.hidden = at === null || x < 0 || x > u.over.clientWidth
    line.style.left = `${Math.round(x)}px`
    line.dataset.at = at === null ? '' : String(at)
  }
}

export function ReviewChart(props: ReviewChartProps) {
  const { t } = useTranslation('review')
  const { chart, window, zone, markers, height = 170 } = props
  const { ref, width } = useElementSize<HTMLDivElement>()
  const box = useRef<HTMLDivElement>(null)
  const dark = useComputedColorScheme('light') === 'dark'
  // Rebuilt (cheap: a few thousand points) when the width moves by more than a few pixels.
  const widthStep = Math.round(width / 8)
  const empty = chart.data.series.length === 0

  useEffect(() => {
    const container = box.current
    if (!container || widthStep === 0 || empty) return
    const tooltip = createTooltip(chartTheme(dark))
    const options = buildOptions({
      chart,
      window,
      zone,
      markers,
      height,
      width: Math.floor(container.clientWidth),
      dark,
      tooltip,
    })
    const last = chart.data.timestampsMs.length - 1
    const columns = Math.max(20, Math.round(container.clientWidth - 70))
    const u = new uPlot(options, plotData(chart.data, 0, last, columns), container)
    u.over.parentElement?.append(tooltip)
    u.over.addEventListener('mouseleave', () => (tooltip.hidden = true))
    const place = cursorLine(u)
    place(useReviewCursor.getState().at)
    const stop = useReviewCursor.subscribe((state) => place(state.at))
    return () => {
      stop()
      u.destroy()
    }
  }, [chart, window, zone, markers, height, dark, widthStep, empty])

  return (
    <figure className={classes.chartFigure}>
      <figcaption>
        <Text size="sm" fw={600} lineClamp={1}>
          {chart.caption || chart.query}
        </Text>
        {chart.caption && (
          <Text size="xs" c="dimmed" ff="monospace" lineClamp={1}>
            {chart.query}
          </Text>
        )}
      </figcaption>
      <div ref={ref}>
        {empty ? (
          <Text size="sm" c="dimmed" py="sm">
            {t('chart.empty')}
          </Text>
        ) : (
          <div
            ref={box}
            className={classes.chart}
            role="img"
            aria-label={t('chart.label', { name: chart.caption || chart.query })}
          />
        )}
      </div>
    </figure>
  )
}
