import { Badge } from '@mantine/core'
import { useIsSample } from './queries'

/** Marks the shipped sample wherever an incident is listed or shown; nothing for real ones. */
export function SampleBadge({
  incidentId,
  size = 'sm',
}: {
  incidentId: string
  size?: 'sm' | 'md'
}) {
  if (!useIsSample(incidentId)) return null
  return (
    <Badge
      color="cyan"
      variant="outline"
      radius="sm"
      size={size}
      title="Made-up data to explore Firebreak; safe to delete"
    >
      Sample
    </Badge>
  )
}
