import { keyDurations } from '../durations'
import type { Hypothesis } from '../hypotheses'
import type { Incident } from '../incident'
import type { TimelineEvent, TimelineKind } from '../timeline'
import type { PostmortemDocument } from './document'
import type { ActionItem } from './model'
import { prefillPostmortem, type PinnedEvidence } from './prefill'
import type { PostmortemSections } from './sections'

// A fixed, realistic incident for golden files and escaping tests: times are fixed UTC instants,
// ids are readable, nothing depends on the clock or the machine's time zone.

const T0 = Date.UTC(2026, 2, 14, 9, 12, 0)
const MIN = 60_000
export const at = (minutes: number) => T0 + minutes * MIN

export const INCIDENT: Incident = {
  id: 'inc-2026-0314',
  title: 'Checkout API returning 502s after database failover',
  severity: 'SEV2',
  status: 'postmortem',
  services: ['checkout-api', 'orders-db'],
  summary: 'Checkout failed for about half of the requests after the orders database failed over.',
  startedAt: at(0),
  detectedAt: at(4),
  acknowledgedAt: at(6),
  mitigatedAt: at(35),
  resolvedAt: at(53),
  createdAt: at(4),
  updatedAt: at(60),
}

function event(n: number, minutes: number, kind: TimelineKind, text: string): TimelineEvent {
  return {
    id: `ev-${String(n).padStart(2, '0')}`,
    incidentId: INCIDENT.id,
    occurredAt: at(minutes),
    kind,
    text,
    message: null,
    author: 'Ana Souza',
    source: kind === 'note' ? 'user' : 'system',
    createdAt: at(minutes) + n,
    updatedAt: at(minutes) + n,
    deletedAt: null,
  }
}

export const TIMELINE: TimelineEvent[] = [
  event(1, 0, 'status', 'Incident declared: SEV2, investigating'),
  event(2, 4, 'alert', 'CheckoutErrorRateHigh firing: 5xx ratio 48% over 5m'),
  event(3, 6, 'status', 'Incident acknowledged'),
  event(4, 9, 'note', 'Orders DB primary failed over to replica in zone b at 09:11'),
  event(5, 12, 'hypothesis', 'New hypothesis: bad deploy of checkout-api 4.2.0'),
  event(6, 15, 'evidence', 'Pinned chart: 5xx ratio (checkout-api)'),
  event(
    7,
    18,
    'hypothesis',
    'Ruled out hypothesis "bad deploy of checkout-api 4.2.0": no deploy in 6 hours',
  ),
  event(8, 24, 'evidence', 'Pinned trace: POST /checkout 30 s'),
  event(9, 31, 'note', 'Connection pool still points at the old primary; restarting pods'),
  event(10, 35, 'status', 'Status changed from identified to mitigated'),
  event(11, 53, 'status', 'Status changed from mitigated to resolved'),
]

export const HYPOTHESES: Hypothesis[] = [
  {
    id: 'hyp-1',
    incidentId: INCIDENT.id,
    text: 'Bad deploy of checkout-api 4.2.0',
    status: 'ruled_out',
    reason: 'No deploy in the 6 hours before the errors started.',
    timelineEventIds: [],
    evidenceIds: [],
    author: 'Ana Souza',
    createdAt: at(12),
    updatedAt: at(18),
    statusChangedAt: at(18),
  },
  {
    id: 'hyp-2',
    incidentId: INCIDENT.id,
    text: 'Stale connection pool after failover',
    status: 'confirmed',
    reason: 'Pool kept connecting to the demoted primary, which refused writes.',
    timelineEventIds: [],
    evidenceIds: [],
    author: 'Ana Souza',
    createdAt: at(25),
    updatedAt: at(30),
    statusChangedAt: at(30),
  },
]

export const EVIDENCE: PinnedEvidence[] = [
  {
    id: 'evd-chart-5xx',
    kind: 'chart',
    caption: '5xx ratio of checkout-api',
    sourceName: 'prometheus-prod',
    summary: { query: 'sum(rate(http_requests_total{code=~"5.."}[5m]))', step: '15s' },
    hasPng: true,
    createdAt: at(15),
  },
  {
    id: 'evd-trace-slow',
    kind: 'trace',
    caption: 'A checkout request waiting 30 s for a connection',
    sourceName: 'jaeger-prod',
    summary: { traceId: '4bf92f3577b34da6a3ce929d0e0e4736', spans: 42, durationUs: 30_012_000 },
    hasPng: false,
    createdAt: at(24),
  },
]

