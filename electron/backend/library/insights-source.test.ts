import { describe, expect, it } from 'vitest'
import { MIN, setup } from '../handlers/test-harness'

// What insights read from the database: only the period's incidents, their budgets from the
// postmortem's impact section, and only their action items (all items are read, then kept by
// incident).

async function incidentWithPostmortem(
  h: Awaited<ReturnType<typeof setup>>,
  title: string,
  budget: number,
) {
  const { id } = await h.call('incident.create', { title, severity: 'SEV2', services: ['api'] })
  const view = await h.call('postmortem.get', { incidentId: id })
  await h.call('postmortem.updateSection', {
    incidentId: id,
    section: 'impact',
    value: { ...view.sections.impact, sloBudgetConsumedPercent: budget },
  })
  await h.call('actionItem.add', { incidentId: id, title: `Follow up on ${title}` })
  return id
}

describe('insights sources', () => {
  it('counts the period only: its incidents, their budgets and their action items', async () => {
    const h = await setup()
    h.later(0)
    await incidentWithPostmortem(h, 'Before the period', 70)
    h.later(24 * 60)
    const inside = await incidentWithPostmortem(h, 'Inside the period', 12)
    const from = h.backend.clock.now - 60 * MIN
    const report = await h.call('insights.get', { from, to: from + 120 * MIN })
    expect(report.incidentCount).toBe(1)
    expect(report.topBudget).toEqual([
      expect.objectContaining({ incidentId: inside, title: 'Inside the period', percent: 12 }),
    ])
    expect(report.actionItems).toMatchObject({ total: 1, open: 1, done: 0 })
    expect(report.byService.map((group) => [group.key, group.count])).toEqual([['api', 1]])

    const everything = await h.call('insights.get', { from: 0, to: from + 120 * MIN })
    expect(everything.incidentCount).toBe(2)
    expect(everything.topBudget.map((b) => b.percent)).toEqual([70, 12])
    expect(everything.actionItems.total).toBe(2)
  })
})
