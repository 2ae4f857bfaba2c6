import { describe, expect, it } from 'vitest'
import { formatDuration, keyDurations } from '../../../shared/domain/durations'
import { MIN, setup, START } from './test-harness'

// The end-to-end story at the channel level: declare, walk all eight steps (ticking,
// skipping one with a reason, reopening one), rule out a hypothesis, resolve, then read the
// timeline and the key durations as the UI would.

describe('an incident told from declaration to resolution', () => {
  it('leaves a timeline that tells the story with correct times', async () => {
    const { call, later, timeline } = await setup()
    await call('settings.update', { authorName: 'Ana' })
    const { id } = await call('incident.create', {
      title: 'Checkout returns 502',
      severity: 'SEV2',
      startedAt: START - 4 * MIN,
      detectedAt: START - MIN,
    })
    const step = async (
      minute: number,
      channel: 'runbook.startStep' | 'runbook.completeStep',
      stepId: string,
    ) => {
      later(minute)
      return call(channel, { incidentId: id, stepId })
    }
    await step(2, 'runbook.startStep', 'confirm-alert')
    later(3)
    await call('runbook.tick', { incidentId: id, stepId: 'confirm-alert', itemId: '1' })
    await step(4, 'runbook.completeStep', 'confirm-alert')
    await step(5, 'runbook.startStep', 'assess-impact')
    later(6)
    await call('incident.setSeverity', { id, severity: 'SEV1' })
    await step(7, 'runbook.completeStep', 'assess-impact')
    await step(8, 'runbook.completeStep', 'quick-health-check')
    later(9)
    await call('runbook.skipStep', {
      incidentId: id,
      stepId: 'analyze-logs',
      reason: 'no log access',
    })
    later(10)
    const hypothesis = await call('hypothesis.add', {
      incidentId: id,
      text: 'Deploy 4812 broke the cart',
    })
    await step(11, 'runbook.completeStep', 'review-changes')
    later(14)
    await call('hypothesis.setStatus', {
      id: hypothesis.id,
      status: 'ruled_out',
      reason: 'rollback did not help',
    })
    later(15)
    await call('runbook.reopenStep', { incidentId: id, stepId: 'analyze-logs' })
    await step(20, 'runbook.completeStep', 'analyze-logs')
    await step(22, 'runbook.completeStep', 'mitigate')
    later(23)
    await call('incident.setStatus', { id, status: 'mitigated', at: START + 21 * MIN })
    await step(40, 'runbook.completeStep', 'long-term-fix')
    const last = await step(50, 'runbook.completeStep', 'monitor-report')
    expect(last.next).toBeNull()
    expect(last.progress).toEqual({ total: 8, done: 8, skipped: 0, active: 0, todo: 0 })
    later(51)
    const resolved = await call('incident.setStatus', { id, status: 'resolved' })

    const story = await timeline(id)
    expect(story.map(([, text, minute]) => `${minute} ${text}`)).toEqual([
      '-4 Incident declared: SEV2, investigating',
      '2 Incident acknowledged',
      '2 Started step "Confirm the alert"',
      '3 Ticked "Alert opened in the monitoring system and its expression read" in "Confirm the alert"',
      '4 Completed step "Confirm the alert" with 1 of 5 checklist items ticked',
      '5 Started step "Assess impact"',
      '6 Severity changed from SEV2 to SEV1',
      '7 Completed step "Assess impact" with 0 of 6 checklist items ticked',
      '8 Completed step "Quick health check" with 0 of 5 checklist items ticked',
      '9 Skipped step "Analyze logs": no log access',
      '10 New hypothesis: Deploy 4812 broke the cart',
      '11 Completed step "Review recent changes" with 0 of 5 checklist items ticked',
      '14 Ruled out hypothesis "Deploy 4812 broke the cart": rollback did not help',
      '15 Reopened step "Analyze logs"',
      '20 Completed step "Analyze logs" with 0 of 5 checklist items ticked',
      '21 Status changed from investigating to mitigated',
      '22 Completed step "Mitigate" with 0 of 4 checklist items ticked',
      '40 Completed step "Long-term fix" with 0 of 3 checklist items ticked',
      '50 Completed step "Monitor and report" with 0 of 4 checklist items ticked',
      '51 Status changed from mitigated to resolved',
    ])
    expect((await call('timeline.list', { incidentId: id })).every((e) => e.author === 'Ana')).toBe(
      true,
    )

    const durations = keyDurations(resolved, { now: START + 60 * MIN })
    expect(
      durations.map((d) => `${d.label} ${d.ms === null ? '-' : formatDuration(d.ms)}`),
    ).toEqual([
      'Time to detect 3m 00s',
      'Time to acknowledge 3m 00s',
      'Time to mitigate 25m 00s',
      'Time to resolve 55m 00s',
    ])
    expect(durations[2]?.explanation).toBe(
      'Time to mitigate: from started (11:56 UTC) to mitigated (12:21 UTC)',
    )
  })
})
