// The hover read-out: the time under the cursor and the values of the visible series there, read
// from the full data (not the thinned points uPlot draws), largest first. Plain DOM, updated in
// place, so a hover frame costs well under a millisecond.
import type uPlot from 'uplot'
import { i18n } from '../../i18n'
import { formatNumber } from '../../i18n/format'
import type { Unit } from '../../../../shared/domain/prometheus/units'
import { formatUnit } from '../unit-value'
import { formatDateTime, type DisplayZone } from '../time'
import { nearestIndex, type ChartData } from './columns'
import { markersNear, type ChartMarker } from './markers'
import { seriesColor, type ChartTheme } from './palette'
import classes from './TimeSeriesChart.module.css'

const MAX_ROWS = 10

export interface TooltipContext {
  data: ChartData
  unit: Unit
  zone: DisplayZone
  markers: readonly ChartMarker[]
  hidden: () => ReadonlySet<number>
}

function row(color: string, name: string, value: string): HTMLElement {
  const line = document.createElement('div')
  line.className = classes.tooltipRow ?? ''
  const swatch = document.createElement('span')
  swatch.className = classes.swatch ?? ''
  swatch.style.background = color
  const label = document.createElement('span')
  label.className = classes.tooltipName ?? ''
  label.textContent = name
  const amount = document.createElement('span')
  amount.className = classes.tooltipValue ?? ''
  amount.textContent = value
  line.append(swatch, label, amount)
  return line
}

export function createTooltip(theme: ChartTheme): HTMLElement {
  const element = document.createElement('div')
  element.className = classes.tooltip ?? ''
  element.style.background = theme.tooltipBackground
  element.style.color = theme.text
  element.setAttribute('aria-hidden', 'true')
  element.hidden = true
  return element
}

function valuesAt(context: TooltipContext, index: number) {
  const hidden = context.hidden()
  const rows: { series: number; value: number }[] = []
  context.data.series.forEach((series, at) => {
    const value = series.values[index] ?? Number.NaN
    if (!hidden.has(at) && !Number.isNaN(value)) rows.push({ series: at, value })
  })
  return rows.sort((a, b) => b.value - a.value)
}

/** Fills and places the read-out for the cursor, or hides it when the cursor left the plot. */
export function updateTooltip(u: uPlot, element: HTMLElement, context: TooltipContext): void {
  const { left, top, idx } = u.cursor
  if (idx === null || idx === undefined || left === undefined || left < 0 || top === undefined) {
    element.hidden = true
    return
  }
  const timeMs = u.posToVal(left, 'x')
  const index = nearestIndex(context.data.timestampsMs, timeMs)
  const at = context.data.timestampsMs[index] ?? timeMs
  const rows = valuesAt(context, index)
  const header = document.createElement('div')
  header.className = classes.tooltipTime ?? ''
  header.textContent = formatDateTime(at, context.zone)
  const lines: HTMLElement[] = [header]
  for (const marker of markersNear(u, context.markers, left)) {
    lines.push(row(marker.color, marker.label, ''))
  }
  for (const entry of rows.slice(0, MAX_ROWS)) {
    const series = context.data.series[entry.series]
    lines.push(
      row(seriesColor(entry.series), series?.name ?? '', formatUnit(entry.value, context.unit)),
    )
  }
  const more = rows.length - MAX_ROWS
  if (more > 0) {
    lines.push(
      row(
        'transparent',
        i18n.t('charts:tooltip.more', { count: more, total: formatNumber(more) }),
        '',
      ),
    )
  }
  if (rows.length === 0) lines.push(row('transparent', i18n.t('charts:tooltip.noData'), ''))
  element.replaceChildren(...lines)
  element.hidden = false
  const plotLeft = u.over.offsetLeft
  const plotTop = u.over.offsetTop
  const flip = left > u.over.clientWidth / 2
  element.style.left = `${plotLeft + left + (flip ? -12 : 12)}px`
  element.style.top = `${plotTop + Math.max(0, top - 10)}px`
  element.style.transform = flip ? 'translateX(-100%)' : 'none'
}