export const ACTION_ITEMS: ActionItem[] = [
  actionItem(
    0,
    'Re-resolve the database host on failover in the pool',
    'Bruno Lima',
    'prevent',
    'in_progress',
  ),
  actionItem(1, 'Alert on pool connections to a read-only primary', 'Carla Dias', 'detect', 'open'),
  actionItem(2, 'Add failover drill to the quarterly game day', 'SRE team', 'process', 'done'),
]

function actionItem(
  position: number,
  title: string,
  owner: string,
  type: ActionItem['type'],
  status: ActionItem['status'],
): ActionItem {
  return {
    id: `ai-${position + 1}`,
    incidentId: INCIDENT.id,
    title,
    owner,
    dueDate: `2026-04-${String(10 + position * 7).padStart(2, '0')}`,
    priority: position === 0 ? 'P1' : 'P2',
    type,
    status,
    ticketUrl: position === 1 ? '' : `https://tracker.example.com/OPS-${120 + position}`,
    position,
    createdAt: at(70),
    updatedAt: at(70),
    completedAt: status === 'done' ? at(80) : null,
  }
}

/** The prefilled draft plus what an author writes by hand. */
export function writtenSections(): PostmortemSections {
  const prefilled = prefillPostmortem(
    INCIDENT,
    TIMELINE,
    keyDurations(INCIDENT),
    HYPOTHESES,
    EVIDENCE,
    null,
  )
  return {
    ...prefilled,
    impact: {
      ...prefilled.impact,
      usersAffected: 'About 12,000 shoppers',
      sloBudgetConsumedPercent: 18.25,
      description: 'Half of checkout attempts failed for 35 minutes.',
    },
    recovery: {
      ...prefilled.recovery,
      notes: 'Restarted checkout-api pods so the pool resolved the new primary.',
    },
    response: {
      ...prefilled.response,
      notes: 'Paged the on-call, ruled out a deploy, found the stale pool.',
    },
    rootCause: {
      ...prefilled.rootCause,
      trigger: 'Planned maintenance failed the orders database over to zone b.',
    },
    contributingFactors:
      '- The pool caches the resolved address forever\n- No alert on read-only errors',
    fiveWhys: [
      { why: 'Checkout failed', because: 'Writes went to a read-only database.' },
      {
        why: 'The database was read-only',
        because: 'The old primary was demoted by the failover.',
      },
      {
        why: 'The pool still used the old primary',
        because: 'The pool never re-resolves the host.',
      },
      {
        why: 'The pool never re-resolves',
        because: 'The driver default caches DNS for the process lifetime.',
      },
      {
        why: 'Nobody changed the default',
        because: 'Failover was never tested with live traffic.',
      },
    ],
    wentWell: 'The alert fired within 4 minutes.',
    wentWrong: 'It took 20 minutes to connect the failover to the errors.',
    gotLucky: 'The failover happened outside peak hours.',
    lessonsLearned: 'Test failover with live traffic.',
    communication: {
      internal: 'Posted updates in #inc-checkout every 15 minutes.',
      external: 'Status page: degraded checkout, 09:20 to 10:05 UTC.',
    },
    documentation: 'Updated the orders-db failover runbook.',
    conclusion: 'A routine failover exposed a client that never re-resolves its database.',
    tags: ['database', 'failover'],
  }
}

export function fixtureDocument(overrides: Partial<PostmortemDocument> = {}): PostmortemDocument {
  return {
    incident: INCIDENT,
    postmortem: {
      incidentId: INCIDENT.id,
      status: 'in_review',
      templateId: 'google-sre',
      createdAt: at(60),
      updatedAt: at(90),
      statusChangedAt: at(90),
    },
    sections: writtenSections(),
    actionItems: ACTION_ITEMS,
    timeline: TIMELINE,
    evidence: EVIDENCE,
    roles: {
      commander: 'Ana Souza',
      scribe: 'Bruno Lima',
      communications: 'Carla Dias',
      responders: ['Davi Rocha', 'Eva Nunes'],
    },
    templateName: 'Google SRE',
    ...overrides,
  }
}
