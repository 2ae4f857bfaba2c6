// uPlot options for a time series chart: time axis in the displayed zone, values in the chart's
// unit, one coloured line per series, drag to zoom.
import uPlot from 'uplot'
import type { Unit } from '../../../../shared/domain/prometheus/units'
import { formatUnit } from '../unit-value'
import { formatClock, formatMonthDay, type DisplayZone } from '../time'
import type { ChartData } from './columns'
import { seriesColor, type ChartTheme } from './palette'

export interface OptionsInput {
  width: number
  height: number
  data: ChartData
  unit: Unit
  zone: DisplayZone
  theme: ChartTheme
  /** Small charts: no cursor read-out, no zoom, thin axes. */
  compact: boolean
  hidden: ReadonlySet<number>
  hooks: uPlot.Hooks.Arrays
  onDoubleClick: () => void
}

const FONT = '11px system-ui, -apple-system, "Segoe UI", Roboto, sans-serif'

function valueAxis(input: OptionsInput): uPlot.Axis {
  const { theme, unit, compact } = input
  return {
    stroke: theme.axis,
    grid: { stroke: theme.grid, width: 1 },
    ticks: { show: false },
    font: FONT,
    gap: 4,
    values: (_u, splits) => splits.map((value) => formatUnit(value, unit)),
    size: (_u, values) =>
      compact ? 0 : Math.min(110, 16 + Math.max(3, ...(values ?? []).map((v) => v.length)) * 6.5),
    show: !compact,
  }
}

const MINUTE_MS = 60_000
const DAY_MS = 86_400_000

/**
 * Tick labels in the displayed zone and the app's 24-hour style: "14:05", with the date under
 * the first tick of each day ("11-21"); days alone when ticks are a day or more apart.
 */
export function timeTickLabels(splits: readonly number[], incrementMs: number, zone: DisplayZone) {
  let previousDay = ''
  return splits.map((ms) => {
    const day = formatMonthDay(ms, zone)
    if (incrementMs >= DAY_MS) return day
    const clock = formatClock(ms, zone).slice(0, incrementMs >= MINUTE_MS ? 5 : 8)
    const label = day !== previousDay ? `${clock}\n${day}` : clock
    previousDay = day
    return label
  })
}

function timeAxis(input: OptionsInput): uPlot.Axis {
  const { theme, compact, zone } = input
  return {
    values: (_u, splits, _axis, _space, increment) => timeTickLabels(splits, increment, zone),
    stroke: theme.axis,
    grid: { stroke: theme.grid, width: 1 },
    ticks: { show: false },
    font: FONT,
    gap: 4,
    size: compact ? 0 : 40,
    show: !compact,
  }
}

export function chartOptions(input: OptionsInput): uPlot.Options {
  const { data, zone, compact } = input
  return {
    width: input.width,
    height: input.height,
    ms: 1,
    tzDate: (ms) => uPlot.tzDate(new Date(ms), zone.timeZone),
    legend: { show: false },
    padding: compact ? [4, 2, 2, 2] : [10, 12, 0, 4],
    scales: { x: { time: true } },
    series: [
      {},
      ...data.series.map((series, index) => ({
        label: series.name,
        stroke: seriesColor(index),
        width: compact ? 1.25 : 1.5,
        points: { show: false },
        spanGaps: false,
        // Dense lines need no pixel snapping, and skipping it makes big charts draw faster.
        pxAlign: 0,
        show: !input.hidden.has(index),
      })),
    ],
    axes: [timeAxis(input), valueAxis(input)],
    cursor: compact
      ? { show: false, drag: { x: false, y: false } }
      : {
          // The chart core zooms itself on select: new data and scale in one redraw.
          drag: { x: true, y: false, setScale: false },
          points: { show: false },
          bind: {
            dblclick: () => () => {
              input.onDoubleClick()
              return null
            },
          },
        },
    select: { show: !compact, left: 0, top: 0, width: 0, height: 0 },
    hooks: input.hooks,
  }
}
