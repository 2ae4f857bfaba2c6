import { Button, Group, Text } from '@mantine/core'
import { usePinnedTraces } from './queries'
import { tracesHref } from './trace-route'

/** The incident page's way into traces, with how many are pinned already. */
export function TracesEntry({ incidentId }: { incidentId: string }) {
  const pinned = usePinnedTraces(incidentId)
  const count = pinned.data?.length ?? 0
  return (
    <Group gap="xs">
      <Button component="a" href={tracesHref(incidentId)} variant="light" size="xs">
        Investigate traces
      </Button>
      {count > 0 && (
        <Text size="xs" c="dimmed">
          {count} trace{count === 1 ? '' : 's'} pinned
        </Text>
      )}
    </Group>
  )
}
