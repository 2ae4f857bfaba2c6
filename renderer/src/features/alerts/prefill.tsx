import { Alert, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { AlertView } from '../../../../shared/contract/prometheus'
import { incidentPrefillFromAlert } from '../../../../shared/domain/prometheus/alert-prefill'
import { wordShared } from '../../i18n/messages'
import { formatDateTime, toDateTimeInputValue, type DisplayZone } from '../../ui/time'
import type { NewIncidentPrefill } from '../incidents/NewIncidentDialog'

function PrefillNote({ alert, zone }: { alert: AlertView; zone: DisplayZone }) {
  const { t } = useTranslation('alerts')
  const parts = [
    wordShared(incidentPrefillFromAlert(alert).severityReasonText),
    alert.labels.service ? t('prefill.servicesFromService') : t('prefill.servicesFromJob'),
    alert.activeAt === null
      ? ''
      : t('prefill.detected', { time: formatDateTime(alert.activeAt, zone) }),
    t('prefill.recorded'),
  ]
  return (
    <Alert color="blue" variant="light" p="xs" title={t('prefill.title', { name: alert.name })}>
      <Text size="xs">{parts.filter(Boolean).join(' ')}</Text>
    </Alert>
  )
}

/** The New incident form's starting values for an alert, and a note saying where they came from. */
export function prefillFromAlert(
  alert: AlertView,
  source: { id: string; name: string },
  zone: DisplayZone,
): NewIncidentPrefill {
  const prefill = incidentPrefillFromAlert(alert)
  const activeAt = alert.activeAt
  return {
    draft: {
      title: prefill.title,
      severity: prefill.severity,
      services: prefill.services.join(', '),
      ...(activeAt === null
        ? {}
        : { startedAt: { value: toDateTimeInputValue(activeAt, zone), badInput: false } }),
    },
    extra: {
      summary: prefill.summary,
      ...(activeAt === null ? {} : { detectedAt: activeAt }),
      alert: {
        sourceId: alert.origin === 'prometheus' ? source.id : null,
        sourceName: source.name,
        name: alert.name,
        labels: alert.labels,
        annotations: alert.annotations,
        activeAt,
        expr: alert.expr,
        value: alert.value,
      },
    },
    note: <PrefillNote alert={alert} zone={zone} />,
  }
}
