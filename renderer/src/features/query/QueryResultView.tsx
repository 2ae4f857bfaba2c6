import { useRef, useState } from 'react'
import { Alert, Stack, Switch, Text } from '@mantine/core'
import { Trans, useTranslation } from 'react-i18next'
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
  const { t } = useTranslation('query')
  return (
    <>
      {chart.droppedSeries > 0 && (
        <Alert color="yellow" variant="light" p="xs" role="status">
          <Text size="sm">
            <Trans
              t={t}
              i18nKey="result.droppedSeries"
              values={{ shown: chart.series.length, dropped: chart.droppedSeries, cap: SERIES_CAP }}
              components={{ code: <code /> }}
            />
          </Text>
        </Alert>
      )}
      {chart.histogramSeries > 0 && (
        <Text size="xs" c="dimmed">
          {t('result.histogramSeries', { count: chart.histogramSeries })}
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
  const { t } = useTranslation('query')
  const [withTable, setWithTable] = useState(false)
  const chartRef = useRef<TimeSeriesChartHandle>(null)
  const label = t('result.chartLabel', { query: answer.result.query })
  return (
    <Stack gap="xs">
      <SeriesNotices chart={answer.chart} />
      {answer.result.warnings.map((warning, index) => (
        <Text key={index} size="xs" c="yellow.8">
          {t('result.warns', { warning })}
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
        label={t('result.showTable')}
        checked={withTable}
        onChange={(event) => setWithTable(event.currentTarget.checked)}
      />
      {withTable && (
        <SeriesTable
          data={answer.chart}
          unit={unit}
          label={t('result.tableLabel', { query: answer.result.query })}
        />
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
