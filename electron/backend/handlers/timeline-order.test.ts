import { describe, expect, it } from 'vitest'
import { compareTimelineEvents } from '../../../shared/domain/timeline'
import { setup } from './test-harness'

// Entries written within one millisecond (a status change and its acknowledgement, a hypothesis
// added then ruled out) must read in the order they were written. Ids are random, so they cannot
// order them; the list order and the renderer's re-sort must both keep the writing order.

describe('timeline order for entries written in the same millisecond', () => {
  it('lists them in the order they were written, also after the renderer sorts them', async () => {
    const { call } = await setup()
    const incident = await call('incident.create', { title: 'Checkout errors', severity: 'SEV2' })
    const written = Array.from({ length: 30 }, (_, i) => `note ${i}`)
    for (const text of written) await call('timeline.add', { incidentId: incident.id, text })

    const listed = await call('timeline.list', { incidentId: incident.id })
    const notes = listed.filter((e) => e.kind === 'note')
    expect(new Set(notes.map((e) => e.occurredAt)).size).toBe(1)
    expect(notes.map((e) => e.text)).toEqual(written)
    expect([...listed].sort(compareTimelineEvents)).toEqual(listed)
  })
})
