import { Button, Group, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { TimelineEvent } from '../../../../shared/domain/timeline'
import { useTimelineFilter } from './filter-store'
import { KIND_FILTERS, eventsOfKinds } from './kinds'

/**
 * Toggle buttons (aria-pressed) named by the kind: pick one or more to narrow the timeline,
 * "All" to see everything again. Counts are decorative; the list itself says what is shown.
 */
export function TimelineFilter({ events }: { events: readonly TimelineEvent[] }) {
  const { t } = useTranslation('timeline')
  const { chosen, toggle, showAll } = useTimelineFilter()
  return (
    <Group gap={6} role="group" aria-label={t('filter.label')} wrap="wrap">
      <Text size="xs" c="dimmed" aria-hidden>
        {t('filter.show')}
      </Text>
      <Button
        size="compact-xs"
        radius="xl"
        variant={chosen.length === 0 ? 'filled' : 'default'}
        aria-pressed={chosen.length === 0}
        onClick={showAll}
      >
        {t('filter.all')}
      </Button>
      {KIND_FILTERS.map((filter) => {
        const pressed = chosen.includes(filter.id)
        const count = eventsOfKinds(events, [filter.id]).length
        return (
          <Button
            key={filter.id}
            size="compact-xs"
            radius="xl"
            variant={pressed ? 'filled' : 'default'}
            aria-pressed={pressed}
            onClick={() => toggle(filter.id)}
            rightSection={
              <Text component="span" size="xs" aria-hidden c={pressed ? undefined : 'dimmed'}>
                {count}
              </Text>
            }
          >
            {t(`filter.groups.${filter.id}`)}
          </Button>
        )
      })}
    </Group>
  )
}
