import { Badge } from '@mantine/core'
import type { IncidentStatus, Severity } from '../../../../shared/domain/incident'
import { SEVERITY_MEANING } from '../../../../shared/domain/incident'
import { SEVERITY_COLOR, STATUS_COLOR } from '../../app/theme'

export function SeverityBadge({
  severity,
  size = 'sm',
}: {
  severity: Severity
  size?: 'sm' | 'md' | 'lg'
}) {
  return (
    <Badge
      color={SEVERITY_COLOR[severity]}
      variant="filled"
      radius="sm"
      size={size}
      title={SEVERITY_MEANING[severity]}
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
  return (
    <Badge color={STATUS_COLOR[status]} variant="light" radius="sm" size={size}>
      {status}
    </Badge>
  )
}
