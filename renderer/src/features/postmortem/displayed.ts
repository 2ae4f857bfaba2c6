import type { ActionItem } from '../../../../shared/domain/postmortem/model'
import type { SectionValue } from '../../../../shared/domain/postmortem/sections'
import type { Draft } from './draft-store'
import type { Confirmed } from './save-store'

// What the editor shows: the author's unsaved text first, then what the backend confirmed, then
// the fetched postmortem. A confirmed write stays on screen until a fetched view includes it, so
// a refetch that started before the write can never put older text back under the cursor.

export function displayedSection(
  server: SectionValue,
  serverUpdatedAt: number,
  draft: Draft | undefined,
  confirmed: Confirmed | undefined,
): SectionValue {
  if (draft?.write.kind === 'section') return draft.write.entry.value
  if (confirmed?.kind === 'section' && confirmed.updatedAt >= serverUpdatedAt) {
    return confirmed.value
  }
  return server
}

export function displayedItem(
  server: ActionItem,
  draft: Draft | undefined,
  confirmed: Confirmed | undefined,
): ActionItem {
  const base =
    confirmed?.kind === 'item' && confirmed.item.updatedAt >= server.updatedAt
      ? confirmed.item
      : server
  return draft?.write.kind === 'item' ? { ...base, ...draft.write.changes } : base
}
