import { describe, expect, it } from 'vitest'
import { postmortemBackend, respondToIncident } from './testing'

describe('action items', () => {
  it('adds with defaults, edits, reorders and deletes; done stamps the completion time', async () => {
    const h = await postmortemBackend()
    const id = await respondToIncident(h)
    const a = await h.call('actionItem.add', { incidentId: id, title: 'Re-resolve DB host' })
    expect(a).toMatchObject({
      owner: '',
      dueDate: null,
      priority: 'P2',
      type: 'prevent',
      status: 'open',
      position: 0,
    })
    const b = await h.call('actionItem.add', {
      incidentId: id,
      title: 'Alert on read-only errors',
      type: 'detect',
      dueDate: '2026-04-01',
    })
    h.later(90)
    const done = await h.call('actionItem.update', { id: a.id, status: 'done', owner: 'Bruno' })
    expect(done).toMatchObject({ status: 'done', owner: 'Bruno', completedAt: h.backend.clock.now })
    await h.call('actionItem.update', { id: b.id, position: 0 })
    expect(
      (await h.call('actionItem.list', { incidentId: id })).map((i) => [i.title, i.position]),
    ).toEqual([
      ['Alert on read-only errors', 0],
      ['Re-resolve DB host', 1],
    ])
    await h.call('actionItem.delete', { id: b.id })
    expect((await h.call('actionItem.list', { incidentId: id })).map((i) => i.id)).toEqual([a.id])
  })

  it('refuses a script link, an impossible date and an empty title, changing nothing', async () => {
    const h = await postmortemBackend()
    const id = await respondToIncident(h)
    const bad = await h.fail('actionItem.add', {
      incidentId: id,
      title: 'x',
      ticketUrl: 'javascript:alert(1)',
    })
    expect(bad.detail?.fields).toEqual({
      ticketUrl: 'Use a web link starting with http:// or https://',
    })
    expect(
      (await h.fail('actionItem.add', { incidentId: id, title: 'x', dueDate: '2026-02-30' })).detail
        ?.fields,
    ).toEqual({ dueDate: 'This date does not exist' })
    expect(
      (await h.fail('actionItem.add', { incidentId: id, title: '   ' })).detail?.fields,
    ).toEqual({ title: 'Describe the action first' })
    expect(await h.call('actionItem.list', { incidentId: id })).toEqual([])
  })
})
