// From what the user typed to the query to send: range, step and unit, or what is wrong.
import type { Incident } from '../../../../shared/domain/incident'
import {
  chooseStep,
  pointCount,
  MAX_POINTS_PER_SERIES,
} from '../../../../shared/domain/prometheus/step'
import { fromDateTimeInputValue, type DisplayZone } from '../../ui/time'
import type { QueryDraft, SubmittedQuery } from './store'
import { guessUnit, parseStep, presetRange, type TimeRange } from './time-range'

export type PlanProblems = Partial<Record<'query' | 'range' | 'step' | 'source', string>>

export type QueryPlan = { ok: true; query: SubmittedQuery } | { ok: false; problems: PlanProblems }

function customRange(draft: QueryDraft, zone: DisplayZone): TimeRange | string {
  if (draft.customStart.badInput || draft.customEnd.badInput) return 'Enter a valid date and time'
  const startMs = fromDateTimeInputValue(draft.customStart.value, zone)
  const endMs = fromDateTimeInputValue(draft.customEnd.value, zone)
  if (Number.isNaN(startMs) || Number.isNaN(endMs)) return 'Enter both the start and the end'
  if (endMs <= startMs) return 'The end must be after the start'
  return { startMs, endMs }
}

interface PlanContext {
  sourceId: string | null
  incident: Pick<Incident, 'startedAt' | 'resolvedAt'> | null
  zone: DisplayZone
  now: number
  /** The chart's plotting width: about one point per pixel. */
  widthPx: number
}

export function planQuery(draft: QueryDraft, context: PlanContext): QueryPlan {
  const problems: PlanProblems = {}
  const text = draft.text.trim()
  if (!text) problems.query = 'Enter a PromQL query'
  if (!context.sourceId) problems.source = 'Add a Prometheus data source first'
  const range =
    draft.range === 'custom'
      ? customRange(draft, context.zone)
      : (presetRange(draft.range, context.incident, context.now) ?? 'Choose a time range')
  if (typeof range === 'string') problems.range = range
  const step = parseStep(draft.stepText)
  if (step === 'invalid') problems.step = 'Write the step like 15s, 1m or 1h, or leave it empty'
  if (typeof range !== 'string' && typeof step === 'number') {
    if (pointCount(range.startMs, range.endMs, step) > MAX_POINTS_PER_SERIES) {
      problems.step = `This step gives more than ${MAX_POINTS_PER_SERIES.toLocaleString('en-US')} points per series; choose a larger step or leave it empty`
    }
  }
  if (Object.keys(problems).length > 0 || typeof range === 'string' || step === 'invalid') {
    return { ok: false, problems }
  }
  return {
    ok: true,
    query: {
      sourceId: context.sourceId ?? '',
      query: text,
      ...range,
      stepMs: step ?? chooseStep(range.startMs, range.endMs, context.widthPx),
      unit: draft.unit === 'auto' ? guessUnit(text) : draft.unit,
    },
  }
}
