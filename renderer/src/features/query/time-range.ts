// Time ranges for queries: the incident's own window by default, padded so the chart shows what
// came before and after, and the usual "last N" presets.
import type { Incident } from '../../../../shared/domain/incident'
import type { Unit } from '../../../../shared/domain/prometheus/units'

const MINUTE = 60_000
const HOUR = 60 * MINUTE
export const INCIDENT_PADDING_MS = 30 * MINUTE

/** Named in the `query` catalogue under `ranges.<value>`. */
export const RANGE_PRESETS = [
  { value: 'incident', ms: 0 },
  { value: '15m', ms: 15 * MINUTE },
  { value: '1h', ms: HOUR },
  { value: '6h', ms: 6 * HOUR },
  { value: '24h', ms: 24 * HOUR },
  { value: '7d', ms: 7 * 24 * HOUR },
  { value: 'custom', ms: 0 },
] as const
export type RangeChoice = (typeof RANGE_PRESETS)[number]['value']

export interface TimeRange {
  startMs: number
  endMs: number
}

/** From 30 minutes before the start to 30 minutes after the resolution (or now), never future. */
export function incidentRange(
  incident: Pick<Incident, 'startedAt' | 'resolvedAt'>,
  now: number,
): TimeRange {
  const end = Math.min(now, (incident.resolvedAt ?? now) + INCIDENT_PADDING_MS)
  return {
    startMs: incident.startedAt - INCIDENT_PADDING_MS,
    endMs: Math.max(end, incident.startedAt),
  }
}

/** The range a choice means now; null for "custom" (the fields say) or an incident-less window. */
export function presetRange(
  choice: RangeChoice,
  incident: Pick<Incident, 'startedAt' | 'resolvedAt'> | null,
  now: number,
): TimeRange | null {
  if (choice === 'incident') return incident ? incidentRange(incident, now) : null
  const preset = RANGE_PRESETS.find((candidate) => candidate.value === choice)
  if (!preset || preset.ms === 0) return null
  return { startMs: now - preset.ms, endMs: now }
}

const STEP_UNITS: Record<string, number> = { ms: 1, s: 1000, m: MINUTE, h: HOUR, d: 24 * HOUR }

/** "15s", "1m", "2h", "500ms" or a plain number of seconds; empty is automatic (null). */
export function parseStep(text: string): number | null | 'invalid' {
  const trimmed = text.trim()
  if (trimmed === '') return null
  const match = /^(\d+(?:\.\d+)?)\s*(ms|s|m|h|d)?$/.exec(trimmed)
  if (!match) return 'invalid'
  const ms = Number(match[1]) * (STEP_UNITS[match[2] ?? 's'] ?? 1000)
  return ms >= 1 ? Math.round(ms) : 'invalid'
}

/** A starting unit guessed from the metric names; the user can change it. */
export function guessUnit(query: string): Unit {
  if (/_bytes(_total)?\b/.test(query))
    return /\b(rate|irate|increase)\(/.test(query) ? 'bytes_per_second' : 'bytes'
  if (/histogram_quantile/.test(query) && /_seconds/.test(query)) return 'seconds'
  if (/_seconds\b/.test(query) && !/\b(rate|irate)\(/.test(query)) return 'seconds'
  if (/_ratio\b/.test(query)) return 'ratio'
  return 'none'
}
