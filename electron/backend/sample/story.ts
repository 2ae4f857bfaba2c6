// The sample incident's story, as data: who took part, when things happened (minutes after the
// go-live), and what they wrote. The replay (replay.ts) plays it through the real handlers.
//
// After the go-live of the mobile app's friends leaderboard, leaderboard-api's p99 latency rose to
// about 7 s against a 3 s SLO; the 1-hour burn rate went well above 1. CPU, memory and network
// were fine and the autoscaler added pods as it should. Traces showed one database query taking
// three quarters of each slow request: the new query scanned the scores table without an index.

export const MINUTE_MS = 60_000
const DAY_MS = 24 * 60 * MINUTE_MS

/** The go-live, and the start of the latency rise: 13:40 UTC two days before the sample is loaded. */
export function storyStartMs(loadedAtMs: number): number {
  const midnight = Math.floor(loadedAtMs / DAY_MS) * DAY_MS
  return midnight - 2 * DAY_MS + (13 * 60 + 40) * MINUTE_MS
}

export const PEOPLE = {
  commander: 'Ana Souza',
  scribe: 'Ben Okafor',
  communications: 'Chloé Martin',
  database: 'Diego Ramos',
  mobile: 'Mei Chen',
} as const

export const SERVICE = 'leaderboard-api'
export const PROMETHEUS_NAME = 'Prometheus (sample)'
export const JAEGER_NAME = 'Jaeger (sample)'
export const FEATURE_FLAG = 'mobile-friends-leaderboard'

export const INCIDENT = {
  title: 'Leaderboard API slow after the mobile friends-leaderboard go-live',
  summary:
    'Sample incident (made-up data). After the mobile app 5.3 go-live, leaderboard-api p99 latency rose from 0.24 s to about 7 s against the 3 s SLO; 22% of leaderboard requests were slower than 3 s and 2% failed. Mitigated by turning the feature flag off; fixed with a composite index on scores.',
  services: [SERVICE, 'leaderboard-db', 'mobile-app'],
  severity: 'SEV3' as const,
  /** Minutes after the go-live. */
  declaredAt: 23,
  /** When the alert fired: pending from minute 3, the rule's `for: 10m` elapsed. */
  detectedAt: 13,
}

export const ALERT = {
  name: 'LeaderboardP99LatencyHigh',
  expr: 'histogram_quantile(0.99, sum by (le) (rate(http_request_duration_seconds_bucket{service="leaderboard-api"}[5m]))) > 3',
  labels: { alertname: 'LeaderboardP99LatencyHigh', service: SERVICE, severity: 'page' },
  annotations: {
    summary: 'leaderboard-api p99 latency above 3 s for 10 minutes',
    description: 'p99 latency is {{ $value }} s (SLO: 99% of requests under 3 s).',
    runbook_url: 'https://runbooks.example/leaderboard-latency',
  },
  /** Pending from this minute, firing ten minutes later (the rule's `for: 10m`). */
  activeAt: 3,
}

export const SLO = {
  kind: 'latency' as const,
  service: SERVICE,
  name: 'Leaderboard requests under 3 s',
  target: 0.99,
  periodDays: 30,
  histogram: 'http_request_duration_seconds',
  selector: `service="${SERVICE}"`,
  thresholdSeconds: 3,
  bucketLabel: '3.0',
}

/** A timeline note: who wrote it, when it was typed, and when it happened if earlier. */
export interface StoryNote {
  at: number
  by: string
  text: string
  occurredAt?: number
}

export const GO_LIVE_NOTE: StoryNote = {
  at: 50,
  occurredAt: 0,
  by: PEOPLE.mobile,
  text: `Go-live: mobile app 5.3 released with the friends leaderboard, flag ${FEATURE_FLAG} at 100% of users. leaderboard-api 2.14.0 (new endpoint GET /v2/leaderboard/friends) was deployed at 13:31 UTC.`,
}

export const NOTES: readonly StoryNote[] = [
  {
    at: 24,
    by: PEOPLE.commander,
    text: 'Paged by LeaderboardP99LatencyHigh. #mobile-launch also reports the leaderboard tab spinning for several seconds on Android and iOS.',
  },
  {
    at: 30,
    by: PEOPLE.communications,
    text: 'Status page updated: "Leaderboards load slowly in the mobile app. Scores are saved and nothing is lost." Linked in #mobile-launch.',
  },
  GO_LIVE_NOTE,
  {
    at: 65,
    by: PEOPLE.database,
    text: 'Started CREATE INDEX CONCURRENTLY scores_season_player_idx ON scores (season_id, player_id). Estimate: 20 minutes on 180 M rows.',
  },
  {
    at: 100,
    by: PEOPLE.database,
    text: 'Index build at 55% after 35 minutes; the build I/O pushes replica lag to 40 s. Waiting for it is not a mitigation.',
  },
  {
    at: 92,
    by: PEOPLE.scribe,
    text: 'Update posted to #mobile-launch (15:12 UTC): cause known (the new friends query has no index); index build running, done around 15:30 UTC; turning the flag off is the fallback.',
  },
  {
    at: 116,
    by: PEOPLE.commander,
    text: `Decision: turn ${FEATURE_FLAG} off for all users now; Sam (product) agrees. The launch goes on without the friends tab.`,
  },
  {
    at: 120,
    by: PEOPLE.mobile,
    text: `${FEATURE_FLAG} set to 0%. The app falls back to the global leaderboard on its next refresh.`,
  },
  {
    at: 142,
    by: PEOPLE.database,
    text: 'Index built (finished 16:02 UTC). EXPLAIN ANALYZE of the friends query: index scan, 11 ms instead of 5.2 s.',
  },
]

export const ROLES = {
  at: 25,
  commander: PEOPLE.commander,
  scribe: PEOPLE.scribe,
  communications: PEOPLE.communications,
  responders: [PEOPLE.database, PEOPLE.mobile],
}

export const SEVERITY_RAISE = { at: 34, severity: 'SEV2' as const, by: PEOPLE.commander }

export const STATUS_CHANGES = [
  { at: 61, status: 'identified' as const, by: PEOPLE.commander },
  { at: 126, status: 'mitigated' as const, by: PEOPLE.commander },
  { at: 185, status: 'resolved' as const, by: PEOPLE.commander },
]

export const HYPOTHESES = {
  contention: {
    addedAt: 41,
    by: PEOPLE.commander,
    text: 'Resource contention on the leaderboard-api pods (CPU, memory or network saturation) slows every request.',
    settledAt: 44,
    reason:
      'CPU stays under 35% of the limit on every pod, memory is flat at 310 MiB of 512 MiB, no network errors or retransmits. The autoscaler added 2 pods at 13:55 UTC as designed and latency did not move.',
  },
  slowQuery: {
    addedAt: 47,
    by: PEOPLE.database,
    text: 'The new friends-leaderboard query (shipped with the go-live) is slow on the scores table and holds each request for seconds.',
    settledAt: 60,
    reason:
      'Traces: the leaderboard-db SELECT span takes 74% of a 7.1 s request, on the critical path. The Postgres slow log shows the same statement at 5.2 s; EXPLAIN shows a sequential scan of scores (no index on season_id, player_id).',
  },
}
