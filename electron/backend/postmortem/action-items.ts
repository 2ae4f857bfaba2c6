import { AppError } from '../../../shared/contract/errors'
import { msg } from '../../../shared/i18n/messages'
import type { postmortemChannels } from '../../../shared/contract/postmortem'
import { editActionItem, type ActionItem } from '../../../shared/domain/postmortem/model'
import { requireIncident } from '../handlers/incidents'
import type { HandlerDeps, HandlersFor } from '../handlers/types'
import {
  deleteActionItem,
  findActionItem,
  insertActionItem,
  listActionItems,
  nextActionItemPosition,
  saveActionItem,
} from '../repositories/postmortems'

// Action items stay editable whatever the postmortem's status: they are tracked to done long
// after the document is published.

type ActionItemChannel = Extract<keyof typeof postmortemChannels, `actionItem.${string}`>

function requireActionItem(deps: HandlerDeps, id: string): ActionItem {
  const item = findActionItem(deps.db, id)
  if (!item) throw new AppError('not_found', msg('msgWork:postmortem.actionItemNotFound'))
  return item
}

/** Puts `item` at `position` among its incident's items, renumbering the others 0..n-1. */
function moveTo(deps: HandlerDeps, item: ActionItem, position: number, now: number): void {
  const others = listActionItems(deps.db, item.incidentId).filter((other) => other.id !== item.id)
  const index = Math.min(position, others.length)
  const ordered = [...others.slice(0, index), item, ...others.slice(index)]
  ordered.forEach((entry, i) => {
    if (entry.id === item.id) saveActionItem(deps.db, { ...item, position: i })
    else if (entry.position !== i)
      saveActionItem(deps.db, { ...entry, position: i, updatedAt: now })
  })
}

export function actionItemHandlers(deps: HandlerDeps): HandlersFor<ActionItemChannel> {
  const changed = (incidentId: string) => deps.emit({ name: 'postmortem.changed', incidentId })
  return {
    'actionItem.list'({ incidentId }) {
      requireIncident(deps, incidentId)
      return listActionItems(deps.db, incidentId)
    },
    'actionItem.add'({ incidentId, ...fields }) {
      requireIncident(deps, incidentId)
      const now = deps.now()
      const item: ActionItem = {
        id: deps.newId(),
        incidentId,
        ...fields,
        position: nextActionItemPosition(deps.db, incidentId),
        createdAt: now,
        updatedAt: now,
        completedAt: fields.status === 'done' ? now : null,
      }
      insertActionItem(deps.db, item)
      changed(incidentId)
      return item
    },
    'actionItem.update'({ id, position, ...changes }) {
      const now = deps.now()
      const item = deps.db.transaction(() => {
        const next = editActionItem(requireActionItem(deps, id), changes, now)
        if (position === undefined) saveActionItem(deps.db, next)
        else moveTo(deps, next, position, now)
        return requireActionItem(deps, id)
      })()
      changed(item.incidentId)
      return item
    },
    'actionItem.delete'({ id }) {
      const item = requireActionItem(deps, id)
      deleteActionItem(deps.db, id)
      changed(item.incidentId)
      return { id }
    },
  }
}
