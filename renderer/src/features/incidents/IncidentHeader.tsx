import { Anchor, Badge, Group, Stack, Text } from '@mantine/core'
import { Trans, useTranslation } from 'react-i18next'
import type { Incident } from '../../../../shared/domain/incident'
import { routeHref } from '../../app/router'
import { PageTitle } from '../../app/PageTitle'
import { Elapsed } from '../../ui/Elapsed'
import { TimeText } from '../../ui/TimeText'
import { KeyDurations } from '../lifecycle/KeyDurations'
import { RolesPanel } from '../lifecycle/RolesPanel'
import { SeverityControl } from '../lifecycle/SeverityControl'
import { StatusControl } from '../lifecycle/StatusControl'
import { IncidentTeamActions } from '../review/IncidentTeamActions'
import { useDisplayZone } from '../settings/queries'

export function IncidentHeader({ incident }: { incident: Incident }) {
  const { t } = useTranslation('incidents')
  const zone = useDisplayZone()
  return (
    <Stack gap={8}>
      <Anchor href={routeHref({ name: 'incidents' })} size="sm">
        {t('header.backToList')}
      </Anchor>
      <PageTitle documentTitle={incident.title}>{incident.title}</PageTitle>
      <Group gap="md" align="flex-start" wrap="wrap">
        <StatusControl incident={incident} />
        <SeverityControl incident={incident} />
        <Stack gap={2} mt={22}>
          <Elapsed
            label={incident.resolvedAt === null ? t('header.elapsed') : t('header.lasted')}
            from={incident.startedAt}
            until={incident.resolvedAt}
            fw={600}
          />
          <Text size="xs" c="dimmed" component="span">
            <Trans
              t={t}
              i18nKey="header.started"
              components={{ time: <TimeText ms={incident.startedAt} zone={zone} withDate /> }}
            />
          </Text>
        </Stack>
      </Group>
      <KeyDurations incident={incident} />
      {incident.services.length > 0 && (
        <Group gap={6} aria-label={t('header.services')}>
          {incident.services.map((service) => (
            <Badge key={service} variant="outline" color="gray" radius="sm" tt="none">
              {service}
            </Badge>
          ))}
        </Group>
      )}
      <RolesPanel incidentId={incident.id} />
      <IncidentTeamActions incidentId={incident.id} />
    </Stack>
  )
}
