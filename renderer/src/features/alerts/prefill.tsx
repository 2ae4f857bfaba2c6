import { Alert, Text } from '@mantine/core'
import type { AlertView } from '../../../../shared/contract/prometheus'
import { incidentPrefillFromAlert } from '../../../../shared/domain/prometheus/alert-prefill'
import { formatDateTime, toDateTimeInputValue, type DisplayZone } from '../../ui/time'
import type { NewIncidentPrefill } from '../incidents/NewIncidentDialog'

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
    note: (
      <Alert color="blue" variant="light" p="xs" title={`From alert ${alert.name}`}>
        <Text size="xs">
          {prefill.severityReason} Services from the {alert.labels.service ? 'service' : 'job'}{' '}
          label.
          {activeAt !== null &&
            ` Detected at ${formatDateTime(activeAt, zone)}, when the alert became active.`}{' '}
          The alert is recorded on the timeline.
        </Text>
      </Alert>
    ),
  }
}
