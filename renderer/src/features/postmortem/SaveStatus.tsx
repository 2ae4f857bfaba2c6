import { Button, Group, Loader, Text } from '@mantine/core'
import { PART_LABELS, type SectionKey } from '../../../../shared/domain/postmortem/sections'
import { formatTime } from '../../ui/time'
import { useDisplayZone } from '../settings/queries'
import { useDraftStore } from './draft-store'
import { useIncidentSaveState, type SaveFailure } from './save-store'
import { useAutosaver } from './use-autosave'

/** "Summary: Keep this under…", "Action item: Use a web link…": where, then why. */
function describeFailure(key: string, failure: SaveFailure): string {
  const where = key.startsWith('item:')
    ? 'Action item'
    : (PART_LABELS[key.slice('section:'.length) as SectionKey] ?? 'This section')
  const why = Object.values(failure.fields)[0] ?? failure.message
  return `${where}: ${why.replace(/\.+$/, '')}`
}

/**
 * "Saved 12:03:04 UTC", "Saving…" or "Not saved: <reason> — Retry". Unsaved text is kept on this
 * machine meanwhile, so "Not saved" never means lost.
 */
export function SaveStatus({
  incidentId,
  lastSavedAt,
}: {
  incidentId: string
  lastSavedAt: number
}) {
  return (
    <Group gap={6} wrap="nowrap" role="status" aria-label="Save status" data-testid="save-status">
      <SaveStatusContent incidentId={incidentId} lastSavedAt={lastSavedAt} />
    </Group>
  )
}

function SaveStatusContent({
  incidentId,
  lastSavedAt,
}: {
  incidentId: string
  lastSavedAt: number
}) {
  const pending = useDraftStore((store) => Object.keys(store.drafts[incidentId] ?? {}).length)
  const state = useIncidentSaveState(incidentId)
  const saver = useAutosaver(incidentId)
  const zone = useDisplayZone()
  const failures = Object.entries(state.failures)
  const first = failures[0]
  if (first && !state.inFlight) {
    const [key, failure] = first
    const more = failures.length > 1 ? ` (and ${failures.length - 1} more)` : ''
    return (
      <>
        <Text size="sm" c="red" fw={500}>
          Not saved: {describeFailure(key, failure)}
          {more}
        </Text>
        <Button size="compact-xs" variant="light" onClick={() => void saver.flush()}>
          Retry
        </Button>
        <Button size="compact-xs" variant="subtle" color="gray" onClick={() => saver.discard(key)}>
          Discard this change
        </Button>
      </>
    )
  }
  if (pending > 0 || state.inFlight) {
    return (
      <>
        <Loader size={12} aria-hidden />
        <Text size="sm" c="dimmed">
          Saving…
        </Text>
      </>
    )
  }
  return (
    <Text size="sm" c="dimmed">
      Saved {formatTime(Math.max(state.savedAt ?? 0, lastSavedAt), zone)}
    </Text>
  )
}
