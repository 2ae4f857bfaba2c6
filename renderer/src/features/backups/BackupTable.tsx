import { Badge, Button, Table, Text } from '@mantine/core'
import type { BackupInfoView } from '../../../../shared/contract/maintenance'
import { TimeText } from '../../ui/TimeText'
import { useDisplayZone } from '../settings/queries'
import { backupReason, formatBytes } from './format'

interface BackupTableProps {
  backups: BackupInfoView[]
  onRestore: (backup: BackupInfoView) => void
  /** The backup to point out, e.g. the newest good one on the recovery screen. */
  recommended?: string | undefined
}

export function BackupTable({ backups, onRestore, recommended }: BackupTableProps) {
  const zone = useDisplayZone()
  if (backups.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        No backups yet. Firebreak takes one at start, every 10 minutes while an incident is open,
        and before every update.
      </Text>
    )
  }
  return (
    <Table striped aria-label="Backups, newest first" verticalSpacing={6}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>Taken</Table.Th>
          <Table.Th>Why</Table.Th>
          <Table.Th>Size</Table.Th>
          <Table.Th>Incidents</Table.Th>
          <Table.Th aria-label="Actions" />
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {backups.map((backup) => (
          <Table.Tr key={backup.file}>
            <Table.Td>
              <TimeText ms={backup.createdAt} zone={zone} withDate size="sm" />
              {backup.file === recommended && (
                <Badge ml="xs" size="sm" color="green" variant="light">
                  newest good
                </Badge>
              )}
            </Table.Td>
            <Table.Td>{backupReason(backup.reason)}</Table.Td>
            <Table.Td>{formatBytes(backup.sizeBytes)}</Table.Td>
            <Table.Td>
              {backup.good ? (
                (backup.incidentCount ?? '—')
              ) : (
                <Badge color="red" variant="light" size="sm">
                  damaged
                </Badge>
              )}
            </Table.Td>
            <Table.Td ta="right">
              <Button
                size="xs"
                variant={backup.file === recommended ? 'filled' : 'default'}
                disabled={!backup.good}
                onClick={() => onRestore(backup)}
                aria-label={`Restore backup ${backup.file}`}
              >
                Restore
              </Button>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  )
}
