import { Badge } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { useIsSample } from './queries'

/** Marks the shipped sample wherever an incident is listed or shown; nothing for real ones. */
export function SampleBadge({
  incidentId,
  size = 'sm',
}: {
  incidentId: string
  size?: 'sm' | 'md'
}) {
  const { t } = useTranslation('welcome')
  if (!useIsSample(incidentId)) return null
  return (
    <Badge color="cyan" variant="outline" radius="sm" size={size} title={t('badge.title')}>
      {t('badge.label')}
    </Badge>
  )
}
