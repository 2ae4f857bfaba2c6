import { templateData, utcSeconds } from './context'
import {
  evidenceFiles,
  evidenceLinks,
  exportNames,
  type EvidenceFile,
  type ExportNames,
  type PostmortemDocument,
} from './document'
import { escapeText } from './escape'
import { frontMatterData, renderFrontMatter } from './front-matter'
import type { PinnedEvidence } from './prefill'
import type { RedactionMatch, Redactor } from './redact'
import { PART_LABELS, type SectionKey } from './sections'
import { renderTemplate, type CompiledTemplate } from './template'
import { escapeValue } from './escape'

// One pure function renders the postmortem, so the preview the author reads and the file the
// export writes are the same text.

/** Keys whose values are identifiers, enums or dates: never redacted. */
const NOT_TEXT = new Set([
  'id',
  'incidentId',
  'evidenceId',
  'hypothesisId',
  'keyEventIds',
  'status',
  'kind',
  'severity',
  'priority',
  'type',
  'dueDate',
  'show',
  'source',
])

type Visit = (text: string, path: readonly string[]) => string

function mapStrings<T>(value: T, visit: Visit, path: string[] = []): T {
  if (typeof value === 'string') return visit(value, path) as T
  if (Array.isArray(value))
    return value.map((v, i) => mapStrings(v, visit, [...path, String(i)])) as T
  if (value === null || typeof value !== 'object') return value
  const out: Record<string, unknown> = {}
  for (const [key, inner] of Object.entries(value)) {
    out[key] = NOT_TEXT.has(key) ? inner : mapStrings(inner, visit, [...path, key])
  }
  return out as T
}

/**
 * The text parts of a document that export can redact (not ids, statuses or times). Timeline
 * messages are left out: exports write each event's text, and a message's values repeat the
 * unredacted words, so a redacted document carries none.
 */
function redactable(doc: PostmortemDocument) {
  const { incident, sections, actionItems, evidence, roles } = doc
  const timeline = doc.timeline.map((event) => ({ ...event, message: null }))
  return { incident, sections, actionItems, timeline, evidence, roles }
}

export function redactDocument(doc: PostmortemDocument, redactor: Redactor): PostmortemDocument {
  return { ...doc, ...mapStrings(redactable(doc), (text) => redactor.redact(text)) }
}

export interface RedactionFinding extends RedactionMatch {
  /** Where it was found, for people: "Summary", "Timeline", "Action items"... */
  where: string
}

const AREA_LABELS: Record<string, string> = {
  incident: 'Incident',
  actionItems: 'Action items',
  timeline: 'Timeline',
  evidence: 'Evidence',
  roles: 'Roles',
}

function whereOf(path: readonly string[]): string {
  const [area, key] = path
  if (area === 'sections' && key) return PART_LABELS[key as SectionKey] ?? key
  return AREA_LABELS[area ?? ''] ?? area ?? ''
}

/** What redaction would remove, and where: the preview shown before export. */
export function findRedactions(doc: PostmortemDocument, redactor: Redactor): RedactionFinding[] {
  const findings: RedactionFinding[] = []
  mapStrings(redactable(doc), (text, path) => {
    for (const match of redactor.matches(text)) findings.push({ ...match, where: whereOf(path) })
    return text
  })
  return findings
}

/** What an export consists of before any Markdown is rendered: enough for the evidence zip. */
export interface ExportPlan {
  /** The document as exported (redacted when a redactor was given). */
  document: PostmortemDocument
  names: ExportNames
  evidenceFiles: EvidenceFile[]
}

export function planExport(doc: PostmortemDocument, redactor?: Redactor | null): ExportPlan {
  const document = redactor ? redactDocument(doc, redactor) : doc
  const names = exportNames(document)
  return { document, names, evidenceFiles: evidenceFiles(document, names) }
}

export interface RenderedPostmortem extends ExportPlan {
  /** Front matter and body: the file's content. */
  markdown: string
  frontMatter: string
  /** The Markdown without front matter: what a preview shows. */
  body: string
}

export function renderPostmortem(
  doc: PostmortemDocument,
  template: CompiledTemplate,
  options: { templateId: string; redactor?: Redactor | null },
): RenderedPostmortem {
  const plan = planExport(doc, options.redactor)
  const data = templateData(plan.document, evidenceLinks(plan.evidenceFiles))
  const body = renderTemplate(template, data, escapeValue)
  const frontMatter = renderFrontMatter(frontMatterData(plan.document, options.templateId))
  return { ...plan, markdown: `${frontMatter}\n${body}`, frontMatter, body }
}

function summaryValue(value: unknown): string {
  if (typeof value === 'string') return value
  if (typeof value === 'number' || typeof value === 'boolean') return String(value)
  return JSON.stringify(value) ?? ''
}

/** The Markdown file beside a chart's PNG or for a trace: what it shows, escaped like the rest. */
export function evidenceSummaryMarkdown(
  item: PinnedEvidence,
  caption: string,
  pngFileName: string | null,
): string {
  const kind = item.kind === 'chart' ? 'Chart' : 'Trace'
  const lines = [`# ${kind}: ${escapeText(caption || kind)}`, '']
  if (pngFileName)
    lines.push(
      `![${escapeText(caption || kind)}](${escapeValue(pngFileName, 'url', 'inline')})`,
      '',
    )
  lines.push(`- Source: ${escapeText(item.sourceName)}`)
  lines.push(`- Pinned at: ${utcSeconds(item.createdAt)} UTC`)
  for (const [key, value] of Object.entries(item.summary)) {
    // The summary's catalogue message repeats its English sentence for the screens; the
    // document has the sentence.
    if (key === 'summaryText') continue
    lines.push(`- ${escapeText(key)}: ${escapeText(summaryValue(value))}`)
  }
  return `${lines.join('\n')}\n`
}
