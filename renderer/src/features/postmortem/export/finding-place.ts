import type { TFunction } from 'i18next'
import { PART_LABELS, type PartKey } from '../../../../../shared/domain/postmortem/sections'

// The redaction preview names where each finding is with the English label the shared renderer
// gives it: a section's PART_LABELS entry, or one of a few other areas of the document. Shown in
// the UI's language by finding the part or area that label belongs to.

const AREAS = {
  Incident: 'incident',
  'Action items': 'actionItems',
  Timeline: 'timeline',
  Evidence: 'evidence',
  Roles: 'roles',
} as const

const PART_BY_LABEL = new Map(
  (Object.entries(PART_LABELS) as [PartKey, string][]).map(([key, label]) => [label, key]),
)

/** "Summary" in English, "Resumo" in Portuguese; a label we do not know is shown as it came. */
export function findingPlace(where: string, t: TFunction<'postmortem'>): string {
  const part = PART_BY_LABEL.get(where)
  if (part) return t(`parts.${part}`)
  const area = (AREAS as Record<string, (typeof AREAS)[keyof typeof AREAS] | undefined>)[where]
  return area ? t(`redaction.area.${area}`) : where
}
