// The PromQL that yields an SLO's numbers for a window, and the summary built from the answers.
import { formatPromDuration } from '../prometheus/step'
import {
  BURN_WINDOWS,
  budgetConsumed,
  budgetRemaining,
  burnRate,
  multiwindowAlertState,
  type BurnWindow,
  type MultiwindowVerdict,
} from './burn-rate'
import { DAY_MS, WINDOW_PLACEHOLDER, type LatencySlo, type SloDefinition } from './definition'

function selectorWith(selector: string, extra?: string): string {
  const parts = [selector.trim(), extra].filter((part): part is string => Boolean(part))
  return `{${parts.join(', ')}}`
}

/** Go clients write le="3"; that is the default when the definition did not record the label. */
export function defaultBucketLabel(thresholdSeconds: number): string {
  return String(thresholdSeconds)
}

/** p-quantile latency (seconds) over a window, interpolated by Prometheus within buckets. */
export function latencyQuantileQuery(
  histogram: string,
  selector: string,
  quantile: number,
  windowMs: number,
): string {
  const range = formatPromDuration(windowMs)
  return `histogram_quantile(${quantile}, sum by (le) (rate(${histogram}_bucket${selectorWith(selector)}[${range}])))`
}

function latencyRatio(slo: LatencySlo, range: string): string {
  const le = slo.bucketLabel ?? defaultBucketLabel(slo.thresholdSeconds)
  const bucket = selectorWith(
    slo.selector,
    `le="${le.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`,
  )
  const count = selectorWith(slo.selector)
  return `sum(rate(${slo.histogram}_bucket${bucket}[${range}])) / sum(rate(${slo.histogram}_count${count}[${range}]))`
}

/** The SLI over the window ending at the evaluation time: good share of events (or of time). */
export function sliQuery(slo: SloDefinition, windowMs: number): string {
  const range = formatPromDuration(windowMs)
  switch (slo.kind) {
    case 'latency':
      return latencyRatio(slo, range)
    case 'availability': {
      const good = slo.goodQuery.split(WINDOW_PLACEHOLDER).join(range)
      const total = slo.totalQuery.split(WINDOW_PLACEHOLDER).join(range)
      return `(${good}) / (${total})`
    }
    case 'uptime':
      return `avg(avg_over_time(${slo.upSelector}[${range}]))`
  }
}

/** Burn rate over the window: the bad share divided by the budget share. */
export function burnRateQuery(slo: SloDefinition, windowMs: number): string {
  // toPrecision drops float noise: 1 - 0.999 is 0.0010000000000000009.
  const budget = Number((1 - slo.target).toPrecision(12))
  return `(1 - (${sliQuery(slo, windowMs)})) / ${budget}`
}

export function periodMs(slo: SloDefinition): number {
  return slo.periodDays * DAY_MS
}

export interface SloQuery {
  key: 'period' | BurnWindow
  windowMs: number
  query: string
}

/** The instant queries behind the impact panel, all evaluated at the same time. */
export function sloQueries(slo: SloDefinition): SloQuery[] {
  const windows = Object.entries(BURN_WINDOWS) as [BurnWindow, number][]
  return [
    { key: 'period', windowMs: periodMs(slo), query: sliQuery(slo, periodMs(slo)) },
    ...windows.map(([key, windowMs]) => ({ key, windowMs, query: sliQuery(slo, windowMs) })),
  ]
}

export interface SloStatus {
  sliOverPeriod: number | null
  budgetRemaining: number | null
  burnRates: Record<BurnWindow, number | null>
  alert: MultiwindowVerdict
}

/** Combines the SLIs answered for sloQueries (null where there was no data). */
export function summarizeSlo(
  slo: SloDefinition,
  sliByKey: Partial<Record<SloQuery['key'], number | null>>,
): SloStatus {
  const burnRates = {} as Record<BurnWindow, number | null>
  for (const key of Object.keys(BURN_WINDOWS) as BurnWindow[]) {
    burnRates[key] = burnRate(sliByKey[key] ?? null, slo.target)
  }
  const sliOverPeriod = sliByKey.period ?? null
  return {
    sliOverPeriod,
    budgetRemaining: budgetRemaining(sliOverPeriod, slo.target),
    burnRates,
    alert: multiwindowAlertState(burnRates),
  }
}

export interface IncidentWindowQuery {
  /** Evaluate the query at this time (the incident's end). */
  evaluateAtMs: number
  windowMs: number
  query: string
}

/** The SLI over exactly the incident window, evaluated at its end. */
export function incidentSliQuery(
  slo: SloDefinition,
  startMs: number,
  endMs: number,
): IncidentWindowQuery {
  const windowMs = Math.max(1000, Math.round((endMs - startMs) / 1000) * 1000)
  return { evaluateAtMs: endMs, windowMs, query: sliQuery(slo, windowMs) }
}

export interface IncidentImpact {
  sli: number | null
  burnRate: number | null
  /** Share of the period's error budget the incident consumed (0.5 = half). */
  budgetConsumed: number | null
}

export function incidentImpact(
  slo: SloDefinition,
  windowMs: number,
  sli: number | null,
): IncidentImpact {
  const rate = burnRate(sli, slo.target)
  return { sli, burnRate: rate, budgetConsumed: budgetConsumed(rate, windowMs, periodMs(slo)) }
}
