import { describe, expect, it } from 'vitest'
import { insertEvidence } from '../repositories/evidence'
import { MIN, setup } from './test-harness'

async function withIncidents() {
  const harness = await setup()
  const first = await harness.call('incident.create', {
    title: 'Checkout errors',
    severity: 'SEV2',
  })
  const other = await harness.call('incident.create', { title: 'Other', severity: 'SEV4' })
  return { ...harness, id: first.id, otherId: other.id }
}

describe('hypotheses', () => {
  it('records a hypothesis linked to timeline events, then rules it out with a reason', async () => {
    const { call, later, id, timeline, events } = await withIncidents()
    later(5)
    const note = await call('timeline.add', { incidentId: id, text: 'DB p99 is 4s' })
    later(6)
    const added = await call('hypothesis.add', {
      incidentId: id,
      text: 'Connection pool exhausted',
      timelineEventIds: [note.id],
    })
    expect(added).toMatchObject({ status: 'open', reason: '', timelineEventIds: [note.id] })
    expect(events).toContainEqual({ name: 'hypothesis.changed', incidentId: id })
    later(12)
    const ruledOut = await call('hypothesis.setStatus', {
      id: added.id,
      status: 'ruled_out',
      reason: 'pool at 12% of max',
    })
    expect(ruledOut).toMatchObject({
      status: 'ruled_out',
      statusChangedAt: ruledOut.createdAt + 6 * MIN,
    })
    expect(await call('hypothesis.list', { incidentId: id })).toEqual([ruledOut])
    expect((await timeline(id)).filter(([kind]) => kind === 'hypothesis')).toEqual([
      ['hypothesis', 'New hypothesis: Connection pool exhausted', 6],
      ['hypothesis', 'Ruled out hypothesis "Connection pool exhausted": pool at 12% of max', 12],
    ])
  })

  it('needs a reason to rule out, and refuses links to another incident; nothing changes', async () => {
    const { call, fail, id, otherId } = await withIncidents()
    const added = await call('hypothesis.add', { incidentId: id, text: 'Bad deploy' })
    expect(await fail('hypothesis.setStatus', { id: added.id, status: 'ruled_out' })).toMatchObject(
      {
        code: 'invalid_input',
        detail: { fields: { reason: 'Say what rules it out.' } },
      },
    )
    const foreign = (await call('timeline.list', { incidentId: otherId }))[0]
    const error = await fail('hypothesis.update', {
      id: added.id,
      timelineEventIds: [foreign?.id ?? ''],
    })
    expect(error).toMatchObject({
      code: 'invalid_input',
      detail: { fields: { timelineEventIds: expect.any(String) } },
    })
    expect(await call('hypothesis.list', { incidentId: id })).toEqual([added])
  })

  it('rewords without a timeline event', async () => {
    const { call, id, timeline } = await withIncidents()
    const added = await call('hypothesis.add', { incidentId: id, text: 'Bad deploy' })
    const count = (await timeline(id)).length
    const edited = await call('hypothesis.update', { id: added.id, text: 'Bad deploy of cart v42' })
    expect(edited.text).toBe('Bad deploy of cart v42')
    expect((await timeline(id)).length).toBe(count)
  })

  it('links evidence of the same incident and refuses evidence of another', async () => {
    const { backend, call, fail, id, otherId } = await withIncidents()
    const pin = (evidenceId: string, incidentId: string) =>
      insertEvidence(backend.db, {
        id: evidenceId,
        incidentId,
        kind: 'chart',
        caption: 'p99 latency',
        sourceName: 'prom',
        summary: {},
        payloadJson: '{}',
        png: null,
        createdAt: backend.clock.now,
      })
    pin('ev-mine', id)
    pin('ev-other', otherId)
    const added = await call('hypothesis.add', {
      incidentId: id,
      text: 'Slow DB',
      evidenceIds: ['ev-mine'],
    })
    expect(added.evidenceIds).toEqual(['ev-mine'])
    const error = await fail('hypothesis.update', { id: added.id, evidenceIds: ['ev-other'] })
    expect(error).toMatchObject({
      code: 'invalid_input',
      message: 'Evidence ev-other is not part of this incident.',
    })
    expect((await call('hypothesis.list', { incidentId: id }))[0]?.evidenceIds).toEqual(['ev-mine'])
  })
})
