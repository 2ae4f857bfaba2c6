import type { BridgeError, ErrorCode } from '../../../shared/contract/index'
import { wordMessage } from '../i18n/messages'

/** A failed bridge call, with the per-field messages the forms show next to their fields. */
export class BridgeCallError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly fields: Record<string, string> = {},
    readonly info?: string,
  ) {
    super(message)
    this.name = 'BridgeCallError'
  }

  /** Worded in the user's language where the backend sent catalogue messages. */
  static from(error: BridgeError): BridgeCallError {
    const fields: Record<string, string> = {}
    for (const [path, english] of Object.entries(error.detail?.fields ?? {})) {
      fields[path] = wordMessage(error.detail?.fieldTexts?.[path], english)
    }
    return new BridgeCallError(
      error.code,
      wordMessage(error.text, error.message),
      fields,
      error.detail?.info,
    )
  }
}

/** The message to show for any thrown value, without a trailing period so it can be embedded. */
export function errorMessage(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error)
  return message.trim().replace(/\.+$/, '')
}

/**
 * Field messages from a failed call, keyed by the form's field name. Nested paths
 * ("services.2") collapse onto their field ("services") so the message sits next to it.
 */
export function fieldErrors(error: unknown): Record<string, string> {
  if (!(error instanceof BridgeCallError)) return {}
  const fields: Record<string, string> = {}
  for (const [path, message] of Object.entries(error.fields)) {
    const field = path.split('.')[0] ?? path
    fields[field] ??= message
  }
  return fields
}

/** The field messages of a failed call for the fields a form shows; others are left out. */
export function fieldErrorsFor<K extends string>(
  error: unknown,
  shown: readonly K[],
): Partial<Record<K, string>> {
  const all = fieldErrors(error)
  const placed: Partial<Record<K, string>> = {}
  for (const field of shown) if (all[field] !== undefined) placed[field] = all[field]
  return placed
}
