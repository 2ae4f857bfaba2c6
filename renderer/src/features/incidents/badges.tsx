import type { IncidentStatus, Severity } from '../../../../shared/domain/incident'
import { SEVERITY_COLOR, STATUS_COLOR } from '../../app/theme'
import { PlainBadge } from '../../ui/PlainBadge'
import { useIncidentLabels } from './labels'

export function SeverityBadge({
  severity,
  size = 'sm',
}: {
  severity: Severity
  size?: 'sm' | 'md' | 'lg'
}) {
  const labels = useIncidentLabels()
  return (
    <PlainBadge
      color={SEVERITY_COLOR[severity]}
      variant="filled"
      size={size}
      title={labels.severityMeaning(severity)}
    >
      {severity}
    </PlainBadge>
  )
}

export function StatusBadge({
  status,
  size = 'sm',
}: {
  status: IncidentStatus
  size?: 'sm' | 'md' | 'lg'
}) {
  const labels = useIncidentLabels()
  return (
    <PlainBadge color={STATUS_COLOR[status]} variant="light" size={size}>
      {labels.status(status)}
    </PlainBadge>
  )
}
