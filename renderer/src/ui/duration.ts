// Pure duration wording for the incident header and the incident list, in the UI language.
// The language is read per call (never at module load) so a switch reaches every screen.

import { i18n } from '../i18n'
import { currentLanguage } from '../i18n/locale'

const SECOND = 1000
const MINUTE = 60 * SECOND
const HOUR = 60 * MINUTE
const DAY = 24 * HOUR

function pad(value: number): string {
  return String(value).padStart(2, '0')
}

/**
 * A running duration, precise where precision matters: "4m 05s" in the first hour,
 * then "1h 04m", then "2d 03h" ("4min 05s", "1h 04min", "2d 03h" in Portuguese).
 * A negative span (a clock slightly behind) reads as zero.
 */
export function formatElapsed(ms: number): string {
  const span = Math.max(0, Math.floor(ms))
  const lng = currentLanguage()
  if (span < HOUR)
    return i18n.t('ui:elapsed.minutes', {
      lng,
      minutes: Math.floor(span / MINUTE),
      seconds: pad(Math.floor((span % MINUTE) / SECOND)),
    })
  if (span < DAY)
    return i18n.t('ui:elapsed.hours', {
      lng,
      hours: Math.floor(span / HOUR),
      minutes: pad(Math.floor((span % HOUR) / MINUTE)),
    })
  return i18n.t('ui:elapsed.days', {
    lng,
    days: Math.floor(span / DAY),
    hours: pad(Math.floor((span % DAY) / HOUR)),
  })
}

/**
 * A finished figure, shorter under a minute: "42s", "7m 05s", "1h 07m", "2d 03h" (the wording
 * of shared/domain's formatDuration, in the UI language). Negative spans keep their sign.
 */
export function formatCompactDuration(ms: number): string {
  if (!Number.isFinite(ms)) return '?'
  if (ms < 0) return `-${formatCompactDuration(-ms)}`
  if (ms < MINUTE)
    return i18n.t('ui:elapsed.seconds', {
      lng: currentLanguage(),
      seconds: Math.floor(ms / SECOND),
    })
  return formatElapsed(ms)
}

/**
 * How long ago, coarse enough to scan a list: "just now", "12 min ago", "5 h ago", "3 days ago"
 * ("agora mesmo", "há 12 min", "há 5 h", "há 3 dias").
 */
export function formatAge(then: number, now: number): string {
  const span = now - then
  const lng = currentLanguage()
  if (span < -MINUTE) return i18n.t('ui:age.future', { lng })
  if (span < MINUTE) return i18n.t('ui:age.justNow', { lng })
  if (span < HOUR) return i18n.t('ui:age.minutes', { lng, count: Math.floor(span / MINUTE) })
  if (span < 2 * DAY) return i18n.t('ui:age.hours', { lng, count: Math.floor(span / HOUR) })
  return i18n.t('ui:age.days', { lng, count: Math.floor(span / DAY) })
}
