import { Anchor, Group, Paper, Stack, Text, Title } from '@mantine/core'
import { POSTMORTEM_STATUS_LABELS } from '../../../../shared/domain/postmortem/model'
import { routeHref } from '../../app/router'
import { TimeText } from '../../ui/TimeText'
import { SeverityBadge } from '../incidents/badges'
import { useDisplayZone } from '../settings/queries'
import { ArchiveBadge, postmortemHref } from './LibraryResults'
import { useSimilarIncidents } from './queries'

/**
 * Past incidents like this one (same service or alert, similar words), with their postmortems:
 * what the team learned last time, at hand while this one is being worked. Shows nothing when
 * there is nothing similar.
 */
export function SimilarIncidents({ incidentId }: { incidentId: string }) {
  const zone = useDisplayZone()
  const similar = useSimilarIncidents(incidentId)
  if (!similar.data || similar.data.length === 0) return null
  return (
    <Paper withBorder p="sm" component="section" aria-labelledby="similar-heading">
      <Title order={2} size="h5" id="similar-heading" mb={6}>
        Similar past incidents
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
                {item.reasons.join(' · ')}
              </Text>
              {item.postmortemStatus ? (
                <Anchor href={postmortemHref(item.id)} size="xs">
                  Read its postmortem (
                  {POSTMORTEM_STATUS_LABELS[item.postmortemStatus].toLowerCase()})
                </Anchor>
              ) : (
                <Text size="xs" c="dimmed">
                  No postmortem
                </Text>
              )}
            </Group>
          </Stack>
        ))}
      </Stack>
    </Paper>
  )
}
