// The known incident the test Prometheus is backfilled with, and its ground truth computed from
// the generated requests themselves (never from Prometheus), so tests can check what the app says.
//
// leaderboard-api serves 600 requests every 15 s. For 7 h all are fast (p99 ~0.24 s); then for
// 2 h a slow share ramps up over 30 min and holds: 20% take 3-5 s and 1/60 take 5-10 s, so p99
// reaches 7 s, 21.7% of requests miss the 3 s SLO and 2% fail with HTTP 500. One calm hour
// follows. checkout-api runs calmly beside it so selectors are tested too.

export const SCRAPE_MS = 15_000
const MINUTE = 60_000
const HOUR = 60 * MINUTE

/** Bucket bounds as a Python/OpenMetrics client writes them: le="3.0", not le="3". */
export const BUCKETS = ['0.05', '0.1', '0.25', '0.5', '1.0', '2.5', '3.0', '5.0', '10.0', '+Inf']
export const SLO_BUCKET_LABEL = '3.0'
export const HISTOGRAM = 'http_request_duration_seconds'
export const REQUESTS = 'http_requests_total'

export interface ServiceTraffic {
  service: string
  job: string
  /** Per 15 s interval (index i covers sample i to sample i+1), requests per bucket. */
  bucketCounts: number[][]
  errors: number[]
  requests: number[]
  latencySum: number[]
}

export interface IncidentHistory {
  startMs: number
  incidentStartMs: number
  incidentEndMs: number
  endMs: number
  /** Sample times: startMs, startMs + 15 s, ..., endMs. */
  sampleTimesMs: number[]
  services: Record<'leaderboard-api' | 'checkout-api', ServiceTraffic>
}

const PER_INTERVAL = 600
const RAMP_MS = 30 * MINUTE

function severityAt(
  history: Pick<IncidentHistory, 'incidentStartMs' | 'incidentEndMs'>,
  t: number,
) {
  if (t <= history.incidentStartMs || t > history.incidentEndMs) return 0
  return Math.min(1, (t - history.incidentStartMs) / RAMP_MS)
}

/** Non-cumulative counts per bucket for one interval at the given severity (0 calm, 1 peak). */
function intervalBuckets(requests: number, severity: number): number[] {
  const slowest = Math.round(10 * severity * (requests / PER_INTERVAL)) // 5-10 s
  const slow = Math.round(120 * severity * (requests / PER_INTERVAL)) // 3-5 s
  const fast = requests - slow - slowest
  const under50ms = Math.round(fast * 0.5)
  const under100ms = Math.round(fast * 0.3)
  const under250ms = fast - under50ms - under100ms
  return [under50ms, under100ms, under250ms, 0, 0, 0, 0, slow, slowest, 0]
}

const MIDPOINTS = [0.025, 0.075, 0.175, 0.375, 0.75, 1.75, 2.75, 4, 7.5, 15]

function traffic(
  service: string,
  job: string,
  requestsPerInterval: number,
  severities: number[],
): ServiceTraffic {
  const bucketCounts = severities.map((s) => intervalBuckets(requestsPerInterval, s))
  return {
    service,
    job,
    bucketCounts,
    requests: bucketCounts.map(() => requestsPerInterval),
    errors: severities.map((s) => Math.round(12 * s * (requestsPerInterval / PER_INTERVAL))),
    latencySum: bucketCounts.map((counts) =>
      counts.reduce((sum, count, index) => sum + count * (MIDPOINTS[index] ?? 0), 0),
    ),
  }
}

/** The incident placed so that its history ends an hour before `nowMs`, on a whole minute. */
export function buildIncidentHistory(nowMs: number): IncidentHistory {
  const endMs = Math.floor((nowMs - HOUR) / MINUTE) * MINUTE
  const startMs = endMs - 10 * HOUR
  const timeline = { incidentStartMs: startMs + 7 * HOUR, incidentEndMs: startMs + 9 * HOUR }
  const sampleTimesMs: number[] = []
  for (let t = startMs; t <= endMs; t += SCRAPE_MS) sampleTimesMs.push(t)
  const severities = sampleTimesMs.slice(1).map((end) => severityAt(timeline, end))
  return {
    startMs,
    endMs,
    ...timeline,
    sampleTimesMs,
    services: {
      'leaderboard-api': traffic('leaderboard-api', 'leaderboard', PER_INTERVAL, severities),
      'checkout-api': traffic(
        'checkout-api',
        'checkout',
        300,
        severities.map(() => 0),
      ),
    },
  }
}

/**
 * Counters start where about two days of earlier traffic left them, as a real service's do. An
 * error counter sitting at 0 until the incident would make rate() stop extrapolating at zero for
 * that series only (correct Prometheus behaviour, but then extrapolation no longer cancels in the
 * SLI ratio and the truth would have to model it).
 */
const EARLIER_INTERVALS = 10_000
const EARLIER_ERROR_SHARE = 0.0005

function cumulative(perInterval: number[], start = 0): number[] {
  const totals = [start]
  for (const count of perInterval) totals.push((totals[totals.length - 1] ?? 0) + count)
  return totals
}

