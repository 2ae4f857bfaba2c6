import type { Ref } from 'react'
import { Button, Group, SegmentedControl, Switch, Text, TextInput } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { formatNumber } from '../../../i18n/format'
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
  const { t } = useTranslation('traces')
  return (
    <Group gap="sm" align="flex-end" wrap="wrap">
      <TextInput
        ref={searchRef}
        label={t('toolbar.search')}
        description={t('toolbar.searchHelp')}
        placeholder={t('toolbar.searchPlaceholder')}
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
              ? t('toolbar.searching')
              : hits.total === 0
                ? t('toolbar.noMatch')
                : t('toolbar.position', {
                    current: formatNumber(hits.current),
                    total: formatNumber(hits.total),
                  })}
          </Text>
          <Button
            size="compact-sm"
            variant="default"
            onClick={() => onNextHit(-1)}
            disabled={hits.total === 0}
            aria-label={t('toolbar.previous')}
          >
            ↑
          </Button>
          <Button
            size="compact-sm"
            variant="default"
            onClick={() => onNextHit(1)}
            disabled={hits.total === 0}
            aria-label={t('toolbar.next')}
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
        aria-label={t('toolbar.show')}
        data={[
          { value: 'all', label: t('toolbar.all') },
          { value: 'matches', label: t('toolbar.matches'), disabled: hits === null },
          { value: 'errors', label: t('toolbar.errors') },
          { value: 'critical', label: t('toolbar.critical') },
        ]}
      />
      {adjustedSpans > 0 && (
        <Switch
          mb={8}
          label={t('toolbar.skew', { count: adjustedSpans })}
          checked={adjust}
          onChange={(event) => onAdjust(event.currentTarget.checked)}
        />
      )}
      <Group gap={4} mb={4}>
        <Button size="compact-sm" variant="subtle" onClick={onExpandAll}>
          {t('toolbar.expandAll')}
        </Button>
        <Button size="compact-sm" variant="subtle" onClick={onCollapseAll}>
          {t('toolbar.collapseAll')}
        </Button>
      </Group>
    </Group>
  )
}
