// What the incident commander wrote in the sample's postmortem draft, the morning after. The
// prefilled parts (durations, key events, ruled-out hypotheses, evidence) come from the incident
// itself; documentation and conclusion are left empty, as in a real draft.
import type { ChannelInput } from '../../../shared/contract/index'
import { FEATURE_FLAG, PEOPLE, SERVICE } from './story'

type ActionItemInput = Omit<ChannelInput<'actionItem.add'>, 'incidentId' | 'dueDate'> & {
  /** Days after the incident the item is due; null for none. */
  dueInDays: number | null
}

/** Minutes after the go-live: 10:00 UTC the next day. */
export const POSTMORTEM_WRITTEN_AT = 20 * 60 + 20

export function writtenSections(budgetConsumedPercent: number) {
  return {
    summary: `On the day of the mobile app 5.3 launch, the new friends leaderboard sent a query to the scores table that had no suitable index. From 13:40 to 15:40 UTC, ${SERVICE} answered 22% of mobile leaderboard requests in over 3 s (p99 about 7 s) and 2% failed. Turning the feature flag off mitigated it; a composite index fixed it.`,
    impact: {
      usersAffected:
        'Every mobile user who opened a leaderboard for 2 hours (about 40 requests/s at peak)',
      description:
        '22% of leaderboard requests were slower than the 3 s SLO and 2% failed with HTTP 500 after the 10 s client timeout. Scores were saved throughout; web users, served from the cached global board, were not affected.',
      sloBudgetConsumedPercent: budgetConsumedPercent,
    },
    detection:
      'The p99 latency alert LeaderboardP99LatencyHigh fired at 13:53 UTC, 13 minutes after the go-live. An SLO burn-rate page (14.4x over 1 h and 5 min) would only have fired at about 14:35 UTC: the p99 alert was the right first signal here.',
    recoveryNotes:
      'The online index build was slower than estimated (35 minutes for 55%) and raised replica lag; the flag went off at 15:40 UTC and latency was normal within 3 minutes. The index finished at 16:02 UTC.',
    rootCause: {
      rootCause:
        'GET /v2/leaderboard/friends runs `SELECT … FROM scores WHERE season_id = $1 AND player_id = ANY($2) ORDER BY points DESC`. With no index on (season_id, player_id), Postgres scanned the season’s rows for every request: 5.2 s per query under launch traffic.',
      trigger: `The go-live at 13:40 UTC set ${FEATURE_FLAG} to 100% of mobile users at once.`,
    },
    contributingFactors:
      '- The query was only tested against a staging database with 0.5% of production rows.\n- The flag went from 0% to 100% in one step, during launch traffic.\n- The 10 s client timeout turned slow answers into errors and retries.',
    fiveWhys: [
      {
        why: 'Why were leaderboards slow?',
        because: 'Each friends-leaderboard request waited about 5 s on one database query.',
      },
      {
        why: 'Why was the query slow?',
        because: 'Postgres scanned every score of the season: no index matched the filter.',
      },
      {
        why: 'Why was there no index?',
        because: 'The query was new in 2.14.0 and its plan was never checked on real data.',
      },
      {
        why: 'Why was the plan not checked?',
        because: 'Staging holds 0.5% of production rows, where a scan takes 30 ms.',
      },
      {
        why: 'Why did it reach all users at once?',
        because: 'The launch plan turned the flag to 100% instead of ramping it.',
      },
    ],
    wentWell:
      '- The p99 alert fired 13 minutes in, and the runbook’s health check ruled out resources within 7 minutes.\n- Traces pointed at the database span at once; the slow log confirmed it.\n- The autoscaler did its job, which kept the API itself healthy.',
    wentWrong:
      '- We spent an hour hoping the online index build would finish instead of turning the flag off.\n- The incident was declared 10 minutes after the page.',
    gotLucky:
      '- The scores table is written by a separate worker, so no score was lost.\n- The launch started on a weekday afternoon with the database team online.',
    lessonsLearned:
      'Mitigate first, then fix: a feature flag is a one-minute rollback, an index build on 180 M rows is not. New queries need a plan checked against production-size data.',
    communication: {
      internal: `${PEOPLE.communications} kept #mobile-launch updated every 30 minutes and sent the all-clear at 16:42 UTC.`,
      external:
        'Status page: degraded leaderboards from 14:10 to 16:42 UTC, with one update when the flag went off.',
    },
    tags: ['latency', 'database', 'feature-flag', 'launch', 'mobile'],
  }
}

export const ACTION_ITEMS: readonly ActionItemInput[] = [
  {
    title: 'Add composite index scores (season_id, player_id) to the schema migrations',
    owner: PEOPLE.database,
    priority: 'P1',
    type: 'prevent',
    status: 'done',
    dueInDays: 1,
    ticketUrl: 'https://tracker.example/LB-412',
  },
  {
    title: 'Load-test new leaderboard queries against a production-size copy before go-live',
    owner: PEOPLE.mobile,
    priority: 'P1',
    type: 'prevent',
    ticketUrl: 'https://tracker.example/LB-413',
    dueInDays: 14,
  },
  {
    title: `Ramp ${FEATURE_FLAG} and future launch flags 1% → 10% → 50% → 100% with a hold at each`,
    owner: PEOPLE.commander,
    priority: 'P2',
    type: 'process',
    ticketUrl: 'https://tracker.example/REL-88',
    dueInDays: 21,
  },
  {
    title: 'Add multiwindow SLO burn-rate alerts for leaderboard-api (page 14.4x, ticket 6x)',
    owner: PEOPLE.scribe,
    priority: 'P2',
    type: 'detect',
    ticketUrl: 'https://tracker.example/OBS-201',
    dueInDays: 14,
  },
  {
    title: 'Set a 2 s statement timeout for the leaderboard database role',
    owner: PEOPLE.database,
    priority: 'P3',
    type: 'mitigate',
    ticketUrl: 'https://tracker.example/LB-414',
    dueInDays: null,
  },
]
