// The fixture server's search, read like Jaeger's query parsers (v1 http_handler's query
// parser, v3 http_gateway) and matched like its memory store: a trace matches when one span
// matches service, operation, tags, duration and start time together.
import type { IndexedSpan, StoredTrace } from './jaeger-fixture-corpus'

export interface SearchFailure {
  status: number
  message: string
  /** A failure Jaeger answers with a body we have recorded. */
  known?: 'serviceRequired' | 'maxBelowMin'
}

interface Criteria {
  service: string
  operation: string
  tags: [string, string][]
  minUs?: number
  maxUs?: number
  startUs: number
  endUs: number
  /** v3's start_time_max is exclusive; v1's end is inclusive. */
  endExclusive: boolean
  limit: number
}

const GO_UNITS: Record<string, number> = {
  ns: 0.001,
  us: 1,
  µs: 1,
  ms: 1e3,
  s: 1e6,
  m: 6e7,
  h: 3.6e9,
}

/** Go's time.ParseDuration, in microseconds; undefined when Go would refuse it. */
export function parseGoDuration(text: string): number | undefined {
  if (!/^(\d+(\.\d+)?(ns|us|µs|ms|s|m|h))+$/.test(text)) return undefined
  let us = 0
  for (const [, value, , unit] of text.matchAll(/(\d+(\.\d+)?)(ns|us|µs|ms|s|m|h)/g)) {
    us += Number(value) * (GO_UNITS[unit ?? ''] ?? 0)
  }
  return us
}

/** RFC 3339 with up to nanoseconds, in microseconds; undefined when malformed. */
export function parseRfc3339Us(text: string): number | undefined {
  const match = /^(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d)(?:\.(\d{1,9}))?(Z|[+-]\d\d:\d\d)$/.exec(text)
  if (!match) return undefined
  const seconds = Date.parse(`${match[1]}${match[3]}`)
  if (Number.isNaN(seconds)) return undefined
  const fraction = Number((match[2] ?? '').padEnd(9, '0').slice(0, 6))
  return seconds * 1000 + fraction
}

function spanMatches(span: IndexedSpan, c: Criteria): boolean {
  if (span.service !== c.service) return false
  if (c.operation && span.operation !== c.operation) return false
  if (c.minUs !== undefined && span.durationUs < c.minUs) return false
  if (c.maxUs !== undefined && span.durationUs > c.maxUs) return false
  if (span.startUs < c.startUs) return false
  if (c.endExclusive ? span.startUs >= c.endUs : span.startUs > c.endUs) return false
  return c.tags.every(([key, value]) => span.tags.get(key)?.includes(value) ?? false)
}

function find(traces: StoredTrace[], criteria: Criteria): StoredTrace[] {
  const found = traces.filter((trace) => trace.spans.some((span) => spanMatches(span, criteria)))
  const start = (t: StoredTrace) => t.spans.reduce((min, s) => Math.min(min, s.startUs), Infinity)
  return found.sort((a, b) => start(b) - start(a)).slice(0, criteria.limit)
}

function durations(params: URLSearchParams, minName: string, maxName: string) {
  const bounds: { minUs?: number; maxUs?: number } = {}
  for (const [name, key] of [
    [minName, 'minUs'],
    [maxName, 'maxUs'],
  ] as const) {
    const text = params.get(name)
    if (!text) continue
    const us = parseGoDuration(text)
    if (us === undefined) {
      return {
        status: 400,
        message: `unable to parse param '${name}': time: invalid duration "${text}"`,
      }
    }
    bounds[key] = us
  }
  return bounds
}

function v1Tags(params: URLSearchParams): [string, string][] | SearchFailure {
  const tags: [string, string][] = []
  for (const tag of params.getAll('tag')) {
    const [key, ...rest] = tag.split(':')
    tags.push([key ?? '', rest.join(':')])
  }
  const json = params.get('tags')
  if (!json) return tags
  try {
    const parsed = JSON.parse(json) as Record<string, unknown>
    for (const [key, value] of Object.entries(parsed)) tags.push([key, String(value)])
    return tags
  } catch (error) {
    return { status: 400, message: `malformed 'tags' parameter: ${String(error)}` }
  }
}

function integer(params: URLSearchParams, name: string, fallback: number): number | SearchFailure {
  const text = params.get(name)
  if (!text) return fallback
  if (!/^-?\d+$/.test(text)) {
    return {
      status: 400,
      message: `unable to parse param '${name}': strconv.ParseInt: parsing "${text}": invalid syntax`,
    }
  }
  return Number(text)
}

/** GET /api/traces. */
export function searchV1(
  traces: StoredTrace[],
  params: URLSearchParams,
): StoredTrace[] | SearchFailure {
  const service = params.get('service') ?? ''
  if (!service)
    return { status: 400, message: "parameter 'service' is required", known: 'serviceRequired' }
  const endUs = integer(params, 'end', Date.now() * 1000)
  if (typeof endUs !== 'number') return endUs
  const startUs = integer(params, 'start', endUs - 3_600_000_000)
  if (typeof startUs !== 'number') return startUs
  const limit = integer(params, 'limit', 100)
  if (typeof limit !== 'number') return limit
  const bounds = durations(params, 'minDuration', 'maxDuration')
  if ('status' in bounds) return bounds
  if (bounds.minUs !== undefined && bounds.maxUs !== undefined && bounds.maxUs < bounds.minUs) {
    return {
      status: 400,
      message: "'maxDuration' should be greater than 'minDuration'",
      known: 'maxBelowMin',
    }
  }
  const tags = v1Tags(params)
  if ('status' in tags) return tags
  const operation = params.get('operation') ?? ''
  return find(traces, {
    service,
    operation,
    tags,
    ...bounds,
    startUs,
    endUs,
    endExclusive: false,
    limit,
  })
}

/** GET /api/v3/traces: snake_case names, RFC 3339 times, Go durations; attributes are not read. */
export function searchV3(
  traces: StoredTrace[],
  params: URLSearchParams,
): StoredTrace[] | SearchFailure {
  const minText = params.get('query.start_time_min') ?? ''
  const maxText = params.get('query.start_time_max') ?? ''
  if (!minText || !maxText) {
    return { status: 400, message: 'query.start_time_min and query.start_time_max are required' }
  }
  const startUs = parseRfc3339Us(minText)
  const endUs = parseRfc3339Us(maxText)
  if (startUs === undefined || endUs === undefined) {
    const name = startUs === undefined ? 'query.start_time_min' : 'query.start_time_max'
    return {
      status: 400,
      message: `malformed parameter ${name}: parsing time "${startUs === undefined ? minText : maxText}"`,
    }
  }
  const depthName = params.get('query.search_depth') ? 'query.search_depth' : 'query.num_traces'
  const limit = integer(params, depthName, 20)
  if (typeof limit !== 'number') return limit
  const bounds = durations(params, 'query.duration_min', 'query.duration_max')
  if ('status' in bounds) return bounds
  const service = params.get('query.service_name') ?? ''
  if (!service) return { status: 400, message: 'service name must be set' }
  const operation = params.get('query.operation_name') ?? ''
  return find(traces, {
    service,
    operation,
    tags: [],
    ...bounds,
    startUs,
    endUs,
    endExclusive: true,
    limit,
  })
}
