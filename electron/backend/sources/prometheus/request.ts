// What a Prometheus or Alertmanager source needs to make a request: where, how to authenticate,
// how long to wait. Secrets arrive here per call and leave only in request headers.
import { fetchText, parseJsonText, type JsonResponse, type TextResponse } from '../http'

export type SourceAuth =
  | { type: 'none' }
  | { type: 'basic'; username: string; password: string }
  | { type: 'bearer'; token: string }

export interface SourceConfig {
  /** The server root, possibly behind a path prefix: https://metrics.example/prometheus */
  baseUrl: string
  auth?: SourceAuth
  /** Extra headers (tenant IDs, proxy tokens); never logged. */
  headers?: Record<string, string>
  timeoutMs?: number
  maxBytes?: number
}

export interface CallOptions {
  signal?: AbortSignal
  /** Overrides the source's timeout for this call. */
  timeoutMs?: number
}

export type Params = [string, string][]

/** GET unless the query string gets long enough for proxies to truncate or refuse it. */
const MAX_GET_URL_LENGTH = 4000

export function apiUrl(baseUrl: string, path: string): string {
  return `${baseUrl.trim().replace(/\/+$/, '')}${path}`
}

export function authHeaders(config: SourceConfig): Record<string, string> {
  const headers: Record<string, string> = {}
  for (const [name, value] of Object.entries(config.headers ?? {})) {
    // The auth setting decides Authorization; an extra header must not silently override it.
    if (config.auth && config.auth.type !== 'none' && name.toLowerCase() === 'authorization') {
      continue
    }
    headers[name] = value
  }
  const auth = config.auth ?? { type: 'none' }
  if (auth.type === 'basic') {
    const encoded = Buffer.from(`${auth.username}:${auth.password}`, 'utf8').toString('base64')
    headers.authorization = `Basic ${encoded}`
  } else if (auth.type === 'bearer') {
    headers.authorization = `Bearer ${auth.token}`
  }
  return headers
}

export interface RequestSpec {
  path: string
  params?: Params
  /** Whether the endpoint accepts a form POST when the URL would be too long. */
  postable?: boolean
}

/** Sends one API request and returns the body as text with its HTTP status. */
export async function sendApiRequestText(
  config: SourceConfig,
  spec: RequestSpec,
  options: CallOptions = {},
): Promise<TextResponse & { url: string }> {
  const url = apiUrl(config.baseUrl, spec.path)
  const query = new URLSearchParams(spec.params ?? []).toString()
  const getUrl = query ? `${url}?${query}` : url
  const usePost = spec.postable === true && getUrl.length > MAX_GET_URL_LENGTH
  const limits = {
    headers: usePost
      ? { ...authHeaders(config), 'content-type': 'application/x-www-form-urlencoded' }
      : authHeaders(config),
    timeoutMs: options.timeoutMs ?? config.timeoutMs,
    maxBytes: config.maxBytes,
    signal: options.signal,
  }
  const answer = usePost
    ? await fetchText(url, { ...limits, method: 'POST', body: query })
    : await fetchText(getUrl, { ...limits, method: 'GET' })
  return { ...answer, url }
}

/** Sends one API request and returns the parsed JSON with its HTTP status. */
export async function sendApiRequest(
  config: SourceConfig,
  spec: RequestSpec,
  options: CallOptions = {},
): Promise<JsonResponse & { url: string }> {
  const answer = await sendApiRequestText(config, spec, options)
  return {
    status: answer.status,
    headers: answer.headers,
    json: parseJsonText(answer.url, answer),
    url: answer.url,
  }
}
