import { useMemo } from 'react'
import { Button, Group, Loader, Stack, Text, TextInput } from '@mantine/core'
import { useDebouncedValue } from '@mantine/hooks'
import { useTranslation } from 'react-i18next'
import { useShallow } from 'zustand/react/shallow'
import { PageTitle } from '../../app/PageTitle'
import { formatNumber } from '../../i18n/format'
import { EmptyState, Loading, QueryError } from '../../ui/states'
import { useDisplayZone } from '../settings/queries'
import { LibraryFilters } from './LibraryFilters'
import { LibraryResult } from './LibraryResults'
import { useLibrarySearch } from './queries'
import { filtersOf, isFiltered, useLibraryStore } from './store'

const TYPING_PAUSE_MS = 200

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
  const params = useMemo(
    () => ({ query, filters: filtersOf({ ...picked, text: '' }), sort: picked.sort }),
    [query, picked],
  )
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
      <ul aria-label={t('listLabel')} style={{ listStyle: 'none', margin: 0, padding: 0 }}>
        {items.map((item) => (
          <LibraryResult key={item.id} item={item} zone={zone} />
        ))}
      </ul>
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
