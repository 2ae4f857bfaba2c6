import { Alert, Text } from '@mantine/core'
import { Trans, useTranslation } from 'react-i18next'
import { TimeText } from '../../ui/TimeText'
import { useDisplayZone } from '../settings/queries'
import { useArchiveOrigin } from './queries'

/** Says that an incident came from the shared archive and cannot be changed here. */
export function ArchiveOriginNotice({ incidentId }: { incidentId: string }) {
  const { t } = useTranslation('archive')
  const zone = useDisplayZone()
  const origin = useArchiveOrigin(incidentId).data
  if (!origin) return null
  return (
    <Alert color="cyan" variant="light" title={t('origin.title')}>
      <Text size="sm">
        <Trans
          t={t}
          i18nKey="origin.body"
          values={{ path: origin.path }}
          components={{
            path: <Text span ff="monospace" size="xs" />,
            time: <TimeText ms={origin.syncedAt} zone={zone} withDate />,
          }}
        />
      </Text>
    </Alert>
  )
}
