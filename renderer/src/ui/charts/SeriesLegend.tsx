import { memo } from 'react'
import { Button, Group } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { ChartSeries } from './columns'
import { seriesColor } from './palette'
import classes from './TimeSeriesChart.module.css'

interface SeriesLegendProps {
  series: readonly ChartSeries[]
  hidden: ReadonlySet<number>
  onToggle: (index: number) => void
  onSetAll: (visible: boolean) => void
}

/**
 * One checkbox per series: a keyboard and screen-reader way to show and hide lines. Plain inputs
 * rather than Mantine's, since a chart may carry two hundred of them; memoized, so zooming the
 * chart does not render them again.
 */
export const SeriesLegend = memo(function SeriesLegend({
  series,
  hidden,
  onToggle,
  onSetAll,
}: SeriesLegendProps) {
  const { t } = useTranslation('charts')
  if (series.length === 0) return null
  return (
    <div>
      {series.length > 1 && (
        <Group gap={4} mt={4}>
          <Button size="compact-xs" variant="subtle" onClick={() => onSetAll(true)}>
            {t('legend.showAll')}
          </Button>
          <Button size="compact-xs" variant="subtle" onClick={() => onSetAll(false)}>
            {t('legend.hideAll')}
          </Button>
        </Group>
      )}
      <ul className={classes.legend} aria-label={t('legend.label')}>
        {series.map((entry, index) => {
          const off = hidden.has(index)
          return (
            <li key={index}>
              <label className={classes.legendItem} data-off={off || undefined} title={entry.name}>
                <input type="checkbox" checked={!off} onChange={() => onToggle(index)} />
                <span className={classes.swatch} style={{ background: seriesColor(index) }} />
                <span className={classes.legendName}>{entry.name}</span>
              </label>
            </li>
          )
        })}
      </ul>
    </div>
  )
})
