import { Checkbox, Group, NativeSelect } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { TIMELINE_KINDS, type TimelineKind } from '../../../../shared/domain/timeline'
import { useReviewFilters } from './store'

interface ReviewFiltersProps {
  /** The kinds present on this timeline. */
  kinds: ReadonlySet<TimelineKind>
  authors: readonly string[]
}

/** Which events the review shows: by kind and by author. */
export function ReviewFilters({ kinds, authors }: ReviewFiltersProps) {
  const { t } = useTranslation('review')
  const filters = useReviewFilters()
  const present = TIMELINE_KINDS.filter((kind) => kinds.has(kind))
  return (
    <Group gap="md" align="flex-end" wrap="wrap">
      <Checkbox.Group
        label={t('filters.kinds')}
        value={filters.kinds}
        onChange={(v) => filters.setKinds(v as TimelineKind[])}
      >
        <Group gap="xs" mt={4}>
          {present.map((kind) => (
            <Checkbox key={kind} value={kind} label={t(`kind.${kind}`)} size="xs" />
          ))}
        </Group>
      </Checkbox.Group>
      <NativeSelect
        label={t('filters.author')}
        size="xs"
        value={filters.authors[0] ?? '*'}
        onChange={(event) => {
          const value = event.currentTarget.value
          filters.setAuthors(value === '*' ? [] : [value])
        }}
        data={[
          { value: '*', label: t('filters.everyone') },
          ...authors.map((author) => ({ value: author, label: author || t('filters.firebreak') })),
        ]}
      />
    </Group>
  )
}
