import { useCallback, useEffect } from 'react'
import type { PostmortemView } from '../../../../shared/contract/postmortem'
import type { ActionItem } from '../../../../shared/domain/postmortem/model'
import type {
  PostmortemSections,
  SectionEntry,
  SectionKey,
} from '../../../../shared/domain/postmortem/sections'
import { autosaverFor, type Autosaver } from './autosave'
import { draftsOf, useDraftStore, type ActionItemChanges } from './draft-store'
import { displayedItem, displayedSection } from './displayed'
import { useSaveStore } from './save-store'
import { sendBeforeUnload, sendWrite } from './send-write'

export function useAutosaver(incidentId: string): Autosaver {
  return autosaverFor(incidentId, sendWrite)
}

/**
 * Sends what is left from a crash or a quit as soon as the postmortem opens, and flushes
 * pending edits when the page is hidden, left (route change) or closed.
 */
export function useAutosaveLifecycle(incidentId: string): void {
  const saver = useAutosaver(incidentId)
  useEffect(() => {
    if (saver.hasUnsaved()) void saver.flush()
    let leaving = false
    const onHidden = () => {
      if (document.visibilityState === 'hidden') void saver.flush()
    }
    const onLeave = () => {
      if (leaving) return
      leaving = true
      saver.dispose()
      const writes = Object.values(draftsOf(incidentId)).map((draft) => draft.write)
      if (writes.length > 0) sendBeforeUnload(incidentId, writes)
    }
    // Back from the back-forward cache: the page lives on, so do its drafts.
    const onShow = () => {
      leaving = false
      if (saver.hasUnsaved()) void saver.flush()
    }
    document.addEventListener('visibilitychange', onHidden)
    window.addEventListener('beforeunload', onLeave)
    window.addEventListener('pagehide', onLeave)
    window.addEventListener('pageshow', onShow)
    return () => {
      document.removeEventListener('visibilitychange', onHidden)
      window.removeEventListener('beforeunload', onLeave)
      window.removeEventListener('pagehide', onLeave)
      window.removeEventListener('pageshow', onShow)
      void saver.flush()
    }
  }, [saver, incidentId])
}

/** A section as the author sees it (unsaved text first) and the function that edits it. */
export function useSection<K extends SectionKey>(
  incidentId: string,
  view: PostmortemView,
  section: K,
): [PostmortemSections[K], (value: PostmortemSections[K]) => void] {
  const key = `section:${section}`
  const draft = useDraftStore((store) => store.drafts[incidentId]?.[key])
  const confirmed = useSaveStore((store) => store.byIncident[incidentId]?.confirmed[key])
  const saver = useAutosaver(incidentId)
  const value = displayedSection(
    view.sections[section],
    view.postmortem.updatedAt,
    draft,
    confirmed,
  ) as PostmortemSections[K]
  const edit = useCallback(
    // The pair is correct by construction; TypeScript cannot correlate a generic key and value.
    (next: PostmortemSections[K]) =>
      saver.edit({ kind: 'section', entry: { section, value: next } as SectionEntry }),
    [saver, section],
  )
  return [value, edit]
}

/** An action item with its unsaved edits applied, and the function that edits it. */
export function useActionItem(
  incidentId: string,
  item: ActionItem,
): [ActionItem, (changes: ActionItemChanges) => void] {
  const key = `item:${item.id}`
  const draft = useDraftStore((store) => store.drafts[incidentId]?.[key])
  const confirmed = useSaveStore((store) => store.byIncident[incidentId]?.confirmed[key])
  const saver = useAutosaver(incidentId)
  const edit = useCallback(
    (changes: ActionItemChanges) => saver.edit({ kind: 'item', id: item.id, changes }),
    [saver, item.id],
  )
  return [displayedItem(item, draft, confirmed), edit]
}
