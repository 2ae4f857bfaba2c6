import type { z } from 'zod'
import { timelineTextSchema } from '../../../../shared/contract/schemas'
import { i18n } from '../../i18n'
import { readEventTimeField, type EventTimeField } from '../../ui/event-time'
import type { DisplayZone } from '../../ui/time'
import type { Checked } from '../../ui/useCheckedSubmit'

export interface NoteFieldErrors {
  text?: string
  occurredAt?: string
}

export type NoteValidation = Checked<
  keyof NoteFieldErrors,
  { text: string; occurredAt: number | undefined }
>

// The shared schema words its refusals in English; told apart by kind, said in the UI language.
function textProblem(issue: z.core.$ZodIssue | undefined): string {
  if (issue?.code === 'too_big')
    return i18n.t('timeline:validation.tooLong', { max: Number(issue.maximum) })
  return i18n.t('timeline:validation.empty')
}

/** A note's text and optional time, checked with the backend's rules before sending. */
export function validateNote(
  text: string,
  eventTime: EventTimeField,
  zone: DisplayZone,
  now: number,
): NoteValidation {
  const errors: NoteFieldErrors = {}
  const parsedText = timelineTextSchema.safeParse(text)
  if (!parsedText.success) errors.text = textProblem(parsedText.error.issues[0])
  const time = readEventTimeField(eventTime, zone, now)
  if (!time.ok) errors.occurredAt = time.error
  if (!parsedText.success || !time.ok) return { ok: false, errors }
  return { ok: true, input: { text: parsedText.data, occurredAt: time.time } }
}

/** Ctrl+Enter (Cmd+Enter on a Mac) submits a multi-line note; plain Enter is a new line. */
export function isSubmitChord(event: { key: string; ctrlKey: boolean; metaKey: boolean }): boolean {
  return event.key === 'Enter' && (event.ctrlKey || event.metaKey)
}

export function submitChordLabel(platform: string = navigator.platform): string {
  return /mac|iphone|ipad/i.test(platform) ? '⌘ Enter' : 'Ctrl Enter'
}
