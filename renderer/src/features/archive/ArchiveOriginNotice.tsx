import { Alert, Text } from '@mantine/core'
import { TimeText } from '../../ui/TimeText'
import { useDisplayZone } from '../settings/queries'
import { useArchiveOrigin } from './queries'

/** Says that an incident came from the shared archive and cannot be changed here. */
export function ArchiveOriginNotice({ incidentId }: { incidentId: string }) {
  const zone = useDisplayZone()
  const origin = useArchiveOrigin(incidentId).data
  if (!origin) return null
  return (
    <Alert color="cyan" variant="light" title="From the shared archive (read-only)">
      <Text size="sm">
        Synced from{' '}
        <Text span ff="monospace" size="xs">
          {origin.path}
        </Text>{' '}
        on <TimeText ms={origin.syncedAt} zone={zone} withDate />. Changes belong where it was
        published; review comments stay on this machine.
      </Text>
    </Alert>
  )
}
