import type { PostmortemView } from '../../../../shared/contract/postmortem'
import type { ActionItem } from '../../../../shared/domain/postmortem/model'
import {
  ACTION_ITEMS_PART,
  isSectionEmpty,
  type PartKey,
  type SectionValue,
} from '../../../../shared/domain/postmortem/sections'
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

/** The template's parts still empty, judged on what the author sees (unsaved text included). */
export function emptyPartsNow(
  view: PostmortemView,
  sectionOf: (part: Exclude<PartKey, typeof ACTION_ITEMS_PART>) => SectionValue,
): PartKey[] {
  return view.parts.filter((part) =>
    part === ACTION_ITEMS_PART
      ? view.actionItems.length === 0
      : isSectionEmpty(part, sectionOf(part)),
  )
}
