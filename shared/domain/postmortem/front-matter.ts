import { stringify } from 'yaml'
import type { PostmortemDocument } from './document'

// YAML front matter for the exported file, written by the yaml package. Every string is double
// quoted, and inside those quotes < > & [ ] are written as \u escapes: a YAML reader gets the
// exact text back, while a Markdown viewer that does not know about front matter (and shows it
// as a paragraph) finds neither HTML nor a link in it.

const UNICODE_ESCAPES: Record<string, string> = {
  '<': '\\u003c',
  '>': '\\u003e',
  '&': '\\u0026',
  '[': '\\u005b',
  ']': '\\u005d',
}
const DOUBLE_QUOTED = /"(?:[^"\\]|\\.)*"/gs

const iso = (at: number | null) => (at === null ? null : new Date(at).toISOString())
const seconds = (ms: number | null) => (ms === null ? null : Math.round(ms / 1000))

export interface FrontMatterData {
  id: string
  title: string
  severity: string
  status: string
  incident_status: string
  services: string[]
  started_at: string | null
  resolved_at: string | null
  durations: Record<string, number | null>
  tags: string[]
  template: string
}

export function frontMatterData(doc: PostmortemDocument, templateId: string): FrontMatterData {
  const { incident, sections } = doc
  return {
    id: incident.id,
    title: sections.title,
    severity: incident.severity,
    status: doc.postmortem.status,
    incident_status: incident.status,
    services: sections.impact.affectedServices,
    started_at: iso(incident.startedAt),
    resolved_at: iso(incident.resolvedAt),
    durations: {
      time_to_detect_seconds: seconds(sections.detection.timeToDetectMs),
      time_to_acknowledge_seconds: seconds(sections.response.timeToAcknowledgeMs),
      time_to_mitigate_seconds: seconds(sections.response.timeToMitigateMs),
      time_to_resolve_seconds: seconds(sections.recovery.timeToResolveMs),
      impact_duration_seconds: seconds(sections.impact.durationMs),
    },
    tags: sections.tags,
    template: templateId,
  }
}

/** "---\n...\n---\n" */
export function renderFrontMatter(data: FrontMatterData): string {
  const yaml = stringify(data, {
    defaultStringType: 'QUOTE_DOUBLE',
    defaultKeyType: 'PLAIN',
    lineWidth: 0,
  }).replace(DOUBLE_QUOTED, (quoted) => quoted.replace(/[<>&[\]]/g, (c) => UNICODE_ESCAPES[c] ?? c))
  return `---\n${yaml}---\n`
}
