import { describe, expect, it } from 'vitest'
import { keyDurations } from '../durations'
import { advanceAfterResolution, allowedNextStatuses, changeStatus } from '../lifecycle'
import type { RunbookRun } from '../runbook/run'
import { at, EVIDENCE, HYPOTHESES, INCIDENT, TIMELINE } from './fixture.testing'
import { allowedPostmortemStatuses, editActionItem } from './model'
import { prefillPostmortem } from './prefill'
import { isSectionEmpty, parseSectionValue } from './sections'
import { ACTION_ITEMS } from './fixture.testing'

const RUN: RunbookRun = {
  incidentId: INCIDENT.id,
  chosenAt: at(0),
  runbook: {
    id: 'quick-triage',
    name: 'Quick triage',
    description: '',
    steps: ['Confirm', 'Check logs', 'Mitigate'].map((title, i) => ({
      id: `s${i}`,
      title,
      purpose: '',
      instructions: '',
      checklist: [],
      suggestedQueries: [],
      exitCriterion: null,
    })),
  },
  steps: [
    {
      stepId: 's0',
      state: 'done',
      startedAt: at(5),
      finishedAt: at(8),
      skipReason: null,
      ticked: {},
      notes: [],
    },
    {
      stepId: 's1',
      state: 'skipped',
      startedAt: null,
      finishedAt: at(9),
      skipReason: 'No logs shipped yet',
      ticked: {},
      notes: [],
    },
    {
      stepId: 's2',
      state: 'done',
      startedAt: at(10),
      finishedAt: at(35),
      skipReason: null,
      ticked: {},
      notes: [],
    },
  ],
}

describe('prefillPostmortem', () => {
  const draft = prefillPostmortem(
    INCIDENT,
    TIMELINE,
    keyDurations(INCIDENT),
    HYPOTHESES,
    EVIDENCE,
    RUN,
  )

  it('fills what the incident already knows: title, summary, durations, services', () => {
    expect(draft.title).toBe(INCIDENT.title)
    expect(draft.summary).toBe(INCIDENT.summary)
    expect(draft.impact).toMatchObject({
      durationMs: 53 * 60_000,
      affectedServices: INCIDENT.services,
    })
    expect(draft.detection).toEqual({
      how: 'Alert: CheckoutErrorRateHigh firing: 5xx ratio 48% over 5m',
      timeToDetectMs: 4 * 60_000,
    })
    expect(draft.response).toMatchObject({
      timeToAcknowledgeMs: 2 * 60_000,
      timeToMitigateMs: 35 * 60_000,
    })
    expect(draft.recovery.timeToResolveMs).toBe(53 * 60_000)
  })

  it('summarizes the runbook run, with skipped steps and their reasons', () => {
    expect(draft.response.notes).toBe(
      'Runbook "Quick triage": 2 of 3 steps done, 1 skipped.\n- Skipped "Check logs": No logs shipped yet',
    )
  })

  it('lists ruled-out hypotheses, puts confirmed ones in the root cause, keeps the evidence', () => {
    expect(draft.hypothesesRuledOut).toEqual([
      {
        hypothesisId: 'hyp-1',
        text: 'Bad deploy of checkout-api 4.2.0',
        reason: 'No deploy in the 6 hours before the errors started.',
      },
    ])
    expect(draft.rootCause.rootCause).toBe(
      '- Stale connection pool after failover: Pool kept connecting to the demoted primary, which refused writes.',
    )
    expect(draft.evidence).toEqual(EVIDENCE.map((e) => ({ evidenceId: e.id, caption: e.caption })))
  })

  it('marks status, alert, hypothesis and evidence events as key, not notes', () => {
    expect(draft.timeline).toEqual({
      show: 'key',
      keyEventIds: [
        'ev-01',
        'ev-02',
        'ev-03',
        'ev-05',
        'ev-06',
        'ev-07',
        'ev-08',
        'ev-10',
        'ev-11',
      ],
    })
  })

  it('leaves unknown durations empty while the incident is still running', () => {
    const open = { ...INCIDENT, status: 'mitigated' as const, resolvedAt: null }
    const running = prefillPostmortem(open, [], keyDurations(open, { now: at(80) }), [], [], null)
    expect(running.recovery.timeToResolveMs).toBeNull()
    expect(running.impact.durationMs).toBeNull()
  })

  it('counts machine-filled sections as empty until the author writes', () => {
    expect(isSectionEmpty('impact', draft.impact)).toBe(true)
    expect(isSectionEmpty('detection', draft.detection)).toBe(false)
    expect(isSectionEmpty('fiveWhys', draft.fiveWhys)).toBe(true)
    expect(isSectionEmpty('wentWell', '  \n')).toBe(true)
  })
})

describe('section values and action items', () => {
  it('refuses a section value of the wrong shape, naming the section and field', () => {
    expect(parseSectionValue('fiveWhys', [{ why: 'a', because: 'b' }])).toEqual({
      ok: false,
      message: 'Five whys: Exactly 5 why / because pairs',
      path: 'fiveWhys',
    })
    expect(
      parseSectionValue('impact', {
        ...prefillPostmortem(INCIDENT, [], [], [], [], null).impact,
        usersAffected: 3,
      }),
    ).toMatchObject({
      ok: false,
      path: 'impact.usersAffected',
    })
  })

  it('stamps completion when an item is done and clears it when reopened', () => {
    const item = ACTION_ITEMS[1]!
    const done = editActionItem(item, { status: 'done' }, at(200))
    expect(done).toMatchObject({ status: 'done', completedAt: at(200), updatedAt: at(200) })
    expect(editActionItem(done, { status: 'open' }, at(300)).completedAt).toBeNull()
    expect(editActionItem(done, { owner: 'X' }, at(300)).completedAt).toBe(at(200))
  })

  it('moves review one step at a time', () => {
    expect(allowedPostmortemStatuses('draft')).toEqual(['in_review'])
    expect(allowedPostmortemStatuses('published')).toEqual(['draft'])
  })
})

describe('incident lifecycle after resolution', () => {
  const resolved = { ...INCIDENT, status: 'resolved' as const }

  it('goes resolved -> postmortem -> closed, and back to postmortem, each on the timeline', () => {
    const started = advanceAfterResolution(resolved, 'postmortem', at(100))
    expect(started).toMatchObject({
      ok: true,
      value: { status: 'postmortem', updatedAt: at(100) },
      events: [
        { kind: 'status', text: 'Status changed from resolved to postmortem', occurredAt: at(100) },
      ],
    })
    const closed = advanceAfterResolution({ ...resolved, status: 'postmortem' }, 'closed', at(110))
    expect(closed.ok && closed.value.status).toBe('closed')
    const back = advanceAfterResolution({ ...resolved, status: 'closed' }, 'postmortem', at(120))
    expect(back.ok && back.value.status).toBe('postmortem')
  })

  it('refuses those moves from an active incident, and manual moves into them', () => {
    const active = { ...INCIDENT, status: 'mitigated' as const, resolvedAt: null }
    expect(advanceAfterResolution(active, 'postmortem', at(100))).toMatchObject({
      ok: false,
      reason: 'conflict',
    })
    expect(changeStatus(active, 'closed', { now: at(100) })).toMatchObject({
      ok: false,
      reason: 'conflict',
    })
    expect(allowedNextStatuses('mitigated')).toEqual(['investigating', 'identified', 'resolved'])
    expect(allowedNextStatuses('postmortem')).toEqual([])
  })
})
