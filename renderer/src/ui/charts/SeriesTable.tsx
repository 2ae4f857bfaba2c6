import { ScrollArea, Table, Text } from '@mantine/core'
import { formatValue, type Unit } from '../../../../shared/domain/prometheus/units'
import { seriesStats, type ChartData } from './columns'
import { seriesColor } from './palette'
import classes from './TimeSeriesChart.module.css'

/** The chart's numbers: per series the last value in range, the minimum, maximum and mean. */
export function SeriesTable({ data, unit, label }: { data: ChartData; unit: Unit; label: string }) {
  if (data.series.length === 0) {
    return (
      <Text size="sm" c="dimmed" py="md">
        No data: the query returned no series over this time range.
      </Text>
    )
  }
  return (
    <ScrollArea.Autosize mah={420}>
      <Table striped highlightOnHover verticalSpacing={4} fz="xs" aria-label={label} stickyHeader>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Series</Table.Th>
            <Table.Th ta="right">Last</Table.Th>
            <Table.Th ta="right">Min</Table.Th>
            <Table.Th ta="right">Max</Table.Th>
            <Table.Th ta="right">Mean</Table.Th>
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
                    {Number.isNaN(value) ? 'no data' : formatValue(value, unit)}
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
