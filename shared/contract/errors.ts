import { z } from 'zod'

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

/** The one error shape every channel can answer with; the UI shows `message` and field errors. */
export const bridgeErrorSchema = z.object({
  code: z.enum(ERROR_CODES),
  message: z.string(),
  detail: z
    .object({
      /** Field path (e.g. "title") to a message shown next to that field. */
      fields: z.record(z.string(), z.string()).optional(),
      info: z.string().optional(),
    })
    .optional(),
})
export type BridgeError = z.infer<typeof bridgeErrorSchema>

export type BridgeResult<T> = { ok: true; value: T } | { ok: false; error: BridgeError }

/** Thrown by handlers for failures the user can act on; dispatch turns it into a BridgeError. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly detail?: BridgeError['detail'],
  ) {
    super(message)
    this.name = 'AppError'
  }
}

export function isBridgeError(value: unknown): value is BridgeError {
  return bridgeErrorSchema.safeParse(value).success
}

/** Turns zod issues into one message per field, the first issue per field winning. */
export function fieldErrorsFromIssues(issues: readonly z.core.$ZodIssue[]): Record<string, string> {
  const fields: Record<string, string> = {}
  for (const issue of issues) {
    const key = issue.path.map(String).join('.') || '_'
    fields[key] ??= issue.message
  }
  return fields
}
