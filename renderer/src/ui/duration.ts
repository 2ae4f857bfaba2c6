// Pure duration wording for the incident header and the incident list.

const SECOND = 1000
const MINUTE = 60 * SECOND
const HOUR = 60 * MINUTE
const DAY = 24 * HOUR

function pad(value: number): string {
  return String(value).padStart(2, '0')
}

/**
 * A running duration, precise where precision matters: "4m 05s" in the first hour,
 * then "1h 04m", then "2d 03h". A negative span (a clock slightly behind) reads as zero.
 */
export function formatElapsed(ms: number): string {
  const span = Math.max(0, Math.floor(ms))
  if (span < HOUR)
    return `${Math.floor(span / MINUTE)}m ${pad(Math.floor((span % MINUTE) / SECOND))}s`
  if (span < DAY) return `${Math.floor(span / HOUR)}h ${pad(Math.floor((span % HOUR) / MINUTE))}m`
  return `${Math.floor(span / DAY)}d ${pad(Math.floor((span % DAY) / HOUR))}h`
}

/** How long ago, coarse enough to scan a list: "just now", "12 min ago", "5 h ago", "3 days ago". */
export function formatAge(then: number, now: number): string {
  const span = now - then
  if (span < -MINUTE) return 'in the future'
  if (span < MINUTE) return 'just now'
  if (span < HOUR) return `${Math.floor(span / MINUTE)} min ago`
  if (span < 2 * DAY) return `${Math.floor(span / HOUR)} h ago`
  return `${Math.floor(span / DAY)} days ago`
}
