// One way every live source (Prometheus, Alertmanager, Jaeger) talks HTTP: bounded in time and
// size, cancellable, and failing with errors that tell the user what broke and what to do.
import { AppError } from '../../../shared/contract/errors'

export const DEFAULT_MAX_BYTES = 200 * 1024 * 1024
export const DEFAULT_TIMEOUT_MS = 30_000
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

export interface FetchLimits {
  method?: 'GET' | 'POST'
  headers?: Record<string, string>
  body?: string | URLSearchParams
  timeoutMs?: number
  maxBytes?: number
  signal?: AbortSignal
}

export interface LimitedResponse {
  status: number
  statusText: string
  headers: Headers
  body: Uint8Array
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

/**
 * fetch refuses URLs carrying `user:pass@`, yet users paste them; send them as Basic auth instead
 * (an explicit Authorization header wins).
 */
function moveCredentialsToHeader(url: string, headers: Record<string, string>) {
  const parsed = parseHttpUrl(url)
  if (!parsed.username && !parsed.password) return { url, headers }
  const user = decodeURIComponent(parsed.username)
  const password = decodeURIComponent(parsed.password)
  parsed.username = ''
  parsed.password = ''
  const hasAuth = Object.keys(headers).some((name) => name.toLowerCase() === 'authorization')
  const basic = `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`
  return {
    url: parsed.toString(),
    headers: hasAuth ? headers : { ...headers, authorization: basic },
  }
}

function parseHttpUrl(url: string): URL {
  let parsed: URL | null = null
  try {
    parsed = new URL(url)
  } catch {
    parsed = null
  }
  if (!parsed || (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') || !parsed.host) {
    throw new SourceError(
      'unreachable',
      `"${redactUrl(url)}" is not a valid http or https URL. Enter the server's address, like http://prometheus.example:9090.`,
      { url },
    )
  }
  return parsed
}

function hostOf(url: string): string {
  try {
    return new URL(url).host
  } catch {
    return url.slice(0, SNIPPET_LENGTH)
  }
}

type AbortKind = 'timeout' | 'cancelled' | 'too_large'

/**
 * Fetches `url` with a deadline covering headers and body, a cap on the body size enforced while
 * streaming (the connection is dropped as soon as the cap is passed), and caller cancellation
 * that really aborts the request. Any HTTP status is returned; the caller judges it.
 */
export async function fetchWithLimits(
  url: string,
  limits: FetchLimits = {},
): Promise<LimitedResponse> {
  const timeoutMs = limits.timeoutMs ?? DEFAULT_TIMEOUT_MS
  const maxBytes = limits.maxBytes ?? DEFAULT_MAX_BYTES
  const controller = new AbortController()
  let abortKind: AbortKind | null = null
  const abort = (kind: AbortKind) => {
    abortKind ??= kind
    controller.abort()
  }
  const timer = setTimeout(() => abort('timeout'), timeoutMs)
  const onCallerAbort = () => abort('cancelled')
  if (limits.signal?.aborted) abort('cancelled')
  limits.signal?.addEventListener('abort', onCallerAbort, { once: true })
  try {
    const target = moveCredentialsToHeader(url, limits.headers ?? {})
    const response = await fetch(target.url, {
      method: limits.method ?? 'GET',
      headers: target.headers,
      body: limits.body,
      signal: controller.signal,
      redirect: 'follow',
    })
    const declared = Number(response.headers.get('content-length') ?? NaN)
    if (Number.isFinite(declared) && declared > maxBytes) {
      abort('too_large')
      throw new Error('declared content-length above the cap')
    }
    const body = await readCapped(response, maxBytes, () => abort('too_large'))
    return {
      status: response.status,
      statusText: response.statusText,
      headers: response.headers,
      body,
    }
  } catch (error) {
    throw toSourceError(error, url, abortKind, { timeoutMs, maxBytes })
  } finally {
    clearTimeout(timer)
    limits.signal?.removeEventListener('abort', onCallerAbort)
  }
}

async function readCapped(response: Response, maxBytes: number, onOverflow: () => void) {
  if (!response.body) return new Uint8Array(0)
  const chunks: Uint8Array[] = []
  let total = 0
  const reader = response.body.getReader()
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    total += value.byteLength
    if (total > maxBytes) {
      onOverflow()
      await reader.cancel().catch(() => undefined)
      throw new Error('body above the cap')
    }
    chunks.push(value)
  }
  if (chunks.length === 1 && chunks[0]) return chunks[0]
  const body = new Uint8Array(total)
  let offset = 0
  for (const chunk of chunks) {
    body.set(chunk, offset)
    offset += chunk.byteLength
  }
  return body
}

const TLS_CODES = /^(ERR_TLS_|ERR_SSL_|CERT_|UNABLE_TO_|DEPTH_ZERO_|SELF_SIGNED_|EPROTO$)/
const UNREACHABLE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EPIPE',
  'UND_ERR_SOCKET',
  'UND_ERR_CONNECT_TIMEOUT',
])

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

function toSourceError(
  error: unknown,
  url: string,
  abortKind: AbortKind | null,
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

export interface JsonResponse {
  status: number
  headers: Headers
  json: unknown
}

/** Like fetchWithLimits, then parses JSON; a body that is not JSON (a proxy's HTML page) fails. */
export async function fetchJson(url: string, limits: FetchLimits = {}): Promise<JsonResponse> {
  const response = await fetchWithLimits(url, {
    ...limits,
    headers: { accept: 'application/json', ...limits.headers },
  })
  const text = new TextDecoder().decode(response.body)
  try {
    return { status: response.status, headers: response.headers, json: JSON.parse(text) }
  } catch (cause) {
    throw notJsonError(url, response.status, response.statusText, text, cause)
  }
}

function notJsonError(
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
