// Query strings of Jaeger's two search APIs. v1 (/api/traces) takes microseconds and Go
// durations; v3 (/api/v3/traces) takes RFC 3339 times with nanoseconds and snake_case names
// (the HTTP gateway's own names, which differ from the camelCase of the generated OpenAPI spec).
import type { TagPair } from '../../../../shared/contract/traces'
import type { Params } from '../prometheus/request'

export interface JaegerSearch {
  service: string
  operation?: string
  tags?: TagPair[]
  minDurationUs?: number
  maxDurationUs?: number
  /** µs since the epoch, inclusive. */
  startUs: number
  /** µs since the epoch. */
  endUs: number
  limit: number
}

/** Go's time.ParseDuration reads "1500us" exactly; no rounding to a coarser unit. */
function goDuration(us: number): string {
  return `${Math.round(us)}us`
}

export function v1SearchParams(search: JaegerSearch): Params {
  const params: Params = [['service', search.service]]
  if (search.operation) params.push(['operation', search.operation])
  if (search.tags && search.tags.length > 0) {
    // Jaeger UI sends tags as one JSON object; repeated keys keep the last value, as there.
    params.push(['tags', JSON.stringify(Object.fromEntries(search.tags))])
  }
  if (search.minDurationUs !== undefined)
    params.push(['minDuration', goDuration(search.minDurationUs)])
  if (search.maxDurationUs !== undefined)
    params.push(['maxDuration', goDuration(search.maxDurationUs)])
  params.push(
    ['start', String(Math.floor(search.startUs))],
    ['end', String(Math.ceil(search.endUs))],
    ['limit', String(search.limit)],
    ['lookback', 'custom'],
  )
  return params
}

/** RFC 3339 with the microseconds kept: "2026-11-21T12:00:00.123456Z". */
export function rfc3339Micros(us: number): string {
  const wholeUs = Math.floor(us)
  const ms = Math.floor(wholeUs / 1000)
  const iso = new Date(ms).toISOString() // ...T12:00:00.123Z
  const micros = String(((wholeUs % 1000) + 1000) % 1000).padStart(3, '0')
  return `${iso.slice(0, -1)}${micros}Z`
}

export function v3SearchParams(search: JaegerSearch): Params {
  const params: Params = [['query.service_name', search.service]]
  if (search.operation) params.push(['query.operation_name', search.operation])
  params.push(
    ['query.start_time_min', rfc3339Micros(search.startUs)],
    ['query.start_time_max', rfc3339Micros(search.endUs)],
  )
  if (search.minDurationUs !== undefined)
    params.push(['query.duration_min', goDuration(search.minDurationUs)])
  if (search.maxDurationUs !== undefined)
    params.push(['query.duration_max', goDuration(search.maxDurationUs)])
  // search_depth is the current name; Jaeger before it reads only num_traces, so send both.
  params.push(['query.search_depth', String(search.limit)])
  params.push(['query.num_traces', String(search.limit)])
  if (search.tags && search.tags.length > 0) {
    // Jaeger's HTTP gateway does not read attributes yet: the client filters as well.
    params.push(['query.attributes', JSON.stringify(Object.fromEntries(search.tags))])
  }
  return params
}
