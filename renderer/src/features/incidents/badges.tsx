import { Badge } from '@mantine/core'
import type { IncidentStatus, Severity } from '../../../../shared/domain/incident'
import { SEVERITY_COLOR, STATUS_COLOR } from '../../app/theme'
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
    <Badge
      color={SEVERITY_COLOR[severity]}
      variant="filled"
      radius="sm"
      size={size}
      title={labels.severityMeaning(severity)}
    >
      {severity}
    </Badge>
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
    <Badge color={STATUS_COLOR[status]} variant="light" radius="sm" size={size}>
      {labels.status(status)}
    </Badge>
  )
}
