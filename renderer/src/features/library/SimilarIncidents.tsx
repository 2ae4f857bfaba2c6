import { Anchor, Group, Paper, Stack, Text, Title } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { SimilarIncident } from '../../../../shared/contract/library'
import { routeHref } from '../../app/router'
import { wordMessage } from '../../i18n/messages'
import { TimeText } from '../../ui/TimeText'
import { SeverityBadge } from '../incidents/badges'
import { useDisplayZone } from '../settings/queries'
import { ArchiveBadge, postmortemHref } from './LibraryResults'
import { useSimilarIncidents } from './queries'

/** Why an incident is suggested, in the UI language: "Same service: checkout · Same alert: …". */
export function reasonsText(item: Pick<SimilarIncident, 'reasons' | 'reasonTexts'>): string {
  return item.reasons
    .map((english, index) => wordMessage(item.reasonTexts[index], english))
    .join(' · ')
}

/**
 * Past incidents like this one (same service or alert, similar words), with their postmortems:
 * what the team learned last time, at hand while this one is being worked. Shows nothing when
 * there is nothing similar.
 */
export function SimilarIncidents({ incidentId }: { incidentId: string }) {
  const { t } = useTranslation('library')
  const zone = useDisplayZone()
  const similar = useSimilarIncidents(incidentId)
  if (!similar.data || similar.data.length === 0) return null
  return (
    <Paper withBorder p="sm" component="section" aria-labelledby="similar-heading">
      <Title order={2} size="h5" id="similar-heading" mb={6}>
        {t('similar.title')}
      </Title>
      <Stack gap={8} component="ul" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
        {similar.data.map((item) => (
          <Stack key={item.id} gap={2} component="li">
            <Group gap="xs" wrap="nowrap" align="baseline">
              <SeverityBadge severity={item.severity} />
              <Anchor href={routeHref({ name: 'incident', id: item.id })} size="sm" fw={600}>
                {item.title}
              </Anchor>
              {item.origin && <ArchiveBadge path={item.origin.path} />}
            </Group>
            <Group gap="xs">
              <Text size="xs" c="dimmed">
                <TimeText ms={item.startedAt} zone={zone} withDate size="xs" /> ·{' '}
                {reasonsText(item)}
              </Text>
              {item.postmortemStatus ? (
                <Anchor href={postmortemHref(item.id)} size="xs">
                  {t('similar.readPostmortem', {
                    status: t(`postmortemStatus.${item.postmortemStatus}`),
                  })}
                </Anchor>
              ) : (
                <Text size="xs" c="dimmed">
                  {t('similar.noPostmortem')}
                </Text>
              )}
            </Group>
          </Stack>
        ))}
      </Stack>
    </Paper>
  )
}
