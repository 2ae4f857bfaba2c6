import { formatDuration } from '../durations'
import { SEVERITY_MEANING, type EpochMs } from '../incident'
import { STATUS_LABELS } from '../lifecycle'
import { compareTimelineEvents, type TimelineEvent, type TimelineKind } from '../timeline'
import type { PostmortemDocument } from './document'
import {
  ACTION_ITEM_STATUS_LABELS,
  ACTION_ITEM_TYPE_LABELS,
  POSTMORTEM_STATUS_LABELS,
  type ActionItem,
  type ActionItemType,
} from './model'
import { isIncidentEvent, type PinnedEvidence } from './prefill'
import type { TemplateScope } from './template'

// Turns a postmortem document into the plain strings and lists templates see. Every time is UTC
// and says so; every duration is in the compact form the incident header uses.

const KIND_LABELS: Record<TimelineKind, string> = {
  note: 'Note',
  status: 'Status',
  severity: 'Severity',
  role: 'Role',
  step: 'Step',
  checklist: 'Checklist',
  hypothesis: 'Hypothesis',
  evidence: 'Evidence',
  alert: 'Alert',
  postmortem: 'Postmortem',
}

/** "2026-11-21 12:03:05" (UTC; templates say so with {{timeline_zone}}). */
export function utcSeconds(at: EpochMs): string {
  const iso = new Date(at).toISOString()
  return `${iso.slice(0, 10)} ${iso.slice(11, 19)}`
}

const utcStamp = (at: EpochMs | null) => (at === null ? '' : `${utcSeconds(at)} UTC`)
const duration = (ms: number | null) => (ms === null ? '' : formatDuration(ms))
const yes = (flag: boolean) => (flag ? 'yes' : '')

function percent(value: number | null): string {
  if (value === null) return ''
  return `${Math.round(value * 10) / 10}%`
}

/** Evidence pins write their timeline event at the pin time: that is how an event finds its data. */
function pinLinks(doc: PostmortemDocument, links: ReadonlyMap<string, string>) {
  const byTime = new Map<EpochMs, PinnedEvidence[]>()
  for (const item of doc.evidence) {
    const list = byTime.get(item.createdAt) ?? []
    list.push(item)
    byTime.set(item.createdAt, list)
  }
  return (event: TimelineEvent): string => {
    if (event.kind !== 'evidence') return ''
    const item = byTime.get(event.occurredAt)?.shift()
    return item ? (links.get(item.id) ?? '') : ''
  }
}

function timelineRows(
  doc: PostmortemDocument,
  links: ReadonlyMap<string, string>,
): TemplateScope[] {
  const { show, keyEventIds } = doc.sections.timeline
  const key = new Set(keyEventIds)
  const linkFor = pinLinks(doc, links)
  return doc.timeline
    .filter(isIncidentEvent)
    .sort(compareTimelineEvents)
    .flatMap((event) => {
      const link = linkFor(event)
      if (show === 'key' && !key.has(event.id)) return []
      return [
        {
          time: utcSeconds(event.occurredAt),
          kind: KIND_LABELS[event.kind],
          text: event.text,
          author: event.author,
          is_key: yes(key.has(event.id)),
          link,
        },
      ]
    })
}

function actionItemScope(item: ActionItem, index: number): TemplateScope {
  return {
    number: String(index + 1),
    title: item.title,
    owner: item.owner,
    due_date: item.dueDate ?? '',
    priority: item.priority,
    type: ACTION_ITEM_TYPE_LABELS[item.type],
    status: ACTION_ITEM_STATUS_LABELS[item.status],
    is_open: yes(item.status === 'open'),
    is_in_progress: yes(item.status === 'in_progress'),
    is_done: yes(item.status === 'done'),
    ticket_url: item.ticketUrl,
  }
}

function actionItemLists(items: readonly ActionItem[]) {
  const all = items.map(actionItemScope)
  const ofType = (type: ActionItemType) => all.filter((_, i) => items[i]?.type === type)
  return {
    action_items: all,
    prevent_items: ofType('prevent'),
    mitigate_items: ofType('mitigate'),
    detect_items: ofType('detect'),
    process_items: ofType('process'),
  }
}

