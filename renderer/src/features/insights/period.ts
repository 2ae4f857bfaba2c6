// The periods Insights offers, as [from, to) in epoch ms. Pure, so it is tested without a clock.

export const PERIODS = ['30d', '90d', '12m', 'all', 'custom'] as const
export type Period = (typeof PERIODS)[number]

const DAY_MS = 24 * 60 * 60 * 1000
/** "All time" starts here: before any incident this app could hold. */
export const ALL_TIME_FROM = Date.UTC(1990, 0, 1)

export interface PeriodRange {
  from: number
  to: number
}

/** Days of a custom period ("YYYY-MM-DD", UTC), the last one included; null when unusable. */
export function customRange(fromDay: string, toDay: string): PeriodRange | null {
  const from = Date.parse(`${fromDay}T00:00:00Z`)
  const to = Date.parse(`${toDay}T00:00:00Z`) + DAY_MS
  if (!Number.isFinite(from) || !Number.isFinite(to) || to <= from) return null
  return { from, to }
}

export function periodRange(period: Exclude<Period, 'custom'>, now: number): PeriodRange {
  // Up to the end of today (UTC), so an incident declared a minute ago counts.
  const to = Math.floor(now / DAY_MS) * DAY_MS + DAY_MS
  switch (period) {
    case '30d':
      return { from: to - 30 * DAY_MS, to }
    case '90d':
      return { from: to - 90 * DAY_MS, to }
    case '12m': {
      const end = new Date(to)
      return { from: Date.UTC(end.getUTCFullYear() - 1, end.getUTCMonth(), end.getUTCDate()), to }
    }
    case 'all':
      return { from: ALL_TIME_FROM, to }
  }
}
