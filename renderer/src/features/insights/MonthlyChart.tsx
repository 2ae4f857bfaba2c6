import { useEffect, useRef } from 'react'
import { useComputedColorScheme } from '@mantine/core'
import { useElementSize } from '@mantine/hooks'
import uPlot from 'uplot'
import 'uplot/dist/uPlot.min.css'
import { chartTheme, seriesColor } from '../../ui/charts/palette'

// A small uPlot chart over months: bars for counts, a line for durations. Months are positions
// 0..n-1 on the x axis (a month is not a fixed span of time), labelled with "2026-03".

export interface MonthlyChartProps {
  /** The chart's accessible name, with the figures it shows. */
  label: string
  months: readonly string[]
  values: readonly (number | null)[]
  kind: 'bars' | 'line'
  format: (value: number) => string
  height?: number
}

const FONT = '11px system-ui, -apple-system, "Segoe UI", Roboto, sans-serif'

function options(props: MonthlyChartProps, width: number, dark: boolean): uPlot.Options {
  const theme = chartTheme(dark)
  const every = Math.max(1, Math.ceil(props.months.length / Math.max(1, width / 70)))
  const bars = uPlot.paths.bars?.({ size: [0.7, 48] })
  return {
    width,
    height: props.height ?? 180,
    legend: { show: false },
    cursor: { drag: { x: false, y: false }, points: { show: props.kind === 'line' } },
    scales: {
      x: { time: false, range: [-0.5, props.months.length - 0.5] },
      y: { range: (_u, _min, max) => [0, max > 0 ? max * 1.1 : 1] },
    },
    series: [
      {},
      {
        label: props.label,
        stroke: seriesColor(props.kind === 'bars' ? 0 : 1),
        fill: props.kind === 'bars' ? `${seriesColor(0)}99` : undefined,
        width: props.kind === 'bars' ? 0 : 2,
        paths: props.kind === 'bars' ? bars : undefined,
        points: { show: props.kind === 'line', size: 5 },
        spanGaps: true,
      },
    ],
    axes: [
      {
        stroke: theme.axis,
        grid: { show: false },
        ticks: { show: false },
        font: FONT,
        splits: () => props.months.map((_, index) => index),
        values: (_u, splits) =>
          splits.map((index) => (index % every === 0 ? (props.months[index] ?? '') : '')),
      },
      {
        stroke: theme.axis,
        grid: { stroke: theme.grid, width: 1 },
        ticks: { show: false },
        font: FONT,
        size: 64,
        values: (_u, splits) => splits.map((value) => props.format(value)),
      },
    ],
  }
}

export function MonthlyChart(props: MonthlyChartProps) {
  const { ref, width } = useElementSize<HTMLDivElement>()
  const plot = useRef<HTMLDivElement>(null)
  const dark = useComputedColorScheme('light') === 'dark'
  const hasWidth = width > 0

  useEffect(() => {
    const target = plot.current
    if (!target || !hasWidth) return
    const data: uPlot.AlignedData = [props.months.map((_, index) => index), [...props.values]]
    const u = new uPlot(options(props, Math.floor(width), dark), data, target)
    return () => u.destroy()
    // Rebuilt when what it shows changes; width changes rebuild it too (a small chart).
  }, [props, width, hasWidth, dark])

  return (
    <div ref={ref}>
      <div ref={plot} role="img" aria-label={props.label} />
    </div>
  )
}
