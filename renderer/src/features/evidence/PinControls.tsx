import { useState, type RefObject } from 'react'
import { Alert, Button, Group, Text, TextInput } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { RangeResult } from '../../../../shared/contract/prometheus'
import type { Unit } from '../../../../shared/domain/prometheus/units'
import { errorMessage } from '../../bridge'
import type { TimeSeriesChartHandle } from '../../ui/charts/TimeSeriesChart'
import { useMetricsStore } from '../query/store'
import { usePinChart } from './queries'

interface PinControlsProps {
  incidentId: string
  result: RangeResult
  unit: Unit
  /** The drawn chart, whose picture is pinned with the data. */
  chartRef: RefObject<TimeSeriesChartHandle | null>
}

/**
 * "Pin to incident": keeps the full result, the picture and a caption with the incident, so the
 * chart still renders after Prometheus has dropped the data, and notes it on the timeline.
 */
export function PinControls({ incidentId, result, unit, chartRef }: PinControlsProps) {
  const { t } = useTranslation('evidence')
  const [caption, setCaption] = useState('')
  const pin = usePinChart()
  const setTab = useMetricsStore((state) => state.setTab)
  const pinIt = () => {
    const png = chartRef.current?.toPng(result.query) ?? null
    pin.mutate({
      incidentId,
      sourceName: result.sourceName,
      query: result.query,
      startMs: result.startMs,
      endMs: result.endMs,
      stepMs: result.stepMs,
      unit,
      caption,
      columns: result.columns,
      warnings: result.warnings,
      pngBase64: png ? png.replace(/^data:image\/png;base64,/, '') : null,
    })
  }
  return (
    <>
      <Group align="flex-end" gap="xs">
        <TextInput
          label={t('pin.caption')}
          placeholder={t('pin.captionPlaceholder')}
          value={caption}
          onChange={(event) => setCaption(event.currentTarget.value)}
          style={{ flex: 1 }}
          maxLength={2000}
        />
        <Button variant="light" onClick={pinIt} loading={pin.isPending}>
          {t('pin.button')}
        </Button>
      </Group>
      {pin.isSuccess && (
        <Alert color="green" variant="light" p="xs" role="status">
          <Group gap="xs">
            <Text size="sm">{t('pin.pinned')}</Text>
            <Button
              size="compact-xs"
              variant="subtle"
              onClick={() => setTab(incidentId, 'evidence')}
            >
              {t('pin.show')}
            </Button>
          </Group>
        </Alert>
      )}
      {pin.isError && (
        <Alert color="red" variant="light" p="xs" role="alert">
          {t('pin.failed', { reason: errorMessage(pin.error) })}
        </Alert>
      )}
    </>
  )
}
