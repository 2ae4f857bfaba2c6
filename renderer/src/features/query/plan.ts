// From what the user typed to the query to send: range, step and unit, or what is wrong.
import type { Incident } from '../../../../shared/domain/incident'
import {
  chooseStep,
  pointCount,
  MAX_POINTS_PER_SERIES,
} from '../../../../shared/domain/prometheus/step'
import { i18n } from '../../i18n'
import { formatNumber } from '../../i18n/format'
import { fromDateTimeInputValue, type DisplayZone } from '../../ui/time'
import type { QueryDraft, SubmittedQuery } from './store'
import { guessUnit, parseStep, presetRange, type TimeRange } from './time-range'

export type PlanProblems = Partial<Record<'query' | 'range' | 'step' | 'source', string>>

export type QueryPlan = { ok: true; query: SubmittedQuery } | { ok: false; problems: PlanProblems }

function customRange(draft: QueryDraft, zone: DisplayZone): TimeRange | string {
  if (draft.customStart.badInput || draft.customEnd.badInput) return i18n.t('query:plan.validDate')
  const startMs = fromDateTimeInputValue(draft.customStart.value, zone)
  const endMs = fromDateTimeInputValue(draft.customEnd.value, zone)
  if (Number.isNaN(startMs) || Number.isNaN(endMs)) return i18n.t('query:plan.bothEnds')
  if (endMs <= startMs) return i18n.t('query:plan.endAfterStart')
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
  if (!text) problems.query = i18n.t('query:plan.enterQuery')
  if (!context.sourceId) problems.source = i18n.t('query:plan.addSource')
  const range =
    draft.range === 'custom'
      ? customRange(draft, context.zone)
      : (presetRange(draft.range, context.incident, context.now) ??
        i18n.t('query:plan.chooseRange'))
  if (typeof range === 'string') problems.range = range
  const step = parseStep(draft.stepText)
  if (step === 'invalid') problems.step = i18n.t('query:plan.stepFormat')
  if (typeof range !== 'string' && typeof step === 'number') {
    if (pointCount(range.startMs, range.endMs, step) > MAX_POINTS_PER_SERIES) {
      problems.step = i18n.t('query:plan.tooManyPoints', {
        max: formatNumber(MAX_POINTS_PER_SERIES),
      })
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
