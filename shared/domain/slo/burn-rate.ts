// Error budgets and burn rates, after the Google SRE workbook, chapter "Alerting on SLOs".

const MINUTE_MS = 60_000
const HOUR_MS = 60 * MINUTE_MS

/** The windows the impact panel shows a burn rate for. */
export const BURN_WINDOWS = {
  '5m': 5 * MINUTE_MS,
  '30m': 30 * MINUTE_MS,
  '1h': HOUR_MS,
  '6h': 6 * HOUR_MS,
} as const
export type BurnWindow = keyof typeof BURN_WINDOWS

/**
 * Multiwindow, multi-burn-rate alerts for a 30-day SLO: page when 2% of the budget goes in an hour
 * (14.4x over 1h, confirmed over 5m so it resets quickly), open a ticket when 5% goes in six hours
 * (6x over 6h, confirmed over 30m).
 */
export const BURN_ALERTS = {
  page: { burnRate: 14.4, longWindow: '1h', shortWindow: '5m' },
  ticket: { burnRate: 6, longWindow: '6h', shortWindow: '30m' },
} as const satisfies Record<
  string,
  { burnRate: number; longWindow: BurnWindow; shortWindow: BurnWindow }
>

/** Good events over all events; null when there were none (no traffic is not 100%). */
export function sliFromCounts(good: number, total: number): number | null {
  if (!Number.isFinite(good) || !Number.isFinite(total) || total <= 0) return null
  return Math.min(1, Math.max(0, good / total))
}

/** The share of events allowed to fail: 0.001 for a 99.9% target. */
export function errorBudget(target: number): number {
  return 1 - target
}

/**
 * How fast the budget burns: 1 spends exactly the budget over the SLO period, 14.4 spends a
 * 30-day budget in about two days. Null when the SLI is unknown.
 */
export function burnRate(sli: number | null, target: number): number | null {
  if (sli === null || !Number.isFinite(sli)) return null
  return (1 - sli) / errorBudget(target)
}

export type BurnAlertState = 'page' | 'ticket' | 'ok' | 'no_data'

export interface BurnCondition {
  firing: boolean
  long: number | null
  short: number | null
  threshold: number
}

export interface MultiwindowVerdict {
  state: BurnAlertState
  page: BurnCondition
  ticket: BurnCondition
}

function condition(
  rates: Partial<Record<BurnWindow, number | null>>,
  rule: (typeof BURN_ALERTS)[keyof typeof BURN_ALERTS],
): BurnCondition {
  const long = rates[rule.longWindow] ?? null
  const short = rates[rule.shortWindow] ?? null
  // A window without data burns nothing we can see, so it cannot confirm an alert.
  const firing = long !== null && short !== null && long >= rule.burnRate && short >= rule.burnRate
  return { firing, long, short, threshold: rule.burnRate }
}

/** The workbook's alert state from burn rates per window; page wins over ticket. */
export function multiwindowAlertState(
  rates: Partial<Record<BurnWindow, number | null>>,
): MultiwindowVerdict {
  const page = condition(rates, BURN_ALERTS.page)
  const ticket = condition(rates, BURN_ALERTS.ticket)
  const known = (Object.keys(BURN_WINDOWS) as BurnWindow[]).some((w) => (rates[w] ?? null) !== null)
  const state: BurnAlertState = page.firing
    ? 'page'
    : ticket.firing
      ? 'ticket'
      : known
        ? 'ok'
        : 'no_data'
  return { state, page, ticket }
}

/**
 * Share of the period's error budget spent during a window (an incident): its burn rate times its
 * share of the period. 0.25 means a quarter of the month's budget. This assumes traffic during the
 * window was typical; see budgetConsumedByEvents for the event-weighted variant.
 */
export function budgetConsumed(
  burnRateOverWindow: number | null,
  windowMs: number,
  periodMs: number,
): number | null {
  if (burnRateOverWindow === null || !(windowMs >= 0) || !(periodMs > 0)) return null
  return (burnRateOverWindow * windowMs) / periodMs
}

/** Bad events in the window over the bad events the whole period may have. */
export function budgetConsumedByEvents(
  badEventsInWindow: number,
  totalEventsInPeriod: number,
  target: number,
): number | null {
  const allowed = errorBudget(target) * totalEventsInPeriod
  if (!(allowed > 0) || !Number.isFinite(badEventsInWindow)) return null
  return badEventsInWindow / allowed
}

/** Budget left at the end of the period given its SLI: 1 untouched, 0 spent, negative overspent. */
export function budgetRemaining(sliOverPeriod: number | null, target: number): number | null {
  const rate = burnRate(sliOverPeriod, target)
  return rate === null ? null : 1 - rate
}
