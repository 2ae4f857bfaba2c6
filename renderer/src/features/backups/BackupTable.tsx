import { Badge, Button, Table, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
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
  const { t } = useTranslation('backups')
  const zone = useDisplayZone()
  if (backups.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t('table.empty')}
      </Text>
    )
  }
  return (
    <Table striped aria-label={t('table.label')} verticalSpacing={6}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('table.taken')}</Table.Th>
          <Table.Th>{t('table.why')}</Table.Th>
          <Table.Th>{t('table.size')}</Table.Th>
          <Table.Th>{t('table.incidents')}</Table.Th>
          <Table.Th aria-label={t('table.actions')} />
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {backups.map((backup) => (
          <Table.Tr key={backup.file}>
            <Table.Td>
              <TimeText ms={backup.createdAt} zone={zone} withDate size="sm" />
              {backup.file === recommended && (
                <Badge ml="xs" size="sm" color="green" variant="light">
                  {t('table.newestGood')}
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
                  {t('table.damaged')}
                </Badge>
              )}
            </Table.Td>
            <Table.Td ta="right">
              <Button
                size="xs"
                variant={backup.file === recommended ? 'filled' : 'default'}
                disabled={!backup.good}
                onClick={() => onRestore(backup)}
                aria-label={t('table.restoreLabel', { file: backup.file })}
              >
                {t('table.restore')}
              </Button>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  )
}
