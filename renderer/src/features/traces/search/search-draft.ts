// The search form's state and its reading into a 'traces.search' input, with the contract's
// own schema so every message appears next to its field before anything is sent.
import type { z } from 'zod'
import { MAX_SEARCH_LIMIT, traceSearchInput } from '../../../../../shared/contract/traces'
import { messageSchema } from '../../../../../shared/i18n/message-schema'
import { i18n } from '../../../i18n'
import { formatNumber } from '../../../i18n/format'
import { wordedFieldErrors, wordMessage } from '../../../i18n/messages'
import type { EventTimeField } from '../../../ui/event-time'
import { fromDateTimeInputValue, type DisplayZone } from '../../../ui/time'
import type { TraceSearchInput } from '../queries'

/** The range choices, in menu order; their labels are traces:form.range.<preset>. */
export const RANGE_PRESETS = ['incident', '15m', '1h', '6h', '24h', '7d', 'custom'] as const
export type RangePreset = (typeof RANGE_PRESETS)[number]

const PRESET_MS: Record<Exclude<RangePreset, 'incident' | 'custom'>, number> = {
  '15m': 15 * 60_000,
  '1h': 3_600_000,
  '6h': 6 * 3_600_000,
  '24h': 24 * 3_600_000,
  '7d': 7 * 24 * 3_600_000,
}

export interface SearchDraft {
  service: string
  operation: string
  tags: string
  minDuration: string
  maxDuration: string
  range: RangePreset
  from: EventTimeField
  to: EventTimeField
  limit: number | string
}

export const SEARCH_FIELDS = [
  'sourceId',
  'service',
  'tags',
  'minDuration',
  'maxDuration',
  'startMs',
  'endMs',
  'limit',
] as const
export type SearchField = (typeof SEARCH_FIELDS)[number]

/** The incident's window with some margin: traces start before the alert fires. */
export interface IncidentWindow {
  startedAt: number
  resolvedAt: number | null
}
const WINDOW_MARGIN_MS = 15 * 60_000

export function emptyDraft(incident: IncidentWindow | null): SearchDraft {
  return {
    service: '',
    operation: '',
    tags: '',
    minDuration: '',
    maxDuration: '',
    range: incident ? 'incident' : '1h',
    from: { value: '', badInput: false },
    to: { value: '', badInput: false },
    limit: 20,
  }
}

function rangeOf(
  draft: SearchDraft,
  incident: IncidentWindow | null,
  zone: DisplayZone,
  now: number,
): { startMs: number; endMs: number } | { errors: Partial<Record<SearchField, string>> } {
  if (draft.range === 'incident' && incident) {
    const endMs = Math.min(now, (incident.resolvedAt ?? now) + WINDOW_MARGIN_MS)
    return { startMs: incident.startedAt - WINDOW_MARGIN_MS, endMs }
  }
  if (draft.range === 'custom') {
    const errors: Partial<Record<SearchField, string>> = {}
    const read = (field: EventTimeField, key: 'startMs' | 'endMs') => {
      if (field.badInput || field.value.trim() === '')
        errors[key] = i18n.t('traces:form.errors.dateTime')
      return fromDateTimeInputValue(field.value, zone)
    }
    const startMs = read(draft.from, 'startMs')
    const endMs = read(draft.to, 'endMs')
    return Object.keys(errors).length > 0 ? { errors } : { startMs, endMs }
  }
  const span = PRESET_MS[draft.range === 'incident' ? '1h' : draft.range]
  return { startMs: now - span, endMs: now }
}

/**
 * A problem with values the catalogues cannot find by its English text, worded from what the
 * schema knows: the filter fields' own messages, and the limit's maximum.
 */
function wordedWithValues(issue: z.core.$ZodIssue): string | undefined {
  if (issue.code === 'custom') {
    const carried = messageSchema.safeParse(issue.params?.text)
    return carried.success ? wordMessage(carried.data, issue.message) : undefined
  }
  if (issue.code === 'too_big' && issue.path[0] === 'limit') {
    return i18n.t('msgTraces:search.atMost', { max: formatNumber(MAX_SEARCH_LIMIT) })
  }
  return undefined
}

/** Each field's first problem, in the UI language. */
function fieldProblems(issues: readonly z.core.$ZodIssue[]): Record<string, string> {
  const fields = wordedFieldErrors(issues)
  const worded = new Set<string>()
  for (const issue of issues) {
    const field = issue.path.map(String).join('.') || '_'
    if (worded.has(field)) continue
    worded.add(field)
    const text = wordedWithValues(issue)
    if (text !== undefined) fields[field] = text
  }
  return fields
}

export function readSearchDraft(
  draft: SearchDraft,
  context: {
    sourceId: string | undefined
    incident: IncidentWindow | null
    zone: DisplayZone
    now: number
  },
):
  | { ok: true; input: TraceSearchInput }
  | { ok: false; errors: Partial<Record<SearchField, string>> } {
  const range = rangeOf(draft, context.incident, context.zone, context.now)
  if ('errors' in range) return { ok: false, errors: range.errors }
  const input: TraceSearchInput = {
    sourceId: context.sourceId ?? '',
    service: draft.service,
    operation: draft.operation,
    tags: draft.tags,
    minDuration: draft.minDuration,
    maxDuration: draft.maxDuration,
    startMs: Math.floor(range.startMs),
    endMs: Math.ceil(range.endMs),
    limit: typeof draft.limit === 'number' ? draft.limit : Number.NaN,
  }
  const parsed = traceSearchInput.safeParse(input)
  if (parsed.success) return { ok: true, input }
  const fields = fieldProblems(parsed.error.issues)
  const errors: Partial<Record<SearchField, string>> = {}
  for (const field of SEARCH_FIELDS) if (fields[field]) errors[field] = fields[field]
  if (!context.sourceId) errors.sourceId = i18n.t('traces:form.errors.noSource')
  if (!Number.isFinite(input.limit))
    errors.limit = i18n.t('traces:form.errors.limit', { max: MAX_SEARCH_LIMIT })
  return { ok: false, errors }
}
