import {
  accept,
  eventTime,
  isRefusal,
  refuse,
  timelineDraft,
  type Change,
  type EventTimeContext,
} from './change'
import { msg, type Message } from '../i18n/messages'
import type { EpochMs } from './incident'

// Hypotheses responders test while investigating. Each status change is a timeline event, so the
// postmortem can list what was ruled out and why.

export const HYPOTHESIS_STATUSES = ['open', 'confirmed', 'ruled_out'] as const
export type HypothesisStatus = (typeof HYPOTHESIS_STATUSES)[number]

export const HYPOTHESIS_TEXT_MAX_LENGTH = 2000
export const HYPOTHESIS_REASON_MAX_LENGTH = 5000
export const MAX_HYPOTHESIS_LINKS = 100

export interface Hypothesis {
  id: string
  incidentId: string
  text: string
  status: HypothesisStatus
  /** Why it has its current status; '' for an open hypothesis nobody has argued yet. */
  reason: string
  /** Timeline events that support or contradict it. */
  timelineEventIds: string[]
  /** Frozen evidence (metrics, traces) once that feature exists. */
  evidenceIds: string[]
  author: string
  createdAt: EpochMs
  updatedAt: EpochMs
  statusChangedAt: EpochMs
}

export interface HypothesisLinks {
  timelineEventIds?: readonly string[]
  evidenceIds?: readonly string[]
}

type Problem = { field: string; message: Message }

function cleanText(raw: string): string | Problem {
  const text = raw.trim()
  if (!text) return { field: 'text', message: msg('msgWork:hypotheses.textMissing') }
  if (text.length > HYPOTHESIS_TEXT_MAX_LENGTH) {
    const message = msg('msgWork:hypotheses.textTooLong', { max: HYPOTHESIS_TEXT_MAX_LENGTH })
    return { field: 'text', message }
  }
  return text
}

function cleanLinks(ids: readonly string[], field: string): string[] | Problem {
  const unique = [...new Set(ids)]
  if (unique.length > MAX_HYPOTHESIS_LINKS) {
    return { field, message: msg('msgWork:hypotheses.tooManyLinks', { max: MAX_HYPOTHESIS_LINKS }) }
  }
  return unique
}

const isProblem = (v: unknown): v is Problem =>
  typeof v === 'object' && v !== null && 'message' in v

export function newHypothesis(
  draft: { id: string; incidentId: string; text: string; author: string } & HypothesisLinks,
  ctx: EventTimeContext,
): Change<Hypothesis> {
  const at = eventTime(ctx)
  if (isRefusal(at)) return at
  const text = cleanText(draft.text)
  if (isProblem(text)) return refuse('invalid', text.message, text.field)
  const events = cleanLinks(draft.timelineEventIds ?? [], 'timelineEventIds')
  if (isProblem(events)) return refuse('invalid', events.message, events.field)
  const evidence = cleanLinks(draft.evidenceIds ?? [], 'evidenceIds')
  if (isProblem(evidence)) return refuse('invalid', evidence.message, evidence.field)
  const hypothesis: Hypothesis = {
    id: draft.id,
    incidentId: draft.incidentId,
    text,
    status: 'open',
    reason: '',
    timelineEventIds: events,
    evidenceIds: evidence,
    author: draft.author,
    createdAt: ctx.now,
    updatedAt: ctx.now,
    statusChangedAt: at,
  }
  const added = msg('msgEvents:hypothesis.added', { text })
  return accept(hypothesis, [timelineDraft('hypothesis', added, at)])
}

const STATUS_EVENT_KEYS = {
  open: ['msgEvents:hypothesis.reopened', 'msgEvents:hypothesis.reopenedWithReason'],
  confirmed: ['msgEvents:hypothesis.confirmed', 'msgEvents:hypothesis.confirmedWithReason'],
  ruled_out: ['msgEvents:hypothesis.ruledOut', 'msgEvents:hypothesis.ruledOutWithReason'],
} as const

/** 'Ruled out hypothesis "…": reason'; the statement and the reason are the user's words. */
function statusEventMessage(h: Hypothesis, status: HypothesisStatus, reason: string): Message {
  const [plain, withReason] = STATUS_EVENT_KEYS[status]
  return reason ? msg(withReason, { text: h.text, reason }) : msg(plain, { text: h.text })
}

/** Confirming or ruling out needs a reason; reopening may give one. */
export function setHypothesisStatus(
  hypothesis: Hypothesis,
  status: HypothesisStatus,
  rawReason: string,
  ctx: EventTimeContext,
): Change<Hypothesis> {
  if (hypothesis.status === status) {
    return refuse('conflict', msg(`msgWork:hypotheses.alreadyStatus.${status}`))
  }
  const at = eventTime(ctx)
  if (isRefusal(at)) return at
  const reason = rawReason.trim()
  if (!reason && status !== 'open') {
    const ask =
      status === 'confirmed'
        ? msg('msgWork:hypotheses.sayWhatConfirms')
        : msg('msgWork:hypotheses.sayWhatRulesOut')
    return refuse('invalid', ask, 'reason')
  }
  if (reason.length > HYPOTHESIS_REASON_MAX_LENGTH) {
    const max = HYPOTHESIS_REASON_MAX_LENGTH
    return refuse('invalid', msg('msgWork:hypotheses.reasonTooLong', { max }), 'reason')
  }
  const next: Hypothesis = {
    ...hypothesis,
    status,
    reason,
    updatedAt: ctx.now,
    statusChangedAt: at,
  }
  const changed = statusEventMessage(hypothesis, status, reason)
  return accept(next, [timelineDraft('hypothesis', changed, at)])
}

/** Rewords it or changes its links; not a status change, so nothing goes on the timeline. */
export function editHypothesis(
  hypothesis: Hypothesis,
  edit: { text?: string } & HypothesisLinks,
  now: EpochMs,
): Change<Hypothesis> {
  const text = edit.text === undefined ? hypothesis.text : cleanText(edit.text)
  if (isProblem(text)) return refuse('invalid', text.message, text.field)
  const events = cleanLinks(
    edit.timelineEventIds ?? hypothesis.timelineEventIds,
    'timelineEventIds',
  )
  if (isProblem(events)) return refuse('invalid', events.message, events.field)
  const evidence = cleanLinks(edit.evidenceIds ?? hypothesis.evidenceIds, 'evidenceIds')
  if (isProblem(evidence)) return refuse('invalid', evidence.message, evidence.field)
  return accept({
    ...hypothesis,
    text,
    timelineEventIds: events,
    evidenceIds: evidence,
    updatedAt: now,
  })
}
