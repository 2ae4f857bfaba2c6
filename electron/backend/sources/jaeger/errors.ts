// Errors Jaeger itself reports, as opposed to transport failures (SourceError). v1 sends
// `{"data":null,"errors":[{"code":400,"msg":"..."}]}` and v3 `{"error":{"httpCode":404,"message":"..."}}`,
// both as text/plain through Go's http.Error, so the body is read as JSON whatever its type says.
import { AppError, type ErrorCode } from '../../../../shared/contract/errors'
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

/** A request Jaeger answered with its own error. */
export class JaegerApiError extends AppError {
  constructor(
    code: ErrorCode,
    message: string,
    readonly httpStatus: number,
    readonly jaegerMessages: string[],
  ) {
    super(code, message, { info: `status=${httpStatus} jaeger=${jaegerMessages.join('; ')}` })
    this.name = 'JaegerApiError'
  }
}

function hintFor(status: number): string {
  if (status === 400) return 'Check the search fields.'
  if (status === 401 || status === 403) return 'Check the source credentials.'
  if (status >= 500) return 'Jaeger or its storage failed; try again, or narrow the time range.'
  return 'Check the source URL.'
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
  what: string,
): AppError {
  const messages = jaegerErrorMessages(text)
  if (!messages) {
    const looksJson = /^\s*[[{]/.test(text)
    return looksJson
      ? httpStatusError(url, status, text)
      : notJsonError(url, status, statusText, text, undefined)
  }
  const code: ErrorCode = status === 404 ? 'not_found' : 'source_error'
  const message = `Jaeger at ${hostOf(url)} refused ${what} (HTTP ${status}): ${messages.join('; ')}. ${hintFor(status)}`
  return new JaegerApiError(code, message, status, messages)
}

/** A 200 answer whose body is not what the API documents. */
export function unexpectedJaegerAnswer(url: string, what: string, problem: string): AppError {
  return new AppError(
    'source_error',
    `Jaeger at ${hostOf(url)} answered ${what} with something unexpected: ${problem}. Check that the URL points at Jaeger Query (usually port 16686).`,
    { info: `url=${url}` },
  )
}
