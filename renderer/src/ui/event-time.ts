import { problemWithEventTime } from '../../../shared/domain/incident'
import { i18n } from '../i18n'
import { wordShared } from '../i18n/messages'
import { fromDateTimeInputValue, type DisplayZone } from './time'

/** What a date-time field holds: its value, and whether the browser saw a half-typed date. */
export interface EventTimeField {
  value: string
  /** `input.validity.badInput`: a partly typed date reads as '' yet is not empty. */
  badInput: boolean
}

export type EventTimeReading = { ok: true; time: number | undefined } | { ok: false; error: string }

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
  return problem ? { ok: false, error: wordShared(problem) } : { ok: true, time }
}
