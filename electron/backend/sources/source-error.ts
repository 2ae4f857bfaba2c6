// Errors of the live sources' transport, written for the user: what failed and what to do next.
import { AppError } from '../../../shared/contract/errors'

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
    message: string,
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
    return new SourceError(
      'timeout',
      `${host} did not answer within ${seconds} s. Narrow the time range or the query, or raise the source's timeout.`,
      { url, cause: error },
    )
  }
  if (abortKind === 'too_large') {
    const megabytes = Math.round(limits.maxBytes / (1024 * 1024))
    return new SourceError(
      'too_large',
      `The answer from ${host} is larger than ${megabytes} MB and was stopped. Narrow the time range, raise the step, or select fewer series.`,
      { url, cause: error },
    )
  }
  if (abortKind === 'cancelled') {
    return new SourceError('cancelled', `The request to ${host} was cancelled.`, {
      url,
      cause: error,
    })
  }
  const code = errorCode(error)
  if (code && TLS_CODES.test(code)) {
    return new SourceError(
      'tls',
      `The secure connection to ${host} failed (${code}). Check that the URL's scheme (http or https) is right and that the server's certificate is valid and trusted.`,
      { url, cause: error },
    )
  }
  const reason = code ?? (error instanceof Error ? error.message : String(error))
  return new SourceError(
    'unreachable',
    `Could not reach ${host} (${reason}). Check the URL and port, that the server is running, and your network or VPN.`,
    { url, cause: error },
  )
}

export function notJsonError(
  url: string,
  status: number,
  statusText: string,
  text: string,
  cause: unknown,
) {
  const snippet = text.slice(0, SNIPPET_LENGTH)
  const host = hostOf(url)
  const hint =
    status === 401 || status === 403
      ? 'Check the credentials or log in to the proxy in front of the server.'
      : status === 404
        ? 'Check the URL: it should point at the server root, not at a page or the API path.'
        : 'A proxy or login page may be answering instead of the server: check the URL and proxy settings.'
  const shown = snippet.trim() ? `: "${snippet.replace(/\s+/g, ' ').trim()}"` : ' (empty body)'
  return new SourceError(
    'not_json',
    `${host} answered HTTP ${status}${statusText ? ` ${statusText}` : ''} with something that is not JSON${shown}. ${hint}`,
    { url, status, bodySnippet: snippet, cause },
  )
}

/** For a JSON answer with an error status that is not the source's own error shape. */
export function httpStatusError(url: string, status: number, detail: string): SourceError {
  const host = hostOf(url)
  const hint =
    status === 401 || status === 403
      ? 'Check the source credentials.'
      : status >= 500
        ? 'The server or a proxy in front of it failed; try again later.'
        : 'Check the URL and the request.'
  return new SourceError(
    'http',
    `${host} answered HTTP ${status}${detail ? `: ${detail.slice(0, SNIPPET_LENGTH)}` : ''}. ${hint}`,
    { url, status, bodySnippet: detail.slice(0, SNIPPET_LENGTH) },
  )
}
