import { fetchJson } from '../http'
import { apiUrl, authHeaders, type SourceConfig } from '../prometheus/request'

export type JaegerApiVersion = 'v3' | 'v1'

function looksLikeServices(json: unknown, version: JaegerApiVersion): boolean {
  if (!json || typeof json !== 'object') return false
  const value =
    version === 'v3' ? (json as { services?: unknown }).services : (json as { data?: unknown }).data
  return Array.isArray(value) || (version === 'v1' && value === null)
}

/**
 * Which query API the server answers, preferring v3 (upcoming Jaeger releases drop v1 search;
 * older ones lack v3). Throws the v1 failure when neither answers.
 */
export async function detectJaegerApi(config: SourceConfig): Promise<JaegerApiVersion> {
  const limits = { headers: authHeaders(config), timeoutMs: config.timeoutMs }
  try {
    const v3 = await fetchJson(apiUrl(config.baseUrl, '/api/v3/services'), limits)
    if (v3.status === 200 && looksLikeServices(v3.json, 'v3')) return 'v3'
  } catch {
    // Fall through to v1: an old Jaeger answers 404 or HTML for v3 routes.
  }
  const v1 = await fetchJson(apiUrl(config.baseUrl, '/api/services'), limits)
  if (v1.status === 200 && looksLikeServices(v1.json, 'v1')) return 'v1'
  throw new Error(
    `${config.baseUrl} answered HTTP ${v1.status} without a Jaeger services list on /api/v3/services or /api/services. Check that the URL points at Jaeger Query (usually port 16686).`,
  )
}
