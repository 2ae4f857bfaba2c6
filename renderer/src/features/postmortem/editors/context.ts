import type { PostmortemView } from '../../../../../shared/contract/postmortem'
import type { Incident } from '../../../../../shared/domain/incident'
import type { PostmortemSections } from '../../../../../shared/domain/postmortem/sections'

/** What every section editor needs: the postmortem, its incident and the machine's first draft. */
export interface EditorContext {
  incident: Incident
  view: PostmortemView
  /** False once reviewed or published: fields are read-only until it moves back. */
  editable: boolean
  /** What the backend would prefill now; null while its inputs load. */
  prefill: PostmortemSections | null
}
