import { z } from 'zod'
import type { EpochMs } from '../incident'

// The postmortem of one incident: its review status, its template and its action items. The
// written content lives in sections (see sections.ts); action items are rows of their own so the
// library can ask "which items are overdue" across every incident.

export const POSTMORTEM_STATUSES = ['draft', 'in_review', 'reviewed', 'published'] as const
export type PostmortemStatus = (typeof POSTMORTEM_STATUSES)[number]

export const POSTMORTEM_STATUS_LABELS: Record<PostmortemStatus, string> = {
  draft: 'Draft',
  in_review: 'In review',
  reviewed: 'Reviewed',
  published: 'Published',
}

/**
 * Review moves one step at a time, forward or back; a published postmortem goes back to Draft
 * when it has to be amended (and the incident leaves "closed" for "postmortem" again).
 */
const NEXT: Record<PostmortemStatus, readonly PostmortemStatus[]> = {
  draft: ['in_review'],
  in_review: ['draft', 'reviewed'],
  reviewed: ['in_review', 'published'],
  published: ['draft'],
}

export function allowedPostmortemStatuses(from: PostmortemStatus): PostmortemStatus[] {
  return [...NEXT[from]]
}

/** Reviewed and published text is what reviewers signed off; editing needs a move back first. */
export function isPostmortemEditable(status: PostmortemStatus): boolean {
  return status === 'draft' || status === 'in_review'
}

export const DEFAULT_TEMPLATE_ID = 'google-sre'

export interface Postmortem {
  incidentId: string
  status: PostmortemStatus
  templateId: string
  createdAt: EpochMs
  updatedAt: EpochMs
  statusChangedAt: EpochMs
}

export const ACTION_ITEM_PRIORITIES = ['P1', 'P2', 'P3'] as const
export type ActionItemPriority = (typeof ACTION_ITEM_PRIORITIES)[number]
export const ACTION_ITEM_TYPES = ['prevent', 'mitigate', 'detect', 'process'] as const
export type ActionItemType = (typeof ACTION_ITEM_TYPES)[number]
export const ACTION_ITEM_STATUSES = ['open', 'in_progress', 'done'] as const
export type ActionItemStatus = (typeof ACTION_ITEM_STATUSES)[number]

export const ACTION_ITEM_STATUS_LABELS: Record<ActionItemStatus, string> = {
  open: 'Open',
  in_progress: 'In progress',
  done: 'Done',
}
export const ACTION_ITEM_TYPE_LABELS: Record<ActionItemType, string> = {
  prevent: 'Prevent',
  mitigate: 'Mitigate',
  detect: 'Detect',
  process: 'Process',
}

export const ACTION_ITEM_TITLE_MAX_LENGTH = 500
export const ACTION_ITEM_OWNER_MAX_LENGTH = 100
export const TICKET_URL_MAX_LENGTH = 2000

export interface ActionItem {
  id: string
  incidentId: string
  title: string
  /** Free text: a name or a team; '' when nobody owns it yet. */
  owner: string
  /** A calendar date, "YYYY-MM-DD": due at the end of that day wherever the owner is. */
  dueDate: string | null
  priority: ActionItemPriority
  type: ActionItemType
  status: ActionItemStatus
  /** http(s) link to the tracker, or ''. */
  ticketUrl: string
  /** Order in the list, 0-based. */
  position: number
  createdAt: EpochMs
  updatedAt: EpochMs
  /** When it was last marked done; null while open or in progress. */
  completedAt: EpochMs | null
}

/** "YYYY-MM-DD" that is a real calendar date. */
export const dueDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Use a date like 2026-12-31')
  .refine((value) => {
    const date = new Date(`${value}T00:00:00Z`)
    return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value
  }, 'This date does not exist')

/** Only web links: a ticket URL ends up as a link in an exported file. */
export const ticketUrlSchema = z
  .string()
  .trim()
  .max(TICKET_URL_MAX_LENGTH, `Links are at most ${TICKET_URL_MAX_LENGTH} characters`)
  .refine((value) => value === '' || /^https?:\/\/[^\s]+$/i.test(value), {
    message: 'Use a web link starting with http:// or https://',
  })

export const actionItemFieldsSchema = z.object({
  title: z
    .string()
    .trim()
    .min(1, 'Describe the action first')
    .max(ACTION_ITEM_TITLE_MAX_LENGTH, `Keep it under ${ACTION_ITEM_TITLE_MAX_LENGTH} characters`),
  owner: z
    .string()
    .trim()
    .max(
      ACTION_ITEM_OWNER_MAX_LENGTH,
      `Names are at most ${ACTION_ITEM_OWNER_MAX_LENGTH} characters`,
    ),
  dueDate: dueDateSchema.nullable(),
  priority: z.enum(ACTION_ITEM_PRIORITIES, { error: 'Choose P1, P2 or P3' }),
  type: z.enum(ACTION_ITEM_TYPES, { error: 'Choose prevent, mitigate, detect or process' }),
  status: z.enum(ACTION_ITEM_STATUSES, { error: 'Choose open, in progress or done' }),
  ticketUrl: ticketUrlSchema,
})
export type ActionItemFields = z.infer<typeof actionItemFieldsSchema>

/** Applies an edit; completedAt follows the status (set when it becomes done, cleared after). */
export function editActionItem(
  item: ActionItem,
  changes: Partial<ActionItemFields>,
  now: EpochMs,
): ActionItem {
  const next: ActionItem = { ...item, ...changes, updatedAt: now }
  if (next.status === 'done' && item.status !== 'done') next.completedAt = now
  if (next.status !== 'done') next.completedAt = null
  return next
}
