// Durations as the insights and the review show them, in the UI language: "7m 05s", "1h 07m",
// "2d 03h" in English; "7min 05s", "1h 07min", "2d 03h" in Portuguese. Same precision as
// shared/domain/durations' formatDuration, which stays English for the backend's texts.
import { i18n } from '../../i18n'
import { currentLanguage } from '../../i18n/locale'

const pad2 = (value: number) => String(value).padStart(2, '0')

export function formatSpan(ms: number): string {
  if (!Number.isFinite(ms)) return '?'
  if (ms < 0) return `-${formatSpan(-ms)}`
  const lng = currentLanguage()
  const totalSeconds = Math.floor(ms / 1000)
  const days = Math.floor(totalSeconds / 86_400)
  const hours = Math.floor((totalSeconds % 86_400) / 3600)
  const minutes = Math.floor((totalSeconds % 3600) / 60)
  const seconds = totalSeconds % 60
  if (days > 0) return i18n.t('insights:span.days', { lng, days, hours: pad2(hours) })
  if (hours > 0) return i18n.t('insights:span.hours', { lng, hours, minutes: pad2(minutes) })
  if (minutes > 0) return i18n.t('insights:span.minutes', { lng, minutes, seconds: pad2(seconds) })
  return i18n.t('insights:span.seconds', { lng, seconds })
}

/** A month key "2026-03" as the UI language writes it: "2026-03", "03/2026". */
export function formatMonth(month: string): string {
  const [year = '', number = ''] = month.split('-')
  return i18n.t('insights:trend.month', { lng: currentLanguage(), year, month: number })
}