function evidenceRows(
  doc: PostmortemDocument,
  links: ReadonlyMap<string, string>,
): TemplateScope[] {
  const byId = new Map(doc.evidence.map((item) => [item.id, item]))
  const kept = doc.sections.evidence.flatMap((entry) => {
    const item = byId.get(entry.evidenceId)
    return item ? [{ item, caption: entry.caption }] : []
  })
  return kept.map(({ item, caption }, i) => {
    const link = links.get(item.id) ?? ''
    return {
      number: String(i + 1),
      caption,
      kind: item.kind === 'chart' ? 'Chart' : 'Trace',
      source: item.sourceName,
      link,
      image: yes(link.endsWith('.png')),
      is_chart: yes(item.kind === 'chart'),
      is_trace: yes(item.kind === 'trace'),
    }
  })
}

function incidentFacts(doc: PostmortemDocument): TemplateScope {
  const { incident, postmortem, roles } = doc
  return {
    incident_id: incident.id,
    severity: incident.severity,
    severity_meaning: SEVERITY_MEANING[incident.severity],
    incident_status: STATUS_LABELS[incident.status],
    postmortem_status: POSTMORTEM_STATUS_LABELS[postmortem.status],
    postmortem_is_draft: yes(postmortem.status === 'draft'),
    postmortem_is_in_review: yes(postmortem.status === 'in_review'),
    postmortem_is_reviewed: yes(postmortem.status === 'reviewed'),
    postmortem_is_published: yes(postmortem.status === 'published'),
    template_name: doc.templateName,
    started_at: utcStamp(incident.startedAt),
    detected_at: utcStamp(incident.detectedAt),
    acknowledged_at: utcStamp(incident.acknowledgedAt),
    mitigated_at: utcStamp(incident.mitigatedAt),
    resolved_at: utcStamp(incident.resolvedAt),
    timeline_zone: 'UTC',
    commander: roles.commander,
    scribe: roles.scribe,
    communications_lead: roles.communications,
    responders: roles.responders,
    responders_list: roles.responders.join(', '),
  }
}

/** The data every template renders from; names match PLACEHOLDERS. */
export function templateData(
  doc: PostmortemDocument,
  links: ReadonlyMap<string, string>,
): TemplateScope {
  const s = doc.sections
  return {
    ...incidentFacts(doc),
    title: s.title,
    summary: s.summary,
    impact_duration: duration(s.impact.durationMs),
    affected_services: s.impact.affectedServices,
    affected_services_list: s.impact.affectedServices.join(', '),
    users_affected: s.impact.usersAffected,
    slo_budget_consumed: percent(s.impact.sloBudgetConsumedPercent),
    impact_description: s.impact.description,
    detection_how: s.detection.how,
    time_to_detect: duration(s.detection.timeToDetectMs),
    time_to_acknowledge: duration(s.response.timeToAcknowledgeMs),
    time_to_mitigate: duration(s.response.timeToMitigateMs),
    response_notes: s.response.notes,
    time_to_resolve: duration(s.recovery.timeToResolveMs),
    recovery_notes: s.recovery.notes,
    timeline: timelineRows(doc, links),
    root_cause: s.rootCause.rootCause,
    trigger: s.rootCause.trigger,
    contributing_factors: s.contributingFactors,
    five_whys: s.fiveWhys
      .map((pair, i) => ({ number: String(i + 1), why: pair.why, because: pair.because }))
      .filter((pair) => pair.why.trim() !== '' || pair.because.trim() !== ''),
    hypotheses_ruled_out: s.hypothesesRuledOut.map((h) => ({ text: h.text, reason: h.reason })),
    went_well: s.wentWell,
    went_wrong: s.wentWrong,
    got_lucky: s.gotLucky,
    ...actionItemLists(doc.actionItems),
    lessons_learned: s.lessonsLearned,
    evidence: evidenceRows(doc, links),
    communication_internal: s.communication.internal,
    communication_external: s.communication.external,
    documentation: s.documentation,
    conclusion: s.conclusion,
    tags: s.tags,
  }
}
