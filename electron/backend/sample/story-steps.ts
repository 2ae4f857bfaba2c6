// The sample's runbook run, step by step: who worked each step of the default runbook, when
// (minutes after the go-live) and what they noted. Checklist items are ticked one by one between
// a step's start and end, so the run reads like real work.
import { PEOPLE } from './story'

export interface StoryStepNote {
  at: number
  text: string
}

export interface StoryStep {
  by: string
  start: number
  end: number
  notes: readonly StoryStepNote[]
  /** When each checklist item was ticked, if not spread evenly over the step. */
  ticks?: readonly number[]
}

/** Keyed by the step ids of templates/runbooks/service-degradation.yaml. */
export const STEPS: Readonly<Record<string, StoryStep>> = {
  'confirm-alert': {
    by: PEOPLE.commander,
    start: 24.5,
    end: 29,
    notes: [
      {
        at: 27.5,
        text: 'Alert expression checked on a graph: p99 of leaderboard-api at 6.4 s and climbing since 13:41 UTC. checkout-api flat at 0.2 s. All targets up, no scrape gaps. Start time set to 13:40 UTC.',
      },
    ],
  },
  'assess-impact': {
    by: PEOPLE.commander,
    start: 29.5,
    end: 38,
    notes: [
      {
        at: 36,
        text: 'Every mobile user who opens a leaderboard (about 40 requests/s): 22% of requests take over 3 s, 2% fail with HTTP 500 after the 10 s client timeout. Web uses the cached global board and is fine. 1h burn rate of the latency SLO at 7.6 and rising.',
      },
    ],
  },
  'quick-health-check': {
    by: PEOPLE.database,
    start: 38.5,
    end: 45,
    notes: [
      {
        at: 43,
        text: 'Pods: CPU under 35% of the limit, memory 310 MiB of 512 MiB, no OOM kills or restarts. HPA scaled 4 to 6 pods at 13:55 UTC on in-flight requests. Database host: CPU 38%, no lock waits, disk I/O normal.',
      },
    ],
  },
  'analyze-logs': {
    by: PEOPLE.database,
    start: 45.5,
    end: 53,
    notes: [
      {
        at: 49,
        text: 'Postgres slow log from 13:41 UTC, about 40 times a second: `duration: 5213 ms  statement: SELECT player_id, points FROM scores WHERE season_id = $1 AND player_id = ANY($2) ORDER BY points DESC LIMIT 50`',
      },
      {
        at: 51.5,
        text: 'leaderboard-api: `context deadline exceeded` on GET /v2/leaderboard/friends after 10 s, matching the 2% of HTTP 500. Nothing similar in yesterday’s logs.',
      },
    ],
  },
  'review-changes': {
    by: PEOPLE.mobile,
    start: 46,
    end: 56.5,
    notes: [
      {
        at: 53.5,
        text: 'Only change near 13:40 UTC: the go-live (app 5.3 + leaderboard-api 2.14.0). No config, infrastructure or provider changes in the last 6 hours.',
      },
    ],
  },
  mitigate: {
    by: PEOPLE.commander,
    start: 62,
    end: 127,
    ticks: [116.4, 120.3, 124.6, 126.2],
    notes: [
      {
        at: 63,
        text: 'First choice: build the missing index online rather than pull the launch. Fallback: turn the flag off.',
      },
      {
        at: 124,
        text: 'Since the flag went off at 15:40 UTC: p99 0.24 s, no HTTP 500. Burn rate falling.',
      },
    ],
  },
  'long-term-fix': {
    by: PEOPLE.database,
    start: 128,
    end: 150,
    notes: [
      {
        at: 146,
        text: 'Index in place. Friends tab stays off until a load test against production-size data passes (action item).',
      },
    ],
  },
  'monitor-report': {
    by: PEOPLE.communications,
    start: 150,
    end: 186,
    ticks: [178.2, 182.4, 185.3, 185.7],
    notes: [
      {
        at: 182,
        text: 'All-clear sent to #mobile-launch, support and the status page: leaderboards fast again since 15:40 UTC; the friends tab returns after a load test. Postmortem review booked for tomorrow 15:00 UTC.',
      },
    ],
  },
}

/** Minutes after the go-live at which each piece of evidence is pinned. */
export const PIN_TIMES = {
  p99: 32,
  errors: 33,
  cpu: 42,
  slowTrace: 55,
  secondTrace: 57,
  burnRate: 181,
} as const
