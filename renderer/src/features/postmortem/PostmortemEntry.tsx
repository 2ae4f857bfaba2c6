import { Button } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { routeHref } from '../../app/router'

/**
 * The incident page's way to the postmortem. A plain link: opening the postmortem is what starts
 * it (prefilled, with a timeline event), so the incident page does not fetch it.
 */
export function PostmortemEntry({ incidentId }: { incidentId: string }) {
  const { t } = useTranslation('postmortem')
  return (
    <Button
      component="a"
      href={routeHref({ name: 'postmortem', incidentId })}
      variant="light"
      size="xs"
    >
      {t('entry')}
    </Button>
  )
}
