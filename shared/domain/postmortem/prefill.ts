import type { KeyDuration, KeyDurationName } from '../durations'
import type { Hypothesis } from '../hypotheses'
import type { EpochMs, Incident } from '../incident'
import { runProgress } from '../runbook/view'
import type { RunbookRun } from '../runbook/run'
import type { TimelineEvent, TimelineKind } from '../timeline'
import { blankSections, type PostmortemSections } from './sections'

// Everything Firebreak already knows goes into the first draft, so the author writes only what a
// machine cannot: why it happened and what to change.

/** What the postmortem needs to know about a pinned chart or trace (see the evidence store). */
export interface PinnedEvidence {
  id: string
  kind: 'chart' | 'trace'
  caption: string
  sourceName: string
  summary: Record<string, unknown>
  hasPng: boolean
  createdAt: EpochMs
}

/** Kinds that tell the story at a glance; the author adds or removes key events afterwards. */
const KEY_EVENT_KINDS: ReadonlySet<TimelineKind> = new Set([
  'status',
  'severity',
  'alert',
  'hypothesis',
  'evidence',
])

/** The postmortem's own status changes are about the document, not the incident. */
export function isIncidentEvent(event: TimelineEvent): boolean {
  return event.kind !== 'postmortem' && event.deletedAt === null
}

function durationMs(durations: readonly KeyDuration[], name: KeyDurationName): number | null {
  const found = durations.find((d) => d.name === name)
  return found && !found.live ? found.ms : null
}

function detectionHow(timeline: readonly TimelineEvent[]): string {
  const alert = timeline.find((e) => e.kind === 'alert' && isIncidentEvent(e))
  return alert ? `Alert: ${alert.text}` : ''
}

function runbookNotes(run: RunbookRun | null): string {
  if (!run) return ''
  const progress = runProgress(run)
  const lines = [
    `Runbook "${run.runbook.name}": ${progress.done} of ${progress.total} steps done` +
      (progress.skipped ? `, ${progress.skipped} skipped.` : '.'),
  ]
  run.steps.forEach((step, index) => {
    const title = run.runbook.steps[index]?.title ?? step.stepId
    if (step.state === 'skipped') lines.push(`- Skipped "${title}": ${step.skipReason ?? ''}`)
  })
  return lines.join('\n')
}

function confirmedCauses(hypotheses: readonly Hypothesis[]): string {
  return hypotheses
    .filter((h) => h.status === 'confirmed')
    .map((h) => `- ${h.text}${h.reason ? `: ${h.reason}` : ''}`)
    .join('\n')
}

/**
 * The first draft of a postmortem from the incident and what was recorded during it. Pure: the
 * same inputs give the same draft, so "regenerate this section" is predictable.
 */
export function prefillPostmortem(
  incident: Incident,
  timeline: readonly TimelineEvent[],
  durations: readonly KeyDuration[],
  hypotheses: readonly Hypothesis[],
  evidence: readonly PinnedEvidence[],
  run: RunbookRun | null,
): PostmortemSections {
  const sections = blankSections(incident.title)
  const resolveMs = durationMs(durations, 'resolve')
  return {
    ...sections,
    summary: incident.summary,
    impact: { ...sections.impact, durationMs: resolveMs, affectedServices: [...incident.services] },
    detection: { how: detectionHow(timeline), timeToDetectMs: durationMs(durations, 'detect') },
    response: {
      timeToAcknowledgeMs: durationMs(durations, 'acknowledge'),
      timeToMitigateMs: durationMs(durations, 'mitigate'),
      notes: runbookNotes(run),
    },
    recovery: { timeToResolveMs: resolveMs, notes: '' },
    timeline: {
      show: 'key',
      keyEventIds: timeline
        .filter((e) => isIncidentEvent(e) && KEY_EVENT_KINDS.has(e.kind))
        .map((e) => e.id),
    },
    rootCause: { rootCause: confirmedCauses(hypotheses), trigger: '' },
    hypothesesRuledOut: hypotheses
      .filter((h) => h.status === 'ruled_out')
      .map((h) => ({ hypothesisId: h.id, text: h.text, reason: h.reason })),
    evidence: evidence.map((item) => ({ evidenceId: item.id, caption: item.caption })),
  }
}
