import { Button, Checkbox, Group, NativeSelect, TextInput } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { LIBRARY_SORTS, type LibrarySort } from '../../../../shared/contract/library'
import { INCIDENT_STATUSES, SEVERITIES, type Severity } from '../../../../shared/domain/incident'
import classes from './Library.module.css'
import { useLibraryFacets } from './queries'
import {
  EMPTY_VIEW,
  isFiltered,
  useLibraryStore,
  type LibraryView,
  type OriginFilter,
} from './store'

const ORIGINS: readonly OriginFilter[] = ['all', 'local', 'archive']

export function LibraryFilters() {
  const { t } = useTranslation('library')
  const view = useLibraryStore()
  const any = { value: '', label: t('filters.any') }
  const facets = useLibraryFacets().data
  const toggleSeverity = (severity: Severity, on: boolean) =>
    view.set({
      severities: on
        ? SEVERITIES.filter((s) => s === severity || view.severities.includes(s))
        : view.severities.filter((s) => s !== severity),
    })
  return (
    <div className={classes.filters}>
      <Checkbox.Group label={t('filters.severity')} value={view.severities}>
        <Group gap="xs" mt={6}>
          {SEVERITIES.map((severity) => (
            <Checkbox
              key={severity}
              value={severity}
              label={severity}
              size="xs"
              checked={view.severities.includes(severity)}
              onChange={(event) => toggleSeverity(severity, event.currentTarget.checked)}
            />
          ))}
        </Group>
      </Checkbox.Group>
      <NativeSelect
        label={t('filters.status')}
        size="xs"
        value={view.status}
        onChange={(e) => view.set({ status: e.currentTarget.value as typeof view.status })}
        data={[any, ...INCIDENT_STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) }))]}
      />
      <NativeSelect
        label={t('filters.service')}
        size="xs"
        value={view.service}
        onChange={(e) => view.set({ service: e.currentTarget.value })}
        data={[any, ...(facets?.services ?? []).map((s) => ({ value: s, label: s }))]}
      />
      <NativeSelect
        label={t('filters.tag')}
        size="xs"
        value={view.tag}
        onChange={(e) => view.set({ tag: e.currentTarget.value })}
        data={[any, ...(facets?.tags ?? []).map((tag) => ({ value: tag, label: tag }))]}
      />
      <TextInput
        label={t('filters.from')}
        type="date"
        size="xs"
        value={view.from}
        onChange={(e) => view.set({ from: e.currentTarget.value })}
      />
      <TextInput
        label={t('filters.until')}
        type="date"
        size="xs"
        value={view.to}
        onChange={(e) => view.set({ to: e.currentTarget.value })}
      />
      <NativeSelect
        label={t('filters.origin')}
        size="xs"
        value={view.origin}
        onChange={(e) => view.set({ origin: e.currentTarget.value as OriginFilter })}
        data={ORIGINS.map((origin) => ({ value: origin, label: t(`origin.${origin}`) }))}
      />
      <NativeSelect
        label={t('filters.sortBy')}
        size="xs"
        value={view.sort}
        onChange={(e) => view.set({ sort: e.currentTarget.value as LibrarySort })}
        data={LIBRARY_SORTS.map((sort) => ({ value: sort, label: t(`sort.${sort}`) }))}
      />
      {isFiltered(view) && (
        <Button size="xs" variant="subtle" onClick={() => view.set(resetFilters())}>
          {t('filters.clear')}
        </Button>
      )}
    </div>
  )
}

/** Everything but the words and the sort. */
function resetFilters(): Partial<LibraryView> {
  const { text: _text, sort: _sort, ...filters } = EMPTY_VIEW
  return filters
}
