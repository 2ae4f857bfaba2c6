import { useState } from 'react'
import { Alert, Button, Group, Stack, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { AlertView } from '../../../../shared/contract/prometheus'
import { PageTitle } from '../../app/PageTitle'
import { formatNumber } from '../../i18n/format'
import { wordMessage } from '../../i18n/messages'
import { EmptyState, Loading, QueryError } from '../../ui/states'
import { useNow } from '../../ui/useNow'
import { useChosenSource } from '../data-sources/source-store'
import { SourceSelect } from '../data-sources/SourceSelect'
import { NewIncidentDialog, type NewIncidentPrefill } from '../incidents/NewIncidentDialog'
import { useDisplayZone } from '../settings/queries'
import { AlertCard } from './AlertCard'
import { prefillFromAlert } from './prefill'
import { useAlerts } from './queries'

function Summary({ alerts, source }: { alerts: readonly AlertView[]; source: string }) {
  const { t } = useTranslation('alerts')
  const firing = alerts.filter((alert) => alert.state === 'firing').length
  const pending = alerts.filter((alert) => alert.state === 'pending').length
  return t('summary', {
    firing: formatNumber(firing),
    pending: t('pendingCount', { count: pending, formatted: formatNumber(pending) }),
    source,
  })
}

/** What is firing now, from Prometheus (and Alertmanager's silences when configured). */
export function AlertsPage() {
  const { t } = useTranslation('alerts')
  const zone = useDisplayZone()
  const now = useNow(30_000)
  const { source } = useChosenSource('prometheus')
  const { source: manager } = useChosenSource('alertmanager')
  const alerts = useAlerts(source?.id ?? null, manager?.id ?? null)
  const [prefill, setPrefill] = useState<NewIncidentPrefill | null>(null)
  const declare = (alert: AlertView) => source && setPrefill(prefillFromAlert(alert, source, zone))
  return (
    <Stack gap="md" maw={980}>
      <Group justify="space-between" align="flex-end">
        <PageTitle>{t('title')}</PageTitle>
        <Group align="flex-end" gap="sm">
          <SourceSelect kind="prometheus" />
          <SourceSelect kind="alertmanager" optional />
          <Button
            variant="default"
            onClick={() => void alerts.refetch()}
            loading={alerts.isFetching}
            disabled={!source}
          >
            {t('refresh')}
          </Button>
        </Group>
      </Group>
      {!source ? null : alerts.isPending ? (
        <Loading label={t('reading')} />
      ) : alerts.isError ? (
        <QueryError what={t('what')} error={alerts.error} onRetry={() => void alerts.refetch()} />
      ) : (
        <>
          {alerts.data.alertmanagerError && (
            <Alert color="yellow" variant="light" title={t('alertmanagerError.title')}>
              {t('alertmanagerError.body', {
                error: wordMessage(
                  alerts.data.alertmanagerErrorText,
                  alerts.data.alertmanagerError,
                ),
              })}
            </Alert>
          )}
          {alerts.data.alerts.length === 0 ? (
            <EmptyState title={t('nothing.title')}>
              {t('nothing.body', { source: source.name })}
            </EmptyState>
          ) : (
            <Stack gap="sm" component="section" aria-label={t('listLabel')}>
              <Text size="sm" c="dimmed">
                <Summary alerts={alerts.data.alerts} source={source.name} />
              </Text>
              {alerts.data.alerts.map((alert) => (
                <AlertCard
                  key={alert.key}
                  alert={alert}
                  zone={zone}
                  now={now}
                  onDeclare={() => declare(alert)}
                />
              ))}
            </Stack>
          )}
        </>
      )}
      <NewIncidentDialog
        opened={prefill !== null}
        onClose={() => setPrefill(null)}
        prefill={prefill ?? undefined}
      />
    </Stack>
  )
}
