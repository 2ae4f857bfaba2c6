import { useState } from 'react'
import { Alert, Button, Group, Stack, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { SloRecord } from '../../../../shared/contract/slo'
import type { Incident } from '../../../../shared/domain/incident'
import { errorMessage } from '../../bridge'
import { Loading } from '../../ui/states'
import { useChosenSource } from '../data-sources/source-store'
import { useDisplayZone } from '../settings/queries'
import { useSloEvaluation, useSlos } from './queries'
import { SloCard } from './SloCard'
import { SloForm } from './SloForm'

/** The incident's impact in SLO terms: for each SLO of its services, what it burned. */
export function SloImpactPanel({ incident }: { incident: Incident }) {
  const { t } = useTranslation('slo')
  const zone = useDisplayZone()
  const { source } = useChosenSource('prometheus')
  const slos = useSlos()
  const evaluation = useSloEvaluation(source?.id ?? null, incident.id, null)
  const [editing, setEditing] = useState<SloRecord | 'new' | null>(null)
  const ours = (slos.data ?? []).filter((slo) => incident.services.includes(slo.definition.service))
  const services = incident.services
  return (
    <Stack gap="sm">
      <Group justify="space-between">
        <Text size="sm" c="dimmed" maw={560}>
          {t('panel.intro', {
            services: services.length > 0 ? services.join(', ') : t('panel.noServicesSet'),
          })}
        </Text>
        <Group gap="xs">
          <Button
            size="xs"
            variant="default"
            onClick={() => void evaluation.refetch()}
            disabled={!source || ours.length === 0}
            loading={evaluation.isFetching}
          >
            {t('panel.refresh')}
          </Button>
          <Button
            size="xs"
            variant="light"
            onClick={() => setEditing('new')}
            disabled={editing === 'new'}
          >
            {t('panel.add')}
          </Button>
        </Group>
      </Group>
      {editing !== null && (
        <SloForm
          key={editing === 'new' ? 'new' : editing.id}
          services={services}
          slo={editing === 'new' ? undefined : editing}
          onDone={() => setEditing(null)}
        />
      )}
      {slos.isSuccess && ours.length === 0 && editing === null && (
        <Text size="sm">
          {services.length > 0
            ? t('panel.noSlo', { services: services.join(t('panel.or')) })
            : t('panel.noSloNoServices')}
        </Text>
      )}
      {ours.length > 0 && !source && (
        <Text size="sm" c="dimmed">
          {t('panel.noSource')}
        </Text>
      )}
      {ours.length > 0 && evaluation.isPending && source && (
        <Loading label={t('panel.computing')} />
      )}
      {evaluation.isError && (
        <Alert color="red" variant="light" role="alert" title={t('panel.failedTitle')}>
          {t('panel.failed', { reason: errorMessage(evaluation.error) })}
        </Alert>
      )}
      {(evaluation.data ?? []).map((result) => (
        <SloCard
          key={result.slo.id}
          evaluation={result}
          zone={zone}
          onEdit={() => setEditing(result.slo)}
        />
      ))}
    </Stack>
  )
}
