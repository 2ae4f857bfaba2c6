// What the trace code wrote (the summary sentence, normalization's warnings, search notes) comes
// as catalogue messages beside its English text. These word them in the UI language, with the
// figures they carry formatted for it: "74% de 7,1 s" rather than the English "7.1 s".
import { formatDurationUsWith } from '../../../../shared/domain/traces/format'
import { messageSchema } from '../../../../shared/i18n/message-schema'
import type { MessageParams, WireMessage } from '../../../../shared/i18n/messages'
import { formatFixed, formatNumber, formatPercent } from '../../i18n/format'
import { currentLanguage, type Language } from '../../i18n/locale'
import { wordMessage } from '../../i18n/messages'

let separator: { language: Language; value: string } | null = null

/** The UI language's decimal separator, asked once per language (waterfall rows ask often). */
function decimalSeparator(): string {
  const language = currentLanguage()
  if (separator?.language !== language) {
    separator = { language, value: formatFixed(0.5, 1, false).charAt(1) }
  }
  return separator.value
}

/** A trace duration in the UI language: "7.1 s" in English, "7,1 s" in Portuguese. */
export function formatTraceDuration(us: number): string {
  return formatDurationUsWith(us, decimalSeparator())
}

/** A share rounded as the trace code rounds it (whole percent, "<1%" for small non-zero ones). */
function formatRatio(ratio: number): string {
  if (ratio > 0 && ratio < 0.01) return `<${formatPercent(0.01, 0)}`
  return formatPercent(Math.round(ratio * 100) / 100, 0)
}

/** `part` as a share of `whole` in the UI language, like shared formatShare: "74%", "<1%". */
export function formatTraceShare(part: number, whole: number): string {
  return formatRatio(whole <= 0 ? 0 : part / whole)
}

/** The English figures of a message's values, rewritten from the numbers that ride beside them. */
function localFigures(params: MessageParams): MessageParams {
  const local: Record<string, string | number> = { ...params }
  if (typeof params.durationUs === 'number') local.duration = formatTraceDuration(params.durationUs)
  if (typeof params.shareRatio === 'number') local.share = formatRatio(params.shareRatio)
  if (typeof params.n === 'number') local.n = formatNumber(params.n)
  return local
}

/** A message of the trace code in the UI language; English is shown exactly as the backend wrote it. */
export function wordTraceMessage(message: WireMessage | null | undefined, english: string): string {
  if (!message || currentLanguage() === 'en') return english
  return wordMessage({ ...message, params: localFigures(message.params ?? {}) }, english)
}

/** Warnings or notes: the English texts and, in the same order, their messages where there is one. */
export function wordTraceWarnings(
  english: readonly string[],
  texts: readonly (WireMessage | null)[] | undefined,
): string[] {
  return english.map((text, index) => wordTraceMessage(texts?.[index], text))
}

/** A message kept in stored evidence (older pins have none), or null when it is not one. */
export function storedMessage(value: unknown): WireMessage | null {
  const parsed = messageSchema.safeParse(value)
  return parsed.success ? parsed.data : null
}
