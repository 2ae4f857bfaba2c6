import { useEffect, useImperativeHandle, useRef, useState, type Ref } from 'react'
import { Button, Group, Text, useComputedColorScheme } from '@mantine/core'
import uPlot from 'uplot'
import 'uplot/dist/uPlot.min.css'
import type { Unit } from '../../../../shared/domain/prometheus/units'
import type { DisplayZone } from '../time'
import { chartOptions } from './chart-options'
import { indexAtOrBefore, type ChartData } from './columns'
import { drawMarkers, drawThresholds, type ChartMarker, type ChartThresholds } from './markers'
import { chartTheme, type ChartTheme } from './palette'
import { plotData } from './plot-data'
import { SeriesLegend } from './SeriesLegend'
import { createTooltip, updateTooltip } from './tooltip'
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
 * A uPlot time series chart over columnar data: thinned to about two points per pixel column
 * (re-thinned on zoom), hover read-out from the full data, legend checkboxes, drag to zoom,
 * double-click or "Reset zoom" to go back, timeline markers and thresholds.
 */
export function TimeSeriesChart(props: TimeSeriesChartProps) {
  const { data, unit, zone, label, height = 280, compact = false, ref } = props
  const markers = props.markers ?? NO_MARKERS
  const { thresholds } = props
  const dark = useComputedColorScheme('light') === 'dark'
  const boxRef = useRef<HTMLDivElement>(null)
  const width = useWidth(boxRef)
  const plotRef = useRef<uPlot | null>(null)
  const [hiddenFor, setHiddenFor] = useState({ data, hidden: new Set<number>() })
  const hidden = hiddenFor.data === data ? hiddenFor.hidden : new Set<number>()
  const hiddenRef = useRef(hidden)
  // Read by the chart's hover handler, which lives outside React's render.
  useEffect(() => {
    hiddenRef.current = hidden
  })
  const [zoomed, setZoomed] = useState(false)
  const resetRef = useRef<() => void>(() => {})
  const hasWidth = width > 0

  useEffect(() => {
    const container = boxRef.current
    if (!container || !hasWidth || data.series.length === 0) return
    const theme = chartTheme(dark)
    const last = data.timestampsMs.length - 1
    const current = { from: 0, to: last }
    let applying = false
    const columns = (u?: uPlot) =>
      Math.max(20, Math.round(u?.over.clientWidth || container.clientWidth - 70))
    const tooltip = createTooltip(theme)
    const rethin = (u: uPlot) => {
      const { min, max } = u.scales.x ?? {}
      if (applying || min === undefined || max === undefined || min === null || max === null) return
      const from = indexAtOrBefore(data.timestampsMs, min)
      const to = Math.min(last, indexAtOrBefore(data.timestampsMs, max) + 1)
      if (from === current.from && to === current.to) return
      Object.assign(current, { from, to })
      applying = true
      u.setData(plotData(data, from, to, columns(u)), false)
      applying = false
      setZoomed(from > 0 || to < last)
    }
    const reset = () => {
      const u = plotRef.current
      if (!u) return
      Object.assign(current, { from: 0, to: last })
      applying = true
      u.setData(plotData(data, 0, last, columns(u)), true)
      applying = false
      setZoomed(false)
    }
    resetRef.current = reset
    const options = chartOptions({
      width: container.clientWidth,
      height,
      data,
      unit,
      zone,
      theme,
      compact,
      hidden: hiddenRef.current,
      onDoubleClick: reset,
      hooks: {
        setScale: [(u, key) => key === 'x' && rethin(u)],
        setCursor: compact
          ? []
          : [
              (u) =>
                updateTooltip(u, tooltip, {
                  data,
                  unit,
                  zone,
                  markers,
                  hidden: () => hiddenRef.current,
                }),
            ],
        draw: [
          (u) => {
            drawMarkers(u, markers)
            if (thresholds) drawThresholds(u, thresholds)
          },
        ],
      },
    })
    const u = new uPlot(options, plotData(data, 0, last, columns()), container)
    u.over.parentElement?.append(tooltip)
    u.over.addEventListener('mouseleave', () => (tooltip.hidden = true))
    plotRef.current = u
    setZoomed(false)
    return () => {
      u.destroy()
      plotRef.current = null
    }
    // Width changes resize the chart below instead of rebuilding it.
  }, [data, unit, zone, dark, compact, height, markers, thresholds, hasWidth])

  useEffect(() => {
    const u = plotRef.current
    if (u && width > 0 && Math.abs(u.width - width) >= 1) u.setSize({ width, height })
  }, [width, height])

  useImperativeHandle(
    ref,
    () => ({
      toPng: (title) =>
        plotRef.current ? snapshot(plotRef.current, chartTheme(dark), title) : null,
    }),
    [dark],
  )

  const setHidden = (next: Set<number>) => {
    setHiddenFor({ data, hidden: next })
    data.series.forEach((_, index) =>
      plotRef.current?.setSeries(index + 1, { show: !next.has(index) }, false),
    )
  }
  const toggle = (index: number) => {
    const next = new Set(hidden)
    if (next.has(index)) next.delete(index)
    else next.add(index)
    setHidden(next)
  }

  if (data.series.length === 0) {
    return (
      <Text size="sm" c="dimmed" py="md">
        No data: the query returned no series over this time range.
      </Text>
    )
  }
  return (
    <div>
      {!compact && zoomed && (
        <Group justify="flex-end" mb={-8}>
          <Button size="compact-xs" variant="subtle" onClick={() => resetRef.current()}>
            Reset zoom
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
        <SeriesLegend
          series={data.series}
          hidden={hidden}
          onToggle={toggle}
          onSetAll={(visible) =>
            setHidden(visible ? new Set() : new Set(data.series.map((_, index) => index)))
          }
        />
      )}
    </div>
  )
}
