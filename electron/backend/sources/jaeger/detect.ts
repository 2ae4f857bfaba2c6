import { AppError } from '../../../../shared/contract/errors'
import { msg } from '../../../../shared/i18n/messages'
import { sendApiRequestText, type CallOptions, type SourceConfig } from '../prometheus/request'

export type JaegerApiVersion = 'v3' | 'v1'

function looksLikeServices(text: string, version: JaegerApiVersion): boolean {
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch {
    return false
  }
  if (!json || typeof json !== 'object') return false
  const value =
    version === 'v3' ? (json as { services?: unknown }).services : (json as { data?: unknown }).data
  return Array.isArray(value) || (version === 'v1' && value === null)
}

/**
 * Which query API the server answers, preferring v3 (upcoming Jaeger releases drop v1 search;
 * older ones lack v3). A server that answers neither gets an error naming both routes.
 */
export async function detectJaegerApi(
  config: SourceConfig,
  options: CallOptions = {},
): Promise<JaegerApiVersion> {
  // Transport failures (unreachable, timeout, cancelled) propagate: v1 would fail the same way.
  const v3 = await sendApiRequestText(config, { path: '/api/v3/services' }, options)
  if (v3.status === 200 && looksLikeServices(v3.text, 'v3')) return 'v3'
  const v1 = await sendApiRequestText(config, { path: '/api/services' }, options)
  if (v1.status === 200 && looksLikeServices(v1.text, 'v1')) return 'v1'
  throw new AppError(
    'source_error',
    msg('msgTraces:jaeger.notJaeger', {
      url: config.baseUrl,
      v3Status: v3.status,
      v1Status: v1.status,
    }),
  )
}
