// Errors Jaeger itself reports, as opposed to transport failures (SourceError). v1 sends
// `{"data":null,"errors":[{"code":400,"msg":"..."}]}` and v3 `{"error":{"httpCode":404,"message":"..."}}`,
// both as text/plain through Go's http.Error, so the body is read as JSON whatever its type says.
import { AppError, type ErrorCode } from '../../../../shared/contract/errors'
import { nestedParams } from '../../../../shared/domain/traces/warnings'
import { msg, type Message } from '../../../../shared/i18n/messages'
import { httpStatusError } from '../http'
import { hostOf, notJsonError } from '../source-error'

/** Jaeger's own error messages in an answer body, or undefined when it holds none. */
export function jaegerErrorMessages(text: string): string[] | undefined {
  let body: unknown
  try {
    body = JSON.parse(text)
  } catch {
    return undefined
  }
  if (typeof body !== 'object' || body === null) return undefined
  const record = body as { errors?: unknown; error?: unknown }
  if (Array.isArray(record.errors) && record.errors.length > 0) {
    return record.errors.map((item) => {
      const msg = (item as { msg?: unknown } | null)?.msg
      return typeof msg === 'string' ? msg : JSON.stringify(item)
    })
  }
  const v3 = record.error as { message?: unknown } | undefined
  if (v3 && typeof v3 === 'object') {
    return [typeof v3.message === 'string' ? v3.message : JSON.stringify(v3)]
  }
  return undefined
}

/**
 * What was asked of Jaeger, in the words of its errors: a msgTraces `jaeger.what` message
 * ("the services list", "trace {{traceId}}").
 */
export type JaegerAsk = Message

export const ASK = {
  services: () => msg('msgTraces:jaeger.what.services'),
  operations: (service: string) => msg('msgTraces:jaeger.what.operations', { service }),
  search: () => msg('msgTraces:jaeger.what.search'),
  trace: (traceId: string) => msg('msgTraces:jaeger.what.trace', { traceId }),
}

/** A request Jaeger answered with its own error. */
export class JaegerApiError extends AppError {
  constructor(
    code: ErrorCode,
    message: Message,
    readonly httpStatus: number,
    readonly jaegerMessages: string[],
  ) {
    super(code, message, { info: `status=${httpStatus} jaeger=${jaegerMessages.join('; ')}` })
    this.name = 'JaegerApiError'
  }
}

/** Which msgTraces `jaeger.hint` follows Jaeger's words. */
function hintFor(status: number): string {
  if (status === 400) return 'fields'
  if (status === 401 || status === 403) return 'credentials'
  if (status >= 500) return 'server'
  return 'url'
}

/**
 * The error for a non-200 answer: Jaeger's own words when the body carries them, else a
 * transport-level explanation of what answered (a proxy page, an empty body).
 */
export function jaegerAnswerError(
  url: string,
  status: number,
  statusText: string,
  text: string,
  what: JaegerAsk,
): AppError {
  const messages = jaegerErrorMessages(text)
  if (!messages) {
    const looksJson = /^\s*[[{]/.test(text)
    return looksJson
      ? httpStatusError(url, status, text)
      : notJsonError(url, status, statusText, text, undefined)
  }
  const code: ErrorCode = status === 404 ? 'not_found' : 'source_error'
  const message = msg('msgTraces:jaeger.refused', {
    host: hostOf(url),
    status,
    messages: messages.join('; '),
    hint: hintFor(status),
    ...nestedParams('what', what),
  })
  return new JaegerApiError(code, message, status, messages)
}

/**
 * A 200 answer whose body is not what the API documents; `problem` is a msgTraces
 * `jaeger.problem` message.
 */
export function unexpectedJaegerAnswer(url: string, what: JaegerAsk, problem: Message): AppError {
  const message = msg('msgTraces:jaeger.unexpected', {
    host: hostOf(url),
    ...nestedParams('what', what),
    ...nestedParams('problem', problem),
  })
  return new AppError('source_error', message, { info: `url=${url}` })
}
