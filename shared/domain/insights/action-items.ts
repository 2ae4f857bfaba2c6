import type { EpochMs } from '../incident'
import type { ActionItemPriority, ActionItemStatus } from '../postmortem/model'

// When an action item is overdue. With a due date: once that day is over (UTC; the date has no
// time zone, and a day's grace is kinder than a false alarm). Without one: a P1 left open for more
// than 4 weeks, a P2 for more than 8; a P3 without a date is never overdue.

const WEEK_MS = 7 * 24 * 60 * 60 * 1000
const DAY_MS = 24 * 60 * 60 * 1000

/** How long an undated item may stay open, by priority; null: never overdue. */
export const UNDATED_GRACE_MS: Readonly<Record<ActionItemPriority, number | null>> = {
  P1: 4 * WEEK_MS,
  P2: 8 * WEEK_MS,
  P3: null,
}

export interface ActionItemFacts {
  priority: ActionItemPriority
  status: ActionItemStatus
  /** "YYYY-MM-DD" or null. */
  dueDate: string | null
  createdAt: EpochMs
}

export function isOverdue(item: ActionItemFacts, now: EpochMs): boolean {
  if (item.status === 'done') return false
  if (item.dueDate !== null) {
    const endOfDay = Date.parse(`${item.dueDate}T00:00:00Z`) + DAY_MS
    return Number.isFinite(endOfDay) && now >= endOfDay
  }
  const grace = UNDATED_GRACE_MS[item.priority]
  return grace !== null && now - item.createdAt > grace
}
