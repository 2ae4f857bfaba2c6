import type { EpochMs, Incident } from './incident'

// Key incident durations (time to detect, acknowledge, mitigate, resolve), computed from the
// incident's milestone times. Pure: the header passes `now` to show running phases live.

export const KEY_DURATION_NAMES = ['detect', 'acknowledge', 'mitigate', 'resolve'] as const
export type KeyDurationName = (typeof KEY_DURATION_NAMES)[number]

export type Milestones = Pick<
  Incident,
  'startedAt' | 'detectedAt' | 'acknowledgedAt' | 'mitigatedAt' | 'resolvedAt'
>
type MilestoneField = keyof Milestones

interface DurationRule {
  label: string
  from: { field: MilestoneField; label: string }
  to: { field: MilestoneField; label: string }
}

const RULES: Record<KeyDurationName, DurationRule> = {
  detect: {
    label: 'Time to detect',
    from: { field: 'startedAt', label: 'started' },
    to: { field: 'detectedAt', label: 'detected' },
  },
  acknowledge: {
    label: 'Time to acknowledge',
    from: { field: 'detectedAt', label: 'detected' },
    to: { field: 'acknowledgedAt', label: 'acknowledged' },
  },
  mitigate: {
    label: 'Time to mitigate',
    from: { field: 'startedAt', label: 'started' },
    to: { field: 'mitigatedAt', label: 'mitigated' },
  },
  resolve: {
    label: 'Time to resolve',
    from: { field: 'startedAt', label: 'started' },
    to: { field: 'resolvedAt', label: 'resolved' },
  },
}

/**
 * Detection is the one phase never shown as running: an incident in Firebreak has been detected
 * by definition, so a missing detected time means "not recorded", not "still undetected".
 */
const NEVER_LIVE: ReadonlySet<KeyDurationName> = new Set(['detect'])

export interface DurationEndpoint {
  label: string
  at: EpochMs | null
}

export interface KeyDuration {
  name: KeyDurationName
  /** "Time to mitigate" */
  label: string
  from: DurationEndpoint
  to: DurationEndpoint
  /** Milliseconds, or null when it cannot be known (an endpoint missing and not live). */
  ms: number | null
  /** True when `to` has not happened yet and `ms` runs until `now`. */
  live: boolean
  /** One sentence for the hover text, times formatted with `formatTime`. */
  explanation: string
}

export interface DurationOptions {
  /** Give it to measure phases still running up to now; omit for final figures only. */
  now?: EpochMs
  /** How endpoint times appear in explanations; default UTC, date shown only when needed. */
  formatTime?: (at: EpochMs) => string
}

function explain(d: Omit<KeyDuration, 'explanation'>, format: (at: EpochMs) => string): string {
  if (d.from.at === null) return `${d.label}: unknown, the ${d.from.label} time is not set`
  const from = `from ${d.from.label} (${format(d.from.at)})`
  if (d.to.at !== null) return `${d.label}: ${from} to ${d.to.label} (${format(d.to.at)})`
  if (d.live) return `${d.label}: ${from} until now; not ${d.to.label} yet`
  return `${d.label}: unknown, the ${d.to.label} time is not set`
}

/** One key duration of an incident. */
export function keyDuration(
  name: KeyDurationName,
  incident: Milestones,
  options: DurationOptions = {},
): KeyDuration {
  const rule = RULES[name]
  const fromAt = incident[rule.from.field]
  const toAt = incident[rule.to.field]
  const canRun = options.now !== undefined && !NEVER_LIVE.has(name)
  const live = fromAt !== null && toAt === null && canRun
  let ms: number | null = null
  if (fromAt !== null && toAt !== null) ms = toAt - fromAt
  else if (live && options.now !== undefined) ms = Math.max(0, options.now - fromAt)
  const base = {
    name,
    label: rule.label,
    from: { label: rule.from.label, at: fromAt },
    to: { label: rule.to.label, at: toAt },
    ms,
    live,
  }
  const format = options.formatTime ?? utcFormatterFor(fromAt, toAt ?? options.now ?? null)
  return { ...base, explanation: explain(base, format) }
}

/** All four key durations, in the order the header shows them. */
export function keyDurations(incident: Milestones, options: DurationOptions = {}): KeyDuration[] {
  return KEY_DURATION_NAMES.map((name) => keyDuration(name, incident, options))
}

const pad2 = (n: number) => String(n).padStart(2, '0')

/**
 * Compact duration for headers and lists: "42s", "7m 05s", "1h 07m", "2d 03h".
 * Sub-second remainders are dropped; negative durations keep their sign.
 */
export function formatDuration(ms: number): string {
  if (!Number.isFinite(ms)) return '?'
  if (ms < 0) return `-${formatDuration(-ms)}`
  const totalSeconds = Math.floor(ms / 1000)
  const days = Math.floor(totalSeconds / 86_400)
  const hours = Math.floor((totalSeconds % 86_400) / 3600)
  const minutes = Math.floor((totalSeconds % 3600) / 60)
  const seconds = totalSeconds % 60
  if (days > 0) return `${days}d ${pad2(hours)}h`
  if (hours > 0) return `${hours}h ${pad2(minutes)}m`
  if (minutes > 0) return `${minutes}m ${pad2(seconds)}s`
  return `${seconds}s`
}

/** "2024-05-01 12:03 UTC": unambiguous, for messages that may be read days later. */
export function formatUtc(at: EpochMs): string {
  const iso = new Date(at).toISOString()
  return `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`
}

/** "12:03 UTC" when every time shown falls on the same UTC day, the full form otherwise. */
function utcFormatterFor(a: EpochMs | null, b: EpochMs | null): (at: EpochMs) => string {
  const day = (at: EpochMs) => new Date(at).toISOString().slice(0, 10)
  const sameDay = a === null || b === null || day(a) === day(b)
  return sameDay ? (at) => formatUtc(at).slice(11) : formatUtc
}
