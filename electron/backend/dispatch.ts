import {
  AppError,
  contract,
  fieldMessagesFromIssues,
  isChannel,
  type BridgeError,
  type BridgeResult,
  type Channel,
} from '../../shared/contract/index'
import { englishText } from '../../shared/i18n/english'
import { msg } from '../../shared/i18n/messages'
import { READ_ONLY_MESSAGE } from './db/migrations/0007-library-review-archive'
import type { Handlers } from './handlers/types'

/** Input the contract refuses: each field's message, and the first one as the headline. */
function invalidInput(issues: Parameters<typeof fieldMessagesFromIssues>[0]): BridgeError {
  const fields = fieldMessagesFromIssues(issues)
  const [field, first] = Object.entries(fields)[0] ?? ['_', msg('msgCommon:validation.invalid')]
  const { detail } = new AppError('invalid_input', '', { fields })
  const headline = typeof first === 'string' ? first : englishText(first)
  const error: BridgeError = {
    code: 'invalid_input',
    message: field !== '_' ? `${field}: ${headline}` : headline,
    detail,
  }
  // The screens show the field's message beside the field, so the headline needs no field name.
  if (typeof first !== 'string') error.text = first
  return error
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
    const unknown = msg('msgCommon:errors.unknownChannel', { channel: channel.slice(0, 100) })
    return { ok: false, error: new AppError('unknown_channel', unknown).toBridgeError() }
  }
  const parsed = contract[channel].input.safeParse(rawInput ?? {})
  if (!parsed.success) return { ok: false, error: invalidInput(parsed.error.issues) }
  const handler = handlers[channel] as ((input: unknown) => unknown) | undefined
  if (!handler) {
    const unavailable = msg('msgCommon:errors.channelUnavailable', { channel })
    return { ok: false, error: new AppError('unavailable', unavailable).toBridgeError() }
  }
  try {
    const value = await handler(parsed.data)
    return { ok: true, value }
  } catch (error) {
    return { ok: false, error: toBridgeError(channel, error, log) }
  }
}

function toBridgeError(
  channel: Channel,
  error: unknown,
  log: (m: string, e: unknown) => void,
): BridgeError {
  if (error instanceof AppError) return error.toBridgeError()
  // The database itself refuses writes to incidents synced from the archive (a trigger), so every
  // write path is covered; the refusal is the user's to act on, not a fault to report.
  if (error instanceof Error && error.message === READ_ONLY_MESSAGE) {
    return { code: 'conflict', message: READ_ONLY_MESSAGE, text: msg('msgCommon:errors.readOnly') }
  }
  log(`[firebreak] ${channel} failed`, error)
  const reason = error instanceof Error ? error.message : String(error)
  const internal = msg('msgCommon:errors.internal', { channel, reason })
  return new AppError('internal', internal).toBridgeError()
}
