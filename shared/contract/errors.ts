import { z } from 'zod'
import { englishText } from '../i18n/english'
import { messageSchema } from '../i18n/message-schema'
import type { Message, WireMessage } from '../i18n/messages'
import { issueMessage } from '../i18n/zod-issues'

export const ERROR_CODES = [
  'invalid_input',
  'unknown_channel',
  'not_found',
  'conflict',
  'unavailable',
  'source_error',
  'internal',
] as const
export type ErrorCode = (typeof ERROR_CODES)[number]

/**
 * The one error shape every channel can answer with; the UI shows `message` and field errors,
 * worded in the user's language from `text` and `fieldTexts` when the catalogues know them.
 */
export const bridgeErrorSchema = z.object({
  code: z.enum(ERROR_CODES),
  message: z.string(),
  text: messageSchema.optional(),
  detail: z
    .object({
      /** Field path (e.g. "title") to a message shown next to that field. */
      fields: z.record(z.string(), z.string()).optional(),
      fieldTexts: z.record(z.string(), messageSchema).optional(),
      info: z.string().optional(),
    })
    .optional(),
})
export type BridgeError = z.infer<typeof bridgeErrorSchema>

export type BridgeResult<T> = { ok: true; value: T } | { ok: false; error: BridgeError }

/** Field path to its message: plain English (not translated yet) or a catalogue message. */
export type FieldMessages = Record<string, string | Message>

export interface AppErrorDetail {
  fields?: FieldMessages
  info?: string
}

function bridgeDetail(detail: AppErrorDetail): NonNullable<BridgeError['detail']> {
  const out: NonNullable<BridgeError['detail']> = {}
  if (detail.fields) {
    const fields: Record<string, string> = {}
    const fieldTexts: Record<string, WireMessage> = {}
    for (const [path, message] of Object.entries(detail.fields)) {
      fields[path] = typeof message === 'string' ? message : englishText(message)
      if (typeof message !== 'string') fieldTexts[path] = message
    }
    out.fields = fields
    if (Object.keys(fieldTexts).length > 0) out.fieldTexts = fieldTexts
  }
  if (detail.info !== undefined) out.info = detail.info
  return out
}

/**
 * Thrown by handlers for failures the user can act on; dispatch turns it into a BridgeError.
 * Give a catalogue message (`msg('msgWork:incident.notFound', { id })`) so the UI can word it
 * in the user's language; a plain string is shown as written.
 */
export class AppError extends Error {
  readonly text?: Message
  readonly detail?: BridgeError['detail']

  constructor(
    readonly code: ErrorCode,
    message: string | Message,
    detail?: AppErrorDetail,
  ) {
    super(typeof message === 'string' ? message : englishText(message))
    this.name = 'AppError'
    if (typeof message !== 'string') this.text = message
    if (detail) this.detail = bridgeDetail(detail)
  }

  toBridgeError(): BridgeError {
    const error: BridgeError = { code: this.code, message: this.message }
    if (this.text) error.text = this.text
    if (this.detail) error.detail = this.detail
    return error
  }
}

export function isBridgeError(value: unknown): value is BridgeError {
  return bridgeErrorSchema.safeParse(value).success
}

/**
 * Turns zod issues into one message per field, the first issue per field winning: catalogue
 * messages where the catalogues know them, the schema's own text otherwise.
 */
export function fieldMessagesFromIssues(issues: readonly z.core.$ZodIssue[]): FieldMessages {
  const fields: FieldMessages = {}
  for (const issue of issues) {
    const key = issue.path.map(String).join('.') || '_'
    fields[key] ??= issueMessage(issue) ?? issue.message
  }
  return fields
}

/** The same, in English: for callers that show or log plain text. */
export function fieldErrorsFromIssues(issues: readonly z.core.$ZodIssue[]): Record<string, string> {
  const fields: Record<string, string> = {}
  for (const [path, message] of Object.entries(fieldMessagesFromIssues(issues))) {
    fields[path] = typeof message === 'string' ? message : englishText(message)
  }
  return fields
}
