import { useCallback, useEffect, useImperativeHandle, useRef, useState, type Ref } from 'react'
import { Button, Group, Text, useComputedColorScheme } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type uPlot from 'uplot'
import 'uplot/dist/uPlot.min.css'
import type { Unit } from '../../../../shared/domain/prometheus/units'
import type { DisplayZone } from '../time'
import { createTimeSeriesPlot, type TimeSeriesPlot } from './chart-core'
import type { ChartData } from './columns'
import type { ChartMarker, ChartThresholds } from './markers'
import { chartTheme, type ChartTheme } from './palette'
import { SeriesLegend } from './SeriesLegend'
import { useWidth } from './useWidth'
import classes from './TimeSeriesChart.module.css'

export interface TimeSeriesChartHandle {
  /** The chart as a PNG data URL, with `title` above it; null before it is drawn. */
  toPng(title: string): string | null
}

export interface TimeSeriesChartProps {
  data: ChartData
  unit: Unit
  zone: DisplayZone
  /** The chart's accessible name, e.g. the query. */
  label: string
  height?: number
  markers?: readonly ChartMarker[]
  thresholds?: ChartThresholds
  /** A small chart: no axes, legend, read-out or zoom. */
  compact?: boolean
  ref?: Ref<TimeSeriesChartHandle>
}

const NO_MARKERS: readonly ChartMarker[] = []
const NONE_HIDDEN: ReadonlySet<number> = new Set()

function snapshot(u: uPlot, theme: ChartTheme, title: string): string {
  const source = u.ctx.canvas
  const ratio = source.width / Math.max(1, source.clientWidth || u.width)
  const header = title ? Math.round(24 * ratio) : 0
  const canvas = document.createElement('canvas')
  canvas.width = source.width
  canvas.height = source.height + header
  const ctx = canvas.getContext('2d')
  if (!ctx) return ''
  ctx.fillStyle = theme.background
  ctx.fillRect(0, 0, canvas.width, canvas.height)
  if (title) {
    ctx.fillStyle = theme.text
    ctx.font = `${Math.round(12 * ratio)}px system-ui, sans-serif`
    ctx.fillText(title, 8 * ratio, 16 * ratio, canvas.width - 16 * ratio)
  }
  ctx.drawImage(source, 0, header)
  return canvas.toDataURL('image/png')
}

/**
 * A uPlot time series chart over columnar data: lines from each pixel column's extremes (redrawn
 * from the full data on zoom, in a worker for large charts), hover read-out from the full data,
 * legend checkboxes, drag to zoom, double-click or "Reset zoom" to go back, timeline markers and
 * thresholds. Zooming renders nothing in React but the "Reset zoom" button when it appears.
 */
export function TimeSeriesChart(props: TimeSeriesChartProps) {
  const { data, unit, zone, label, height = 280, compact = false, ref } = props
  const { t } = useTranslation('charts')
  const markers = props.markers ?? NO_MARKERS
  const { thresholds } = props
  const dark = useComputedColorScheme('light') === 'dark'
  const boxRef = useRef<HTMLDivElement>(null)
  const width = useWidth(boxRef)
  const chartRef = useRef<TimeSeriesPlot | null>(null)
  const [hiddenFor, setHiddenFor] = useState({ data, hidden: NONE_HIDDEN })
  const hidden = hiddenFor.data === data ? hiddenFor.hidden : NONE_HIDDEN
  const hiddenRef = useRef(hidden)
  // Read by the chart's hover handler, which lives outside React's render.
  useEffect(() => {
    hiddenRef.current = hidden
  })
  const [zoomed, setZoomed] = useState(false)
  const hasWidth = width > 0

  useEffect(() => {
    const container = boxRef.current
    if (!container || !hasWidth || data.series.length === 0) return
    const chart = createTimeSeriesPlot({
      container,
      data,
      unit,
      zone,
      theme: chartTheme(dark),
      height,
      compact,
      markers,
      thresholds,
      hidden: () => hiddenRef.current,
      onZoomChange: setZoomed,
    })
    chartRef.current = chart
    setZoomed(false)
    return () => {
      chart.destroy()
      chartRef.current = null
    }
    // Width changes resize the chart below instead of rebuilding it.
  }, [data, unit, zone, dark, compact, height, markers, thresholds, hasWidth])

  useEffect(() => {
    const chart = chartRef.current
    if (chart && width > 0 && Math.abs(chart.plot.width - width) >= 1) chart.setSize(width, height)
  }, [width, height])

  useImperativeHandle(
    ref,
    () => ({
      toPng: (title) =>
        chartRef.current ? snapshot(chartRef.current.plot, chartTheme(dark), title) : null,
    }),
    [dark],
  )

  const setHidden = useCallback(
    (next: ReadonlySet<number>) => {
      setHiddenFor({ data, hidden: next })
      chartRef.current?.setHiddenSeries(next)
    },
    [data],
  )
  const toggle = useCallback(
    (index: number) => {
      const next = new Set(hidden)
      if (next.has(index)) next.delete(index)
      else next.add(index)
      setHidden(next)
    },
    [hidden, setHidden],
  )
  const setAll = useCallback(
    (visible: boolean) =>
      setHidden(visible ? NONE_HIDDEN : new Set(data.series.map((_, index) => index))),
    [data, setHidden],
  )

  if (data.series.length === 0) {
    return (
      <Text size="sm" c="dimmed" py="md">
        {t('noData')}
      </Text>
    )
  }
  return (
    <div>
      {!compact && zoomed && (
        <Group justify="flex-end" mb={-8}>
          <Button size="compact-xs" variant="subtle" onClick={() => chartRef.current?.reset()}>
            {t('resetZoom')}
          </Button>
        </Group>
      )}
      <div
        ref={boxRef}
        className={classes.chart}
        role="img"
        aria-label={label}
        style={{ height }}
      />
      {!compact && (
        <SeriesLegend series={data.series} hidden={hidden} onToggle={toggle} onSetAll={setAll} />
      )}
    </div>
  )
}
