// A timeline entry as the reader sees it. Entries the app wrote carry a catalogue message and are
// worded in the UI language; a shipped runbook's names inside them (step titles, checklist items,
// runbook names) are translated by the ids stored beside them. The user's own words, and entries
// older than messages, are shown as stored.
import type { TimelineEvent } from '../../../../shared/domain/timeline'
import type { MessageParams } from '../../../../shared/i18n/messages'
import { wordMessage } from '../../i18n/messages'
import {
  localizedChecklistItem,
  localizedRunbookName,
  localizedStepTitle,
} from '../runbook/step-text'

function localizedParams(params: MessageParams | undefined): MessageParams | undefined {
  if (!params) return params
  const text = (name: string) => {
    const value = params[name]
    return typeof value === 'string' ? value : null
  }
  const out: Record<string, string | number> = { ...params }
  const stepId = text('stepId')
  const step = text('step')
  const itemId = text('itemId')
  const item = text('item')
  if (stepId && step !== null) out.step = localizedStepTitle(stepId, step)
  if (stepId && itemId && item !== null) out.item = localizedChecklistItem(stepId, itemId, item)
  // Runbook names: the one chosen, or both sides of a change (whose from/to carry ids).
  for (const [name, id] of [
    ['runbook', 'runbookId'],
    ['from', 'fromId'],
    ['to', 'toId'],
  ] as const) {
    const value = text(name)
    const runbookId = text(id)
    if (value !== null && runbookId) out[name] = localizedRunbookName(runbookId, value)
  }
  return out
}

/** The entry's text in the UI language; its stored English when it has no message. */
export function eventText(event: Pick<TimelineEvent, 'text' | 'message'>): string {
  const { message } = event
  if (!message) return event.text
  return wordMessage({ ...message, params: localizedParams(message.params) }, event.text)
}
