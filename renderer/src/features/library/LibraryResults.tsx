import { memo } from 'react'
import { Anchor, Badge, Group, Stack, Text, Tooltip } from '@mantine/core'
import { Trans, useTranslation } from 'react-i18next'
import type { LibraryItem } from '../../../../shared/contract/library'
import { routeHref } from '../../app/router'
import { TimeText } from '../../ui/TimeText'
import type { DisplayZone } from '../../ui/time'
import { SeverityBadge, StatusBadge } from '../incidents/badges'
import { Highlighted } from './Highlighted'
import classes from './Library.module.css'

/** Where the postmortem editor lives (the postmortem feature's route). */
export const postmortemHref = (incidentId: string) =>
  `#/incidents/${encodeURIComponent(incidentId)}/postmortem`

export function ArchiveBadge({ path }: { path: string }) {
  const { t } = useTranslation('library')
  return (
    <Tooltip label={t('archiveBadge.tooltip', { path })} withArrow>
      <Badge variant="outline" color="cyan" radius="sm" size="sm" tabIndex={0}>
        {t('archiveBadge.label')}
      </Badge>
    </Tooltip>
  )
}

function ItemMeta({ item, zone }: { item: LibraryItem; zone: DisplayZone }) {
  const { t } = useTranslation('library')
  return (
    <Group gap={8} wrap="wrap">
      <StatusBadge status={item.status} />
      <Text size="xs" c="dimmed" component="span">
        <Trans
          t={t}
          i18nKey="item.started"
          components={{ time: <TimeText ms={item.startedAt} zone={zone} withDate size="xs" /> }}
        />
      </Text>
      {item.services.map((service) => (
        <Badge key={service} variant="outline" color="gray" radius="sm" size="sm" tt="none">
          {service}
        </Badge>
      ))}
      {item.tags.map((tag) => (
        <Badge key={tag} variant="light" color="indigo" radius="xl" size="sm" tt="none">
          #{tag}
        </Badge>
      ))}
      {item.origin && <ArchiveBadge path={item.origin.path} />}
    </Group>
  )
}

interface ResultProps {
  item: LibraryItem
  zone: DisplayZone
}

/** One result; its item keeps its identity across refetches, and the zone is compared by value
 *  (it is a new object on every render), so the list does not render again for nothing. */
export const LibraryResult = memo(
  LibraryResultItem,
  (before: ResultProps, after: ResultProps) =>
    before.item === after.item &&
    before.zone.kind === after.zone.kind &&
    before.zone.timeZone === after.zone.timeZone,
)

function LibraryResultItem({ item, zone }: ResultProps) {
  const { t } = useTranslation('library')
  return (
    <li className={classes.item}>
      <Stack gap={4}>
        <Group gap="xs" wrap="nowrap" align="baseline">
          <SeverityBadge severity={item.severity} />
          <Anchor href={routeHref({ name: 'incident', id: item.id })} fw={600}>
            {item.titleHighlight ? <Highlighted segments={item.titleHighlight} /> : item.title}
          </Anchor>
          {item.sample && (
            <Badge
              color="cyan"
              variant="outline"
              radius="sm"
              size="sm"
              title={t('sampleBadge.title')}
            >
              {t('sampleBadge.label')}
            </Badge>
          )}
          {item.postmortemStatus && (
            <Anchor href={postmortemHref(item.id)} size="sm" style={{ whiteSpace: 'nowrap' }}>
              {t('item.postmortem', { status: t(`postmortemStatus.${item.postmortemStatus}`) })}
            </Anchor>
          )}
        </Group>
        <ItemMeta item={item} zone={zone} />
        {item.snippet && (
          <Text size="sm" className={classes.snippet}>
            <Text span fw={600} size="sm">
              {t('item.snippetSource', { source: t(`source.${item.snippet.source}`) })}
            </Text>
            <Highlighted segments={item.snippet.segments} />
          </Text>
        )}
        {item.matchedIn.length > 0 && (
          <Text size="xs" c="dimmed">
            {t('item.foundIn', {
              sources: item.matchedIn.map((source) => t(`source.${source}`)).join(', '),
            })}
          </Text>
        )}
      </Stack>
    </li>
  )
}
