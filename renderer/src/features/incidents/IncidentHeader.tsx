import { Anchor, Badge, Group, Stack, Text } from '@mantine/core'
import type { Incident } from '../../../../shared/domain/incident'
import { routeHref } from '../../app/router'
import { PageTitle } from '../../app/PageTitle'
import { Elapsed } from '../../ui/Elapsed'
import { TimeText } from '../../ui/TimeText'
import { useDisplayZone } from '../settings/queries'
import { SeverityBadge, StatusBadge } from './badges'

export function IncidentHeader({ incident }: { incident: Incident }) {
  const zone = useDisplayZone()
  return (
    <Stack gap={6}>
      <Anchor href={routeHref({ name: 'incidents' })} size="sm">
        ← Back to the list
      </Anchor>
      <PageTitle documentTitle={incident.title}>{incident.title}</PageTitle>
      <Group gap="md" align="center">
        <SeverityBadge severity={incident.severity} size="lg" />
        <StatusBadge status={incident.status} size="lg" />
        <Elapsed
          label={incident.resolvedAt === null ? 'Elapsed' : 'Lasted'}
          from={incident.startedAt}
          until={incident.resolvedAt}
          fw={600}
        />
        <Text size="sm" c="dimmed" component="span">
          Started <TimeText ms={incident.startedAt} zone={zone} withDate />
        </Text>
      </Group>
      {incident.services.length > 0 && (
        <Group gap={6} aria-label="Affected services">
          {incident.services.map((service) => (
            <Badge key={service} variant="outline" color="gray" radius="sm" tt="none">
              {service}
            </Badge>
          ))}
        </Group>
      )}
    </Stack>
  )
}
