import { Button, Group } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { routeHref } from '../../app/router'
import { ArchiveOriginNotice } from '../archive/ArchiveOriginNotice'
import { PublishToArchive } from '../archive/PublishToArchive'
import { useArchiveOrigin } from '../archive/queries'

/** On the incident page: the way to its review, publishing, and where it came from. */
export function IncidentTeamActions({ incidentId }: { incidentId: string }) {
  const { t } = useTranslation('review')
  const fromArchive = Boolean(useArchiveOrigin(incidentId).data)
  return (
    <>
      <Group gap="sm">
        <Button
          component="a"
          href={routeHref({ name: 'review', incidentId })}
          size="xs"
          variant="light"
        >
          {t('button')}
        </Button>
        {!fromArchive && <PublishToArchive incidentId={incidentId} />}
      </Group>
      <ArchiveOriginNotice incidentId={incidentId} />
    </>
  )
}
