import type { Incident } from '../incident'
import type { IncidentRoles } from '../roles'
import type { TimelineEvent } from '../timeline'
import type { ActionItem, Postmortem } from './model'
import type { PinnedEvidence } from './prefill'
import type { PostmortemSections } from './sections'

// Everything one rendering of a postmortem reads. The backend assembles it from the store; tests
// and the benchmark build it directly.

export interface PostmortemDocument {
  incident: Incident
  postmortem: Postmortem
  sections: PostmortemSections
  /** In list order. */
  actionItems: ActionItem[]
  /** The incident's live timeline, in timeline order. */
  timeline: TimelineEvent[]
  /** Every pinned chart and trace of the incident. */
  evidence: PinnedEvidence[]
  roles: IncidentRoles
  templateName: string
}

/** "Database failover: 40 min of errors" -> "database-failover-40-min-of-errors". */
export function slugOf(title: string): string {
  const slug = title
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '')
  return slug || 'incident'
}

export interface ExportNames {
  slug: string
  /** "<date>-<slug>.md", the date being the day the incident started (UTC). */
  markdownFile: string
  /** "<slug>-evidence", beside the Markdown file. */
  evidenceDir: string
}

export function exportNames(doc: Pick<PostmortemDocument, 'incident' | 'sections'>): ExportNames {
  const slug = slugOf(doc.sections.title || doc.incident.title)
  const date = new Date(doc.incident.startedAt).toISOString().slice(0, 10)
  return { slug, markdownFile: `${date}-${slug}.md`, evidenceDir: `${slug}-evidence` }
}

export interface EvidenceFile {
  evidenceId: string
  /** Relative to the Markdown file: "<slug>-evidence/chart-01-1a2b3c4d.png". */
  path: string
  content: 'png' | 'summary'
}

const shortId = (id: string) => id.replace(/[^A-Za-z0-9]/g, '').slice(0, 8) || 'item'

/**
 * The files of the evidence folder, for the evidence the postmortem keeps: a chart's PNG when it
 * has one, and a Markdown summary for every item (the query or the trace it shows).
 */
export function evidenceFiles(doc: PostmortemDocument, names: ExportNames): EvidenceFile[] {
  const byId = new Map(doc.evidence.map((item) => [item.id, item]))
  const files: EvidenceFile[] = []
  let number = 0
  for (const kept of doc.sections.evidence) {
    const item = byId.get(kept.evidenceId)
    if (!item) continue
    number += 1
    const base = `${names.evidenceDir}/${item.kind}-${String(number).padStart(2, '0')}-${shortId(item.id)}`
    if (item.hasPng) files.push({ evidenceId: item.id, path: `${base}.png`, content: 'png' })
    files.push({ evidenceId: item.id, path: `${base}.md`, content: 'summary' })
  }
  return files
}

/** The file a reader should open for each evidence item: its image, else its summary. */
export function evidenceLinks(files: readonly EvidenceFile[]): Map<string, string> {
  const links = new Map<string, string>()
  for (const file of files) {
    if (file.content === 'png' || !links.has(file.evidenceId)) links.set(file.evidenceId, file.path)
  }
  return links
}
