import type { z } from 'zod'
import { fieldMessagesFromIssues } from '../../../shared/contract/errors'
import { englishText } from '../../../shared/i18n/english'
import type { Message, MessageKey, WireMessage } from '../../../shared/i18n/messages'
import { i18n } from './index'

// Texts written by the backend or by shared rules arrive as catalogue messages beside their
// English wording; these word them in the user's language.

/**
 * The message in the current language, or `english` when there is none or this build's
 * catalogues do not know its key (a newer backend, a message from an older file).
 */
export function wordMessage(message: WireMessage | undefined | null, english: string): string {
  if (!message) return english
  // With the values, so a key that exists only in plural forms (_one/_other) is found.
  const params = { ...message.params }
  if (!i18n.exists(message.key, params)) return english
  return i18n.t(message.key as MessageKey, params)
}

/** A shared rule's message (a refusal, a validation problem) in the current language. */
export function wordShared(message: Message | string): string {
  return typeof message === 'string' ? message : wordMessage(message, englishText(message))
}

/** Field messages for zod issues from a form's own validation, in the current language. */
export function wordedFieldErrors(issues: readonly z.core.$ZodIssue[]): Record<string, string> {
  const fields: Record<string, string> = {}
  for (const [path, message] of Object.entries(fieldMessagesFromIssues(issues))) {
    fields[path] = wordShared(message)
  }
  return fields
}
