import {
  ACTION_ITEM_PRIORITIES,
  ACTION_ITEM_STATUS_LABELS,
  ACTION_ITEM_STATUSES,
  ACTION_ITEM_TYPE_LABELS,
  ACTION_ITEM_TYPES,
  type ActionItemPriority,
  type ActionItemStatus,
  type ActionItemType,
} from '../../../../../shared/domain/postmortem/model'

export const PRIORITY_OPTIONS = ACTION_ITEM_PRIORITIES.map((p) => ({ value: p, label: p }))
export const TYPE_OPTIONS = ACTION_ITEM_TYPES.map((t) => ({
  value: t,
  label: ACTION_ITEM_TYPE_LABELS[t],
}))
export const STATUS_OPTIONS = ACTION_ITEM_STATUSES.map((s) => ({
  value: s,
  label: ACTION_ITEM_STATUS_LABELS[s],
}))

const isOneOf =
  <T extends string>(values: readonly T[]) =>
  (value: string): value is T =>
    (values as readonly string[]).includes(value)

export const isPriority: (value: string) => value is ActionItemPriority =
  isOneOf(ACTION_ITEM_PRIORITIES)
export const isItemType: (value: string) => value is ActionItemType = isOneOf(ACTION_ITEM_TYPES)
export const isItemStatus: (value: string) => value is ActionItemStatus =
  isOneOf(ACTION_ITEM_STATUSES)
