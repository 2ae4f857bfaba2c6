import { startTransition, useEffect, useMemo, useState } from 'react'
import { Button, Group, Loader, Stack, Text, TextInput } from '@mantine/core'
import { useDebouncedValue } from '@mantine/hooks'
import { useTranslation } from 'react-i18next'
import { useShallow } from 'zustand/react/shallow'
import { PageTitle } from '../../app/PageTitle'
import { formatNumber } from '../../i18n/format'
import { EmptyState, Loading, QueryError } from '../../ui/states'
import type { DisplayZone } from '../../ui/time'
import { useDisplayZone } from '../settings/queries'
import { LibraryFilters } from './LibraryFilters'
import type { LibraryItem } from '../../../../shared/contract/library'
import { LibraryResult } from './LibraryResults'
import { useLibrarySearch } from './queries'
import { isFiltered, searchParams, useLibraryStore } from './store'

const TYPING_PAUSE_MS = 200
/** About a tall screen's worth of results. */
const FIRST_ROWS = 12

export function LibraryPage() {
  const { t } = useTranslation('library')
  const text = useLibraryStore((state) => state.text)
  const setView = useLibraryStore((state) => state.set)
  // The fields that filter, picked one by one so typing does not redo the filters.
  const picked = useLibraryStore(
    useShallow(({ severities, status, service, tag, from, to, origin, sort }) => ({
      severities,
      status,
      service,
      tag,
      from,
      to,
      origin,
      sort,
    })),
  )
  const [query] = useDebouncedValue(text, TYPING_PAUSE_MS)
  const params = useMemo(() => searchParams(picked, query), [query, picked])
  return (
    <Stack gap="md">
      <PageTitle>{t('title')}</PageTitle>
      <Text c="dimmed" size="sm" maw={720}>
        {t('intro')}
      </Text>
      <TextInput
        label={t('search.label')}
        placeholder={t('search.placeholder')}
        value={text}
        onChange={(event) => setView({ text: event.currentTarget.value })}
        maw={640}
        rightSection={query !== text ? <Loader size="xs" aria-hidden /> : null}
      />
      <LibraryFilters />
      <Results params={params} />
    </Stack>
  )
}

function Results({ params }: { params: Parameters<typeof useLibrarySearch>[0] }) {
  const { t } = useTranslation('library')
  const zone = useDisplayZone()
  const search = useLibrarySearch(params)
  const view = useLibraryStore()
  if (search.isPending) return <Loading label={t('loading')} />
  if (search.isError) {
    return (
      <QueryError what={t('what')} error={search.error} onRetry={() => void search.refetch()} />
    )
  }
  const pages = search.data.pages
  const total = pages[0]?.total ?? 0
  const items = pages.flatMap((page) => page.items)
  const searching = (pages[0]?.terms.length ?? 0) > 0
  if (total === 0) {
    return searching || isFiltered(view) ? (
      <EmptyState title={t('noMatch.title')}>{t('noMatch.body')}</EmptyState>
    ) : (
      <EmptyState title={t('empty.title')}>{t('empty.body')}</EmptyState>
    )
  }
  return (
    <Stack gap="xs">
      <Text size="sm" c="dimmed" role="status" aria-live="polite">
        {t('count.incidents', { count: total, formatted: formatNumber(total) })}
        {searching ? t('count.matching', { terms: pages[0]?.terms.join(' ') }) : ''}
        {items.length < total ? t('count.showing', { shown: formatNumber(items.length) }) : ''}
      </Text>
      <ResultList items={items} zone={zone} label={t('listLabel')} />
      {search.hasNextPage && (
        <Group>
          <Button
            variant="default"
            onClick={() => void search.fetchNextPage()}
            loading={search.isFetchingNextPage}
          >
            {t('showMore')}
          </Button>
        </Group>
      )}
    </Stack>
  )
}

/**
 * The results. When the list first appears, the first screenful renders with the answer and the
 * rest of the page right after, in the background: rendering all fifty rows took a few hundred
 * milliseconds at start, all before anything could be clicked. Later answers render whole.
 */
function ResultList({
  items,
  zone,
  label,
}: {
  items: LibraryItem[]
  zone: DisplayZone
  label: string
}) {
  const [limit, setLimit] = useState(FIRST_ROWS)
  useEffect(() => startTransition(() => setLimit(Infinity)), [])
  return (
    <ul aria-label={label} style={{ listStyle: 'none', margin: 0, padding: 0 }}>
      {items.slice(0, limit).map((item) => (
        <LibraryResult key={item.id} item={item} zone={zone} />
      ))}
    </ul>
  )
}
