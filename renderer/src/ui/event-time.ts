import { problemWithEventTime } from '../../../shared/domain/incident'
import { i18n } from '../i18n'
import { fromDateTimeInputValue, type DisplayZone } from './time'

/** What a date-time field holds: its value, and whether the browser saw a half-typed date. */
export interface EventTimeField {
  value: string
  /** `input.validity.badInput`: a partly typed date reads as '' yet is not empty. */
  badInput: boolean
}

export type EventTimeReading = { ok: true; time: number | undefined } | { ok: false; error: string }

// The shared rule words its refusals in English (the backend says the same); the renderer shows
// them in the UI language, keyed by that wording.
const PROBLEM_KEYS = {
  'Enter a valid date and time': 'ui:eventTime.invalid',
  'This time is more than a day in the future': 'ui:eventTime.tooFarAhead',
  'This time is before 1990; check the date': 'ui:eventTime.before1990',
} as const

/** A refusal from problemWithEventTime in the UI language; unknown wording is shown as is. */
export function translateEventTimeProblem(problem: string): string {
  const key = PROBLEM_KEYS[problem as keyof typeof PROBLEM_KEYS]
  return key ? i18n.t(key) : problem
}

/**
 * Reads an optional date-time field with the same rules the backend applies. An empty field
 * means "now" and yields `undefined`, so the backend stamps its own clock.
 */
export function readEventTimeField(
  field: EventTimeField,
  zone: DisplayZone,
  now: number,
): EventTimeReading {
  if (field.badInput) return { ok: false, error: i18n.t('ui:eventTime.invalid') }
  if (field.value.trim() === '') return { ok: true, time: undefined }
  const time = fromDateTimeInputValue(field.value, zone)
  const problem = problemWithEventTime(time, now)
  return problem ? { ok: false, error: translateEventTimeProblem(problem) } : { ok: true, time }
}
