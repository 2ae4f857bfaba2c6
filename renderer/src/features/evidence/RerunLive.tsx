import { useState } from 'react'
import { Alert, Button, Group, SegmentedControl, Stack, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { useQuery } from '@tanstack/react-query'
import type { ChartEvidencePayload } from '../../../../shared/contract/prometheus'
import { TimeSeriesChart } from '../../ui/charts/TimeSeriesChart'
import type { ChartMarker } from '../../ui/charts/markers'
import type { DisplayZone } from '../../ui/time'
import { useChosenSource } from '../data-sources/source-store'
import { describeQueryError } from '../query/query-error'
import { fetchRange } from '../query/range-query'
import { SeriesNotices } from '../query/QueryResultView'

type LiveRange = 'same' | 'now'

interface RerunLiveProps {
  payload: ChartEvidencePayload
  zone: DisplayZone
  markers: readonly ChartMarker[]
}

/** The pinned query asked again now, over the same window or the same length up to now. */
export function RerunLive({ payload, zone, markers }: RerunLiveProps) {
  const { t } = useTranslation('evidence')
  const { source } = useChosenSource('prometheus')
  const [range, setRange] = useState<LiveRange>('now')
  const [asked, setAsked] = useState<{ at: number; range: LiveRange } | null>(null)
  const span = payload.endMs - payload.startMs
  const query =
    asked && source
      ? {
          sourceId: source.id,
          query: payload.query,
          startMs: asked.range === 'same' ? payload.startMs : asked.at - span,
          endMs: asked.range === 'same' ? payload.endMs : asked.at,
          stepMs: payload.stepMs,
          unit: payload.unit,
        }
      : null
  const live = useQuery({
    queryKey: ['evidence', 'live', query],
    queryFn: ({ signal }) => fetchRange(query!, signal),
    enabled: query !== null,
    retry: false,
    staleTime: Infinity,
  })
  const failure = live.isError ? describeQueryError(live.error, payload.query) : null
  return (
    <Stack gap="xs">
      <Group gap="xs">
        <Button
          size="xs"
          variant="light"
          disabled={!source}
          loading={live.isFetching}
          onClick={() => setAsked({ at: Date.now(), range })}
        >
          {t('live.rerun')}
        </Button>
        <SegmentedControl
          size="xs"
          value={range}
          onChange={(value) => setRange(value as LiveRange)}
          data={[
            { value: 'now', label: t('live.upToNow') },
            { value: 'same', label: t('live.sameWindow') },
          ]}
          aria-label={t('live.rangeLabel')}
        />
        {!source && (
          <Text size="xs" c="dimmed">
            {t('live.noSource')}
          </Text>
        )}
      </Group>
      {failure && (
        <Alert color="red" variant="light" p="xs" title={failure.title} role="alert">
          <Text size="sm">{t('live.unaffected', { message: failure.message })}</Text>
        </Alert>
      )}
      {live.data && source && (
        <Stack gap={4}>
          <Text size="xs" fw={600}>
            {asked?.range === 'same'
              ? t('live.fromSameWindow', { source: source.name })
              : t('live.fromUpToNow', { source: source.name })}
          </Text>
          <SeriesNotices chart={live.data.chart} />
          <TimeSeriesChart
            data={live.data.chart}
            unit={payload.unit}
            zone={zone}
            markers={markers}
            label={t('live.label', { query: payload.query })}
            height={220}
          />
        </Stack>
      )}
    </Stack>
  )
}
