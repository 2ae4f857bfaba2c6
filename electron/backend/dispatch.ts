import {
  AppError,
  contract,
  fieldErrorsFromIssues,
  isChannel,
  type BridgeResult,
  type Channel,
} from '../../shared/contract/index'
import { READ_ONLY_MESSAGE } from './db/migrations/0007-library-review-archive'
import type { Handlers } from './handlers/types'

function firstFieldMessage(fields: Record<string, string>): string {
  const [field, message] = Object.entries(fields)[0] ?? ['', 'Invalid input']
  return field && field !== '_' ? `${field}: ${message}` : message
}

/**
 * The single entry point both transports (Electron IPC and the browser-mode HTTP host) call:
 * validates input against the contract, runs the handler, and turns every failure into a
 * typed error the UI can show. It never throws.
 */
export async function dispatch(
  handlers: Partial<Handlers>,
  channel: string,
  rawInput: unknown,
  log: (message: string, error: unknown) => void = console.error,
): Promise<BridgeResult<unknown>> {
  if (!isChannel(channel)) {
    return {
      ok: false,
      error: { code: 'unknown_channel', message: `Unknown channel "${channel.slice(0, 100)}"` },
    }
  }
  const parsed = contract[channel].input.safeParse(rawInput ?? {})
  if (!parsed.success) {
    const fields = fieldErrorsFromIssues(parsed.error.issues)
    return {
      ok: false,
      error: { code: 'invalid_input', message: firstFieldMessage(fields), detail: { fields } },
    }
  }
  const handler = handlers[channel] as ((input: unknown) => unknown) | undefined
  if (!handler) {
    return {
      ok: false,
      error: { code: 'unavailable', message: `"${channel}" is not available right now` },
    }
  }
  try {
    const value = await handler(parsed.data)
    return { ok: true, value }
  } catch (error) {
    return { ok: false, error: toBridgeError(channel, error, log) }
  }
}

function toBridgeError(channel: Channel, error: unknown, log: (m: string, e: unknown) => void) {
  if (error instanceof AppError) {
    return error.detail
      ? { code: error.code, message: error.message, detail: error.detail }
      : { code: error.code, message: error.message }
  }
  // The database itself refuses writes to incidents synced from the archive (a trigger), so every
  // write path is covered; the refusal is the user's to act on, not a fault to report.
  if (error instanceof Error && error.message === READ_ONLY_MESSAGE) {
    return { code: 'conflict' as const, message: READ_ONLY_MESSAGE }
  }
  log(`[firebreak] ${channel} failed`, error)
  const reason = error instanceof Error ? error.message : String(error)
  return {
    code: 'internal' as const,
    message: `Firebreak could not complete "${channel}": ${reason}. Your data was not changed; try again, and report it if it persists.`,
  }
}
