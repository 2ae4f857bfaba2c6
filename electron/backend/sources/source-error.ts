// Errors of the live sources' transport, written for the user: what failed and what to do next.
import { AppError } from '../../../shared/contract/errors'
import { msg, type Message, type MessageKey } from '../../../shared/i18n/messages'

const SNIPPET_LENGTH = 200

export type SourceErrorKind =
  'timeout' | 'unreachable' | 'tls' | 'too_large' | 'cancelled' | 'http' | 'not_json'

export interface SourceErrorInfo {
  url: string
  status?: number
  /** The first characters of an unexpected body, so the user can see what answered. */
  bodySnippet?: string
  cause?: unknown
}

/** A transport failure. `message` is written for the user; `info` is for logs and details. */
export class SourceError extends AppError {
  readonly url: string
  readonly status: number | undefined
  readonly bodySnippet: string | undefined

  constructor(
    readonly kind: SourceErrorKind,
    message: string | Message,
    info: SourceErrorInfo,
  ) {
    const technical = [
      `kind=${kind}`,
      info.status === undefined ? '' : `status=${info.status}`,
      `url=${redactUrl(info.url)}`,
    ]
    super('source_error', message, { info: technical.filter(Boolean).join(' ') })
    this.name = 'SourceError'
    this.url = redactUrl(info.url)
    this.status = info.status
    this.bodySnippet = info.bodySnippet
    if (info.cause !== undefined) this.cause = info.cause
  }
}

/** Credentials in a URL (`https://user:pass@host`) must never reach an error message or a log. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url)
    if (parsed.username || parsed.password) {
      parsed.username = parsed.username ? 'redacted' : ''
      parsed.password = ''
    }
    return parsed.toString()
  } catch {
    return url.slice(0, SNIPPET_LENGTH)
  }
}

export function hostOf(url: string): string {
  try {
    return new URL(url).host
  } catch {
    return url.slice(0, SNIPPET_LENGTH)
  }
}

const TLS_CODES = /^(ERR_TLS_|ERR_SSL_|CERT_|UNABLE_TO_|DEPTH_ZERO_|SELF_SIGNED_|EPROTO$)/
function errorCode(error: unknown): string | undefined {
  // undici wraps the system error: TypeError('fetch failed', { cause: { code } }), sometimes twice.
  let current: unknown = error
  for (let depth = 0; depth < 4 && current; depth++) {
    const code = (current as { code?: unknown }).code
    if (typeof code === 'string' && code !== 'ABORT_ERR') return code
    current = (current as { cause?: unknown }).cause
  }
  return undefined
}

export function transportError(
  error: unknown,
  url: string,
  abortKind: 'timeout' | 'cancelled' | 'too_large' | null,
  limits: { timeoutMs: number; maxBytes: number },
): SourceError {
  if (error instanceof SourceError) return error
  const host = hostOf(url)
  if (abortKind === 'timeout') {
    const seconds = Math.round(limits.timeoutMs / 100) / 10
    return new SourceError('timeout', msg('msgSources:transport.timeout', { host, seconds }), {
      url,
      cause: error,
    })
  }
  if (abortKind === 'too_large') {
    const megabytes = Math.round(limits.maxBytes / (1024 * 1024))
    return new SourceError('too_large', msg('msgSources:transport.tooLarge', { host, megabytes }), {
      url,
      cause: error,
    })
  }
  if (abortKind === 'cancelled') {
    return new SourceError('cancelled', msg('msgSources:transport.cancelled', { host }), {
      url,
      cause: error,
    })
  }
  const code = errorCode(error)
  if (code && TLS_CODES.test(code)) {
    return new SourceError('tls', msg('msgSources:transport.tls', { host, code }), {
      url,
      cause: error,
    })
  }
  const reason = code ?? (error instanceof Error ? error.message : String(error))
  return new SourceError('unreachable', msg('msgSources:transport.unreachable', { host, reason }), {
    url,
    cause: error,
  })
}

export function notJsonError(
  url: string,
  status: number,
  statusText: string,
  text: string,
  cause: unknown,
) {
  const snippet = text.slice(0, SNIPPET_LENGTH)
  const hint = status === 401 || status === 403 ? 'credentials' : status === 404 ? 'path' : 'proxy'
  const shown = snippet.replace(/\s+/g, ' ').trim()
  const key: MessageKey = `msgSources:transport.notJson.${hint}${shown ? '' : 'Empty'}`
  const params = {
    host: hostOf(url),
    status: statusText ? `${status} ${statusText}` : String(status),
    ...(shown ? { snippet: shown } : {}),
  }
  return new SourceError('not_json', msg(key, params), {
    url,
    status,
    bodySnippet: snippet,
    cause,
  })
}

/** For a JSON answer with an error status that is not the source's own error shape. */
export function httpStatusError(url: string, status: number, detail: string): SourceError {
  const hint =
    status === 401 || status === 403 ? 'credentials' : status >= 500 ? 'serverFailed' : 'request'
  const shown = detail.slice(0, SNIPPET_LENGTH)
  const key: MessageKey = `msgSources:transport.httpStatus.${hint}${shown ? '' : 'Bare'}`
  const params = { host: hostOf(url), status, ...(shown ? { detail: shown } : {}) }
  return new SourceError('http', msg(key, params), { url, status, bodySnippet: shown })
}
