import { memo } from 'react'
import { Badge, Tooltip } from '@mantine/core'
import { Trans, useTranslation } from 'react-i18next'
import type { LibraryItem } from '../../../../shared/contract/library'
import { routeHref } from '../../app/router'
import { PlainBadge } from '../../ui/PlainBadge'
import { describeZone, formatDateTime, type DisplayZone } from '../../ui/time'
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
  const when = formatDateTime(item.startedAt, zone)
  const started = (
    <time
      className={classes.time}
      dateTime={new Date(item.startedAt).toISOString()}
      title={`${when}, ${describeZone(item.startedAt, zone)}`}
    >
      {when}
    </time>
  )
  return (
    <div className={classes.meta}>
      <StatusBadge status={item.status} />
      <span className={classes.dimmedXs}>
        <Trans t={t} i18nKey="item.started" components={{ time: started }} />
      </span>
      {item.services.map((service) => (
        <PlainBadge key={service} variant="outline" color="gray" keepCase>
          {service}
        </PlainBadge>
      ))}
      {item.tags.map((tag) => (
        <PlainBadge key={tag} variant="light" color="indigo" radius="xl" keepCase>
          #{tag}
        </PlainBadge>
      ))}
      {item.origin && <ArchiveBadge path={item.origin.path} />}
    </div>
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

// Rows are plain elements styled by Library.module.css, not Mantine layout components: the
// Library renders fifty of them at start, and Mantine's per-component work was most of that.
function LibraryResultItem({ item, zone }: ResultProps) {
  const { t } = useTranslation('library')
  return (
    <li className={classes.item}>
      <div className={classes.heading}>
        <SeverityBadge severity={item.severity} />
        <a className={classes.title} href={routeHref({ name: 'incident', id: item.id })}>
          {item.titleHighlight ? <Highlighted segments={item.titleHighlight} /> : item.title}
        </a>
        {item.sample && (
          <PlainBadge color="cyan" variant="outline" title={t('sampleBadge.title')}>
            {t('sampleBadge.label')}
          </PlainBadge>
        )}
        {item.postmortemStatus && (
          <a className={classes.postmortemLink} href={postmortemHref(item.id)}>
            {t('item.postmortem', { status: t(`postmortemStatus.${item.postmortemStatus}`) })}
          </a>
        )}
      </div>
      <ItemMeta item={item} zone={zone} />
      {item.snippet && (
        <p className={classes.snippet}>
          <span className={classes.snippetSource}>
            {t('item.snippetSource', { source: t(`source.${item.snippet.source}`) })}
          </span>
          <Highlighted segments={item.snippet.segments} />
        </p>
      )}
      {item.matchedIn.length > 0 && (
        <p className={classes.dimmedXs}>
          {t('item.foundIn', {
            sources: item.matchedIn.map((source) => t(`source.${source}`)).join(', '),
          })}
        </p>
      )}
    </li>
  )
}
