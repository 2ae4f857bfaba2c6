import type { Ref } from 'react'
import { Button, Group, SegmentedControl, Switch, Text, TextInput } from '@mantine/core'
import type { SpanFilter } from '../waterfall/visible-rows'

interface TraceToolbarProps {
  searchRef: Ref<HTMLInputElement>
  searchText: string
  onSearchText: (text: string) => void
  /** Position of the current hit (1-based) and the number of hits; null while not searching. */
  hits: { current: number; total: number; searching: boolean } | null
  onNextHit: (step: 1 | -1) => void
  filter: SpanFilter
  onFilter: (filter: SpanFilter) => void
  adjustedSpans: number
  adjust: boolean
  onAdjust: (adjust: boolean) => void
  onExpandAll: () => void
  onCollapseAll: () => void
}

/** Search and filter within the trace, clock-skew adjustment, expand and collapse. */
export function TraceToolbar({
  searchRef,
  searchText,
  onSearchText,
  hits,
  onNextHit,
  filter,
  onFilter,
  adjustedSpans,
  adjust,
  onAdjust,
  onExpandAll,
  onCollapseAll,
}: TraceToolbarProps) {
  return (
    <Group gap="sm" align="flex-end" wrap="wrap">
      <TextInput
        ref={searchRef}
        label="Search spans"
        description="Names, IDs, tags, logs; press / to jump here"
        placeholder="e.g. SELECT or http.status_code=503"
        value={searchText}
        onChange={(event) => onSearchText(event.currentTarget.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            event.preventDefault()
            onNextHit(event.shiftKey ? -1 : 1)
          }
        }}
        w={300}
      />
      {hits && (
        <Group gap={4} mb={4}>
          <Text size="sm" role="status" aria-live="polite" miw={90}>
            {hits.searching
              ? 'Searching…'
              : hits.total === 0
                ? 'No match'
                : `${hits.current} of ${hits.total.toLocaleString('en-US')}`}
          </Text>
          <Button
            size="compact-sm"
            variant="default"
            onClick={() => onNextHit(-1)}
            disabled={hits.total === 0}
            aria-label="Previous match"
          >
            ↑
          </Button>
          <Button
            size="compact-sm"
            variant="default"
            onClick={() => onNextHit(1)}
            disabled={hits.total === 0}
            aria-label="Next match"
          >
            ↓
          </Button>
        </Group>
      )}
      <SegmentedControl
        size="xs"
        mb={4}
        value={filter}
        onChange={(value) => onFilter(value as SpanFilter)}
        aria-label="Show spans"
        data={[
          { value: 'all', label: 'All spans' },
          { value: 'matches', label: 'Matches', disabled: hits === null },
          { value: 'errors', label: 'Errors' },
          { value: 'critical', label: 'Critical path' },
        ]}
      />
      {adjustedSpans > 0 && (
        <Switch
          mb={8}
          label={`Adjust for clock skew (${adjustedSpans} span${adjustedSpans === 1 ? '' : 's'})`}
          checked={adjust}
          onChange={(event) => onAdjust(event.currentTarget.checked)}
        />
      )}
      <Group gap={4} mb={4}>
        <Button size="compact-sm" variant="subtle" onClick={onExpandAll}>
          Expand all
        </Button>
        <Button size="compact-sm" variant="subtle" onClick={onCollapseAll}>
          Collapse all
        </Button>
      </Group>
    </Group>
  )
}
