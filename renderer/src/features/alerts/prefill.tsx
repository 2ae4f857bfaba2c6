import { Alert, Text } from '@mantine/core'
import type { TFunction } from 'i18next'
import { useTranslation } from 'react-i18next'
import type { AlertView } from '../../../../shared/contract/prometheus'
import {
  incidentPrefillFromAlert,
  type IncidentPrefill,
} from '../../../../shared/domain/prometheus/alert-prefill'
import { formatDateTime, toDateTimeInputValue, type DisplayZone } from '../../ui/time'
import type { NewIncidentPrefill } from '../incidents/NewIncidentDialog'

/**
 * Why the form starts with this severity, in the UI language. The shared prefill words its reason
 * in English; the three cases it can be in are told apart here from the same label.
 */
function severityReason(alert: AlertView, prefill: IncidentPrefill, t: TFunction<'alerts'>) {
  const raw = alert.labels.severity ?? alert.labels.priority
  const severity = prefill.severity
  if (raw === undefined || raw.trim() === '') return t('prefill.severity.none', { severity })
  if (prefill.severityReason.startsWith('Unrecognised'))
    return t('prefill.severity.unknown', { raw, severity })
  return t('prefill.severity.known', { raw })
}

function PrefillNote({ alert, zone }: { alert: AlertView; zone: DisplayZone }) {
  const { t } = useTranslation('alerts')
  const parts = [
    severityReason(alert, incidentPrefillFromAlert(alert), t),
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
