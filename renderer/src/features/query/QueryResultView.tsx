import { useRef, useState } from 'react'
import { Alert, Stack, Switch, Text } from '@mantine/core'
import { SERIES_CAP } from '../../../../shared/contract/prometheus'
import type { Unit } from '../../../../shared/domain/prometheus/units'
import type { ChartData } from '../../ui/charts/columns'
import type { ChartMarker } from '../../ui/charts/markers'
import { SeriesTable } from '../../ui/charts/SeriesTable'
import { TimeSeriesChart, type TimeSeriesChartHandle } from '../../ui/charts/TimeSeriesChart'
import type { DisplayZone } from '../../ui/time'
import { PinControls } from '../evidence/PinControls'
import type { RangeAnswer } from './range-query'

interface QueryResultViewProps {
  answer: RangeAnswer
  unit: Unit
  zone: DisplayZone
  markers: readonly ChartMarker[]
  /** With an incident, "Pin to incident" keeps the result and the chart's picture with it. */
  incidentId?: string
  height?: number
}

export function SeriesNotices({ chart }: { chart: ChartData }) {
  return (
    <>
      {chart.droppedSeries > 0 && (
        <Alert color="yellow" variant="light" p="xs" role="status">
          <Text size="sm">
            Showing the first {chart.series.length} series; {chart.droppedSeries} more were left out
            (at most {SERIES_CAP} per chart). Aggregate the query, for example with{' '}
            <code>sum by (job) (…)</code> or <code>topk(10, …)</code>, to see what matters.
          </Text>
        </Alert>
      )}
      {chart.histogramSeries > 0 && (
        <Text size="xs" c="dimmed">
          {chart.histogramSeries} native-histogram series have no single value to draw; use
          histogram_quantile() or histogram_count() on them.
        </Text>
      )}
    </>
  )
}

/** The answer as a chart (and a table on request), with notices about left-out series and warnings. */
export function QueryResultView({
  answer,
  unit,
  zone,
  markers,
  incidentId,
  height = 300,
}: QueryResultViewProps) {
  const [withTable, setWithTable] = useState(false)
  const chartRef = useRef<TimeSeriesChartHandle>(null)
  const label = `Chart of ${answer.result.query}`
  return (
    <Stack gap="xs">
      <SeriesNotices chart={answer.chart} />
      {answer.result.warnings.map((warning, index) => (
        <Text key={index} size="xs" c="yellow.8">
          Prometheus warns: {warning}
        </Text>
      ))}
      <TimeSeriesChart
        ref={chartRef}
        data={answer.chart}
        unit={unit}
        zone={zone}
        label={label}
        markers={markers}
        height={height}
      />
      <Switch
        size="xs"
        label="Show the values as a table"
        checked={withTable}
        onChange={(event) => setWithTable(event.currentTarget.checked)}
      />
      {withTable && (
        <SeriesTable data={answer.chart} unit={unit} label={`Values of ${answer.result.query}`} />
      )}
      {incidentId && (
        <PinControls
          incidentId={incidentId}
          result={answer.result}
          unit={unit}
          chartRef={chartRef}
        />
      )}
    </Stack>
  )
}
