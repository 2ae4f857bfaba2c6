import { ScrollArea, Table, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { Unit } from '../../../../shared/domain/prometheus/units'
import { formatUnit } from '../unit-value'
import { seriesStats, type ChartData } from './columns'
import { seriesColor } from './palette'
import classes from './TimeSeriesChart.module.css'

/** The chart's numbers: per series the last value in range, the minimum, maximum and mean. */
export function SeriesTable({ data, unit, label }: { data: ChartData; unit: Unit; label: string }) {
  const { t } = useTranslation('charts')
  if (data.series.length === 0) {
    return (
      <Text size="sm" c="dimmed" py="md">
        {t('noData')}
      </Text>
    )
  }
  return (
    <ScrollArea.Autosize mah={420}>
      <Table striped highlightOnHover verticalSpacing={4} fz="xs" aria-label={label} stickyHeader>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('table.series')}</Table.Th>
            <Table.Th ta="right">{t('table.last')}</Table.Th>
            <Table.Th ta="right">{t('table.min')}</Table.Th>
            <Table.Th ta="right">{t('table.max')}</Table.Th>
            <Table.Th ta="right">{t('table.mean')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {data.series.map((series, index) => {
            const stats = seriesStats(series.values)
            return (
              <Table.Tr key={index}>
                <Table.Td ff="monospace" style={{ overflowWrap: 'anywhere' }}>
                  <span
                    className={classes.swatch}
                    style={{ background: seriesColor(index), marginRight: 6 }}
                  />
                  {series.name}
                </Table.Td>
                {[stats.last, stats.min, stats.max, stats.mean].map((value, at) => (
                  <Table.Td key={at} ta="right" ff="monospace" style={{ whiteSpace: 'nowrap' }}>
                    {Number.isNaN(value) ? t('table.noValue') : formatUnit(value, unit)}
                  </Table.Td>
                ))}
              </Table.Tr>
            )
          })}
        </Table.Tbody>
      </Table>
    </ScrollArea.Autosize>
  )
}
