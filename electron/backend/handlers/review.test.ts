import { describe, expect, it } from 'vitest'
import { MIN, setup } from './test-harness'

describe('review comments', () => {
  it('adds comments on events with the author from Settings, edits and deletes them', async () => {
    const h = await setup()
    await h.call('settings.update', { authorName: 'Ana' })
    const { id } = await h.call('incident.create', { title: 'Queue backlog', severity: 'SEV2' })
    const event = await h.call('timeline.add', { incidentId: id, text: 'Scaled consumers to 12' })
    h.later(5)
    const comment = await h.call('review.addComment', {
      incidentId: id,
      eventId: event.id,
      text: '  Why not autoscaling?  ',
    })
    expect(comment).toMatchObject({
      author: 'Ana',
      text: 'Why not autoscaling?',
      eventId: event.id,
    })
    expect(h.events.some((e) => e.name === 'review.changed' && e.incidentId === id)).toBe(true)
    h.later(6)
    const edited = await h.call('review.updateComment', { id: comment.id, text: 'Autoscaling?' })
    expect(edited.updatedAt - edited.createdAt).toBe(MIN)
    const appendix = await h.call('review.appendix', { incidentId: id })
    expect(appendix.comments).toBe(1)
    expect(appendix.markdown).toContain('Scaled consumers to 12')
    expect(appendix.markdown).toContain('Ana (')
    await h.call('review.deleteComment', { id: comment.id })
    expect(await h.call('review.comments', { incidentId: id })).toEqual([])
    expect((await h.call('review.appendix', { incidentId: id })).markdown).toBe('')
  })

  it('refuses empty comments and events of another incident, writing nothing', async () => {
    const h = await setup()
    const a = await h.call('incident.create', { title: 'A', severity: 'SEV3' })
    const b = await h.call('incident.create', { title: 'B', severity: 'SEV3' })
    const [eventOfB] = await h.call('timeline.list', { incidentId: b.id })
    const wrong = await h.fail('review.addComment', {
      incidentId: a.id,
      eventId: eventOfB!.id,
      text: 'misplaced',
    })
    expect(wrong).toMatchObject({
      code: 'not_found',
      detail: { fields: { eventId: expect.any(String) } },
    })
    const empty = await h.fail('review.addComment', {
      incidentId: a.id,
      eventId: eventOfB!.id,
      text: '   ',
    })
    expect(empty.detail?.fields?.text).toBe('Write a comment first')
    expect(await h.call('review.comments', { incidentId: a.id })).toEqual([])
  })
})

describe('insights channel', () => {
  it('reads durations, budget from the postmortem and overdue action items', async () => {
    const h = await setup()
    const { id } = await h.call('incident.create', {
      title: 'Outage',
      severity: 'SEV1',
      services: ['api'],
    })
    h.later(10)
    await h.call('incident.setStatus', { id, status: 'mitigated' })
    h.later(30)
    await h.call('incident.setStatus', { id, status: 'resolved' })
    await h.call('postmortem.get', { incidentId: id })
    const view = await h.call('postmortem.get', { incidentId: id })
    await h.call('postmortem.updateSection', {
      incidentId: id,
      section: 'impact',
      value: { ...view.sections.impact, sloBudgetConsumedPercent: 42 },
    })
    await h.call('actionItem.add', { incidentId: id, title: 'Add alert', dueDate: '2026-01-01' })
    const start = h.backend.clock.now - 60 * MIN
    const report = await h.call('insights.get', { from: start, to: start + 120 * MIN })
    expect(report.incidentCount).toBe(1)
    expect(report.durations.resolve.median).toBe(30 * MIN)
    expect(report.topBudget).toEqual([expect.objectContaining({ incidentId: id, percent: 42 })])
    expect(report.actionItems).toMatchObject({ total: 1, overdue: 1, completionRate: 0 })
    expect(
      (await h.call('insights.get', { from: start, to: start + MIN, service: 'web' }))
        .incidentCount,
    ).toBe(0)
    const backwards = await h.fail('insights.get', { from: start, to: start - 1 })
    expect(backwards.detail?.fields?.to).toContain('after its start')
  })
})
