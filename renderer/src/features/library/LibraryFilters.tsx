import { Button, Checkbox, Group, NativeSelect, TextInput } from '@mantine/core'
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

const SORT_LABELS: Record<LibrarySort, string> = {
  relevance: 'Best match',
  newest: 'Newest first',
  oldest: 'Oldest first',
  severity: 'Most severe first',
  longest: 'Longest first',
}

const ORIGIN_LABELS: Record<OriginFilter, string> = {
  all: 'This machine and archive',
  local: 'This machine only',
  archive: 'From the archive',
}

const ANY = { value: '', label: 'Any' }

export function LibraryFilters() {
  const view = useLibraryStore()
  const facets = useLibraryFacets().data
  const toggleSeverity = (severity: Severity, on: boolean) =>
    view.set({
      severities: on
        ? SEVERITIES.filter((s) => s === severity || view.severities.includes(s))
        : view.severities.filter((s) => s !== severity),
    })
  return (
    <div className={classes.filters}>
      <Checkbox.Group label="Severity" value={view.severities}>
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
        label="Status"
        size="xs"
        value={view.status}
        onChange={(e) => view.set({ status: e.currentTarget.value as typeof view.status })}
        data={[ANY, ...INCIDENT_STATUSES.map((s) => ({ value: s, label: s }))]}
      />
      <NativeSelect
        label="Service"
        size="xs"
        value={view.service}
        onChange={(e) => view.set({ service: e.currentTarget.value })}
        data={[ANY, ...(facets?.services ?? []).map((s) => ({ value: s, label: s }))]}
      />
      <NativeSelect
        label="Tag"
        size="xs"
        value={view.tag}
        onChange={(e) => view.set({ tag: e.currentTarget.value })}
        data={[ANY, ...(facets?.tags ?? []).map((t) => ({ value: t, label: t }))]}
      />
      <TextInput
        label="Started from"
        type="date"
        size="xs"
        value={view.from}
        onChange={(e) => view.set({ from: e.currentTarget.value })}
      />
      <TextInput
        label="Started until"
        type="date"
        size="xs"
        value={view.to}
        onChange={(e) => view.set({ to: e.currentTarget.value })}
      />
      <NativeSelect
        label="Origin"
        size="xs"
        value={view.origin}
        onChange={(e) => view.set({ origin: e.currentTarget.value as OriginFilter })}
        data={Object.entries(ORIGIN_LABELS).map(([value, label]) => ({ value, label }))}
      />
      <NativeSelect
        label="Sort by"
        size="xs"
        value={view.sort}
        onChange={(e) => view.set({ sort: e.currentTarget.value as LibrarySort })}
        data={LIBRARY_SORTS.map((sort) => ({ value: sort, label: SORT_LABELS[sort] }))}
      />
      {isFiltered(view) && (
        <Button size="xs" variant="subtle" onClick={() => view.set(resetFilters())}>
          Clear filters
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
