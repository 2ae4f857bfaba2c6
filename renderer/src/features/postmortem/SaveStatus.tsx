import { Button, Group, Loader, Text } from '@mantine/core'
import type { TFunction } from 'i18next'
import { useTranslation } from 'react-i18next'
import { PART_LABELS, type SectionKey } from '../../../../shared/domain/postmortem/sections'
import { formatNumber } from '../../i18n/format'
import { formatTime } from '../../ui/time'
import { useDisplayZone } from '../settings/queries'
import { useDraftStore } from './draft-store'
import { useIncidentSaveState } from './save-store'
import { useAutosaver } from './use-autosave'

/** Where a refused save belongs: "Summary", "Action item"; the reason follows it. */
function failurePlace(key: string, t: TFunction<'postmortem'>): string {
  if (key.startsWith('item:')) return t('save.actionItem')
  const section = key.slice('section:'.length)
  return Object.hasOwn(PART_LABELS, section)
    ? t(`parts.${section as SectionKey}`)
    : t('save.thisSection')
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
  const { t } = useTranslation('postmortem')
  return (
    <Group
      gap={6}
      wrap="nowrap"
      role="status"
      aria-label={t('save.label')}
      data-testid="save-status"
    >
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
  const { t } = useTranslation('postmortem')
  const pending = useDraftStore((store) => Object.keys(store.drafts[incidentId] ?? {}).length)
  const state = useIncidentSaveState(incidentId)
  const saver = useAutosaver(incidentId)
  const zone = useDisplayZone()
  const failures = Object.entries(state.failures)
  const first = failures[0]
  if (first && !state.inFlight) {
    const [key, failure] = first
    const others = failures.length - 1
    const why = (Object.values(failure.fields)[0] ?? failure.message).replace(/\.+$/, '')
    return (
      <>
        <Text size="sm" c="red" fw={500}>
          {t('save.notSaved', { where: failurePlace(key, t), why })}
          {others > 0 && t('save.more', { shown: formatNumber(others) })}
        </Text>
        <Button size="compact-xs" variant="light" onClick={() => void saver.flush()}>
          {t('save.retry')}
        </Button>
        <Button size="compact-xs" variant="subtle" color="gray" onClick={() => saver.discard(key)}>
          {t('save.discard')}
        </Button>
      </>
    )
  }
  if (pending > 0 || state.inFlight) {
    return (
      <>
        <Loader size={12} aria-hidden />
        <Text size="sm" c="dimmed">
          {t('save.saving')}
        </Text>
      </>
    )
  }
  return (
    <Text size="sm" c="dimmed">
      {t('save.saved', { time: formatTime(Math.max(state.savedAt ?? 0, lastSavedAt), zone) })}
    </Text>
  )
}
