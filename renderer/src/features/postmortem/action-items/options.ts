import type { TFunction } from 'i18next'
import {
  ACTION_ITEM_PRIORITIES,
  ACTION_ITEM_STATUSES,
  ACTION_ITEM_TYPES,
  type ActionItemPriority,
  type ActionItemStatus,
  type ActionItemType,
} from '../../../../../shared/domain/postmortem/model'

// Option labels are looked up at render, so a language switch reaches them.

export const PRIORITY_OPTIONS = ACTION_ITEM_PRIORITIES.map((p) => ({ value: p, label: p }))

export const typeOptions = (t: TFunction<'postmortem'>) =>
  ACTION_ITEM_TYPES.map((type) => ({ value: type, label: t(`actionItems.types.${type}`) }))

export const statusOptions = (t: TFunction<'postmortem'>) =>
  ACTION_ITEM_STATUSES.map((status) => ({
    value: status,
    label: t(`actionItems.statuses.${status}`),
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