function seriesLines(name: string, labels: string, totals: number[], times: number[]): string[] {
  return totals.map((value, index) => `${name}{${labels}} ${value} ${(times[index] ?? 0) / 1000}`)
}

function serviceFamilies(traffic: ServiceTraffic, times: number[]) {
  const base = `job="${traffic.job}",service="${traffic.service}"`
  const earlier = (traffic.requests[0] ?? 0) * EARLIER_INTERVALS
  const earlierBuckets = intervalBuckets(earlier, 0)
  const histogram: string[] = []
  BUCKETS.forEach((le, bucket) => {
    const upTo = (counts: number[]) => counts.slice(0, bucket + 1).reduce((sum, c) => sum + c, 0)
    const totals = cumulative(traffic.bucketCounts.map(upTo), upTo(earlierBuckets))
    histogram.push(...seriesLines(`${HISTOGRAM}_bucket`, `${base},le="${le}"`, totals, times))
  })
  const counts = cumulative(traffic.requests, earlier)
  histogram.push(...seriesLines(`${HISTOGRAM}_count`, base, counts, times))
  const sums = cumulative(traffic.latencySum, earlier * 0.06).map(
    (s) => Math.round(s * 1000) / 1000,
  )
  histogram.push(...seriesLines(`${HISTOGRAM}_sum`, base, sums, times))
  const ok = traffic.requests.map((count, index) => count - (traffic.errors[index] ?? 0))
  const earlierErrors = Math.round(earlier * EARLIER_ERROR_SHARE)
  const counters = [
    ...seriesLines(REQUESTS, `${base},code="200"`, cumulative(ok, earlier - earlierErrors), times),
    ...seriesLines(
      REQUESTS,
      `${base},code="500"`,
      cumulative(traffic.errors, earlierErrors),
      times,
    ),
  ]
  return { histogram, counters }
}

/** The history as OpenMetrics text with timestamps, as promtool's backfiller wants it. */
export function toOpenMetrics(history: IncidentHistory): string {
  const families = Object.values(history.services).map((t) =>
    serviceFamilies(t, history.sampleTimesMs),
  )
  return [
    `# HELP ${HISTOGRAM} Request latency.`,
    `# TYPE ${HISTOGRAM} histogram`,
    ...families.flatMap((f) => f.histogram),
    '# HELP http_requests Requests by status code.',
    '# TYPE http_requests counter',
    ...families.flatMap((f) => f.counters),
    '# EOF',
    '',
  ].join('\n')
}

/**
 * The intervals rate() sees at `evalMs` over `windowMs`: those whose both samples lie inside the
 * window. Tests evaluate half a scrape off the sample grid, where Prometheus 2.x (closed window)
 * and 3.x (left-open) agree, and rate()'s extrapolation scales every series of the same scrapes by
 * the same factor, so it cancels in ratios and quantiles.
 */
export function intervalsInWindow(history: IncidentHistory, evalMs: number, windowMs: number) {
  const picked: number[] = []
  const times = history.sampleTimesMs
  for (let index = 0; index + 1 < times.length; index++) {
    const from = times[index] ?? 0
    const to = times[index + 1] ?? 0
    if (from >= evalMs - windowMs && to <= evalMs) picked.push(index)
  }
  return picked
}

function sumOver(values: number[], intervals: number[]): number {
  return intervals.reduce((sum, index) => sum + (values[index] ?? 0), 0)
}

/** Share of requests at or under the bucket bound `le` (the latency SLI). */
export function truthLatencySli(traffic: ServiceTraffic, intervals: number[], le: string): number {
  const bucket = BUCKETS.indexOf(le)
  const good = intervals.reduce(
    (sum, index) =>
      sum + (traffic.bucketCounts[index] ?? []).slice(0, bucket + 1).reduce((a, b) => a + b, 0),
    0,
  )
  return good / sumOver(traffic.requests, intervals)
}

/** Share of requests that did not fail (the availability SLI). */
export function truthAvailabilitySli(traffic: ServiceTraffic, intervals: number[]): number {
  const total = sumOver(traffic.requests, intervals)
  return (total - sumOver(traffic.errors, intervals)) / total
}

/**
 * The q-quantile by linear interpolation inside the bucket holding rank q * count (the first
 * bucket starting at 0, the +Inf bucket answered by the highest finite bound): the textbook
 * histogram estimate, written here from scratch.
 */
export function truthQuantile(traffic: ServiceTraffic, intervals: number[], q: number): number {
  const perBucket = BUCKETS.map((_, bucket) =>
    intervals.reduce((sum, index) => sum + (traffic.bucketCounts[index]?.[bucket] ?? 0), 0),
  )
  const total = perBucket.reduce((a, b) => a + b, 0)
  const rank = q * total
  let below = 0
  for (let bucket = 0; bucket < BUCKETS.length; bucket++) {
    const count = perBucket[bucket] ?? 0
    if (below + count >= rank && count > 0) {
      if (bucket === BUCKETS.length - 1) return Number(BUCKETS[bucket - 1])
      const lower = bucket === 0 ? 0 : Number(BUCKETS[bucket - 1])
      const upper = Number(BUCKETS[bucket])
      return lower + ((upper - lower) * (rank - below)) / count
    }
    below += count
  }
  return Number.NaN
}
