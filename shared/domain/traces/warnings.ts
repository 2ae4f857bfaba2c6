// What the trace code tells the user (normalization's findings, why a payload cannot be read) is
// a catalogue message, so each screen words it in the reader's language; the English wording
// stays beside it for logs, tests and exports. Warnings the source itself sent are its own text.
import { englishText } from '../../i18n/english'
import type { Message, MessageKey, MessageParams } from '../../i18n/messages'
import type { TraceParseError } from './model'

/** A warning as collected: Firebreak's own (a message) or the source's (its text as sent). */
export type TraceWarning = Message | string

/** Warnings as they leave the trace code: English text, and the message where Firebreak wrote one. */
export interface WordedWarnings {
  warnings: string[]
  /** Same order as `warnings`; null where the text is the source's own. */
  warningTexts: (Message | null)[]
}

export function englishWarning(warning: TraceWarning): string {
  return typeof warning === 'string' ? warning : englishText(warning)
}

export function wordedWarnings(list: readonly TraceWarning[]): WordedWarnings {
  return {
    warnings: list.map(englishWarning),
    warningTexts: list.map((warning) => (typeof warning === 'string' ? null : warning)),
  }
}

/**
 * A message placed inside another whose text reads `$t(<group>.{{slot}})`: the inner key's last
 * part fills the slot and its values join the outer ones (i18next words the inner text there).
 */
export function nestedParams(slot: string, inner: Message): MessageParams {
  const key: MessageKey = inner.key
  return { ...inner.params, [slot]: key.slice(key.lastIndexOf('.') + 1) }
}

/** A reason a payload cannot be read, in English and as its message. */
export function parseError(
  code: TraceParseError['code'],
  text: Message,
  where: Pick<TraceParseError, 'detectedAs' | 'path' | 'line'> = {},
): TraceParseError {
  return { code, message: englishText(text), text, ...where }
}
