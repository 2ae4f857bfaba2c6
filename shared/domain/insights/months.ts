import type { EpochMs } from '../incident'

// Calendar months in UTC, the unit of the insight trends.

/** "2026-03" for a time in March 2026 (UTC). */
export function monthOf(at: EpochMs): string {
  return new Date(at).toISOString().slice(0, 7)
}

/** The month holding a time as one number (year * 12 + month from 0), cheaper than its name. */
export function monthNumberOf(at: EpochMs): number {
  const date = new Date(at)
  return date.getUTCFullYear() * 12 + date.getUTCMonth()
}

/** The month number of a "2026-03" name. */
export function monthNumberOfName(month: string): number {
  return Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1
}

/** The longest trend drawn; a longer period shows its last ten years. */
export const MAX_MONTHS = 120

/** Every month from the one holding `from` to the one holding `to`, both included. */
export function months(from: EpochMs, to: EpochMs): string[] {
  const start = new Date(from)
  const end = new Date(to)
  let year = start.getUTCFullYear()
  let month = start.getUTCMonth()
  const lastKey = end.getUTCFullYear() * 12 + end.getUTCMonth()
  if (lastKey - (year * 12 + month) >= MAX_MONTHS) {
    year = Math.floor((lastKey - MAX_MONTHS + 1) / 12)
    month = (lastKey - MAX_MONTHS + 1) % 12
  }
  const out: string[] = []
  while (year * 12 + month <= lastKey) {
    out.push(`${year}-${String(month + 1).padStart(2, '0')}`)
    month += 1
    if (month === 12) {
      month = 0
      year += 1
    }
  }
  return out
}
