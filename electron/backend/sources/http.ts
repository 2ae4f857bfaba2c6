// One way every live source (Prometheus, Alertmanager, Jaeger) talks HTTP: bounded in time and
// size, cancellable, and failing with errors that tell the user what broke and what to do.
import { msg } from '../../../shared/i18n/messages'
import { notJsonError, redactUrl, SourceError, transportError } from './source-error'

export { httpStatusError, redactUrl, SourceError, type SourceErrorKind } from './source-error'

export const DEFAULT_MAX_BYTES = 200 * 1024 * 1024
export const DEFAULT_TIMEOUT_MS = 30_000

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
  const parsed = URL.canParse(url) ? new URL(url) : null
  if (!parsed || (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') || !parsed.host) {
    throw new SourceError(
      'unreachable',
      msg('msgSources:transport.invalidUrl', { url: redactUrl(url) }),
      { url },
    )
  }
  return parsed
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
    throw transportError(error, url, abortKind, { timeoutMs, maxBytes })
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

export interface JsonResponse {
  status: number
  headers: Headers
  json: unknown
}

export interface TextResponse {
  status: number
  statusText: string
  headers: Headers
  text: string
}

/** Like fetchWithLimits, with the body decoded as UTF-8 text. */
export async function fetchText(url: string, limits: FetchLimits = {}): Promise<TextResponse> {
  const response = await fetchWithLimits(url, {
    ...limits,
    headers: { accept: 'application/json', ...limits.headers },
  })
  const text = new TextDecoder().decode(response.body)
  return {
    status: response.status,
    statusText: response.statusText,
    headers: response.headers,
    text,
  }
}

/** JSON.parse of an answer; a body that is not JSON (a proxy's HTML page) is a not_json error. */
export function parseJsonText(url: string, answer: TextResponse): unknown {
  try {
    return JSON.parse(answer.text)
  } catch (cause) {
    throw notJsonError(url, answer.status, answer.statusText, answer.text, cause)
  }
}

/** fetchText then parseJsonText. */
export async function fetchJson(url: string, limits: FetchLimits = {}): Promise<JsonResponse> {
  const answer = await fetchText(url, limits)
  return { status: answer.status, headers: answer.headers, json: parseJsonText(url, answer) }
}
