import { Button, Group, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { usePinnedTraces } from './queries'
import { tracesHref } from './trace-route'

/** The incident page's way into traces, with how many are pinned already. */
export function TracesEntry({ incidentId }: { incidentId: string }) {
  const { t } = useTranslation('traces')
  const pinned = usePinnedTraces(incidentId)
  const count = pinned.data?.length ?? 0
  return (
    <Group gap="xs">
      <Button component="a" href={tracesHref(incidentId)} variant="light" size="xs">
        {t('entry.investigate')}
      </Button>
      {count > 0 && (
        <Text size="xs" c="dimmed">
          {t('entry.pinned', { count })}
        </Text>
      )}
    </Group>
  )
}
