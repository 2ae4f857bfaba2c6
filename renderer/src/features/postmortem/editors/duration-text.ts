import { formatDuration } from '../../../../../shared/domain/durations'

// Durations in the postmortem are typed the way the incident header shows them ("1h 05m",
// "42m", "90s", "2d 03h"); empty means unknown.

const UNIT_MS: Record<string, number> = {
  d: 86_400_000,
  h: 3_600_000,
  m: 60_000,
  min: 60_000,
  s: 1000,
}

/** Refused text carries no message: the field says how to write a duration, in the UI's language. */
export type ParsedDuration = { ok: true; ms: number | null } | { ok: false }

export function durationText(ms: number | null): string {
  return ms === null ? '' : formatDuration(ms)
}

export function parseDurationText(text: string): ParsedDuration {
  const trimmed = text.trim().toLowerCase()
  if (trimmed === '') return { ok: true, ms: null }
  const parts = trimmed.split(/\s+|(?<=[a-z])(?=\d)/)
  let total = 0
  const seen = new Set<string>()
  for (const part of parts) {
    const match = /^(\d{1,6})(d|h|min|m|s)$/.exec(part)
    const unit = match?.[2]
    const multiplier = unit === undefined ? undefined : UNIT_MS[unit]
    if (!match || multiplier === undefined || seen.has(multiplier.toString())) {
      return { ok: false }
    }
    seen.add(multiplier.toString())
    total += Number(match[1]) * multiplier
  }
  return { ok: true, ms: total }
}
