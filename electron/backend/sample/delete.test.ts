import { describe, expect, it } from 'vitest'
import { msg } from '../../../shared/i18n/messages'
import { setup } from '../handlers/test-harness'
import { SLO } from './story'

// incident.delete removes the sample and everything recorded on it, and nothing else.

const TABLES = [
  'timeline_events',
  'runbook_runs',
  'hypotheses',
  'incident_roles',
  'evidence',
  'postmortems',
  'postmortem_sections',
  'action_items',
  'incident_alerts',
  'sample_incidents',
]

describe('incident.delete', () => {
  it('deletes the sample with every row recorded on it, and its untouched SLO', async () => {
    const { backend, call, events } = await setup()
    const { incidentId } = await call('sample.load', {})
    expect(await call('slo.list', {})).toHaveLength(1)
    events.length = 0

    expect(await call('incident.delete', { id: incidentId })).toEqual({ id: incidentId })

    expect(await call('incident.list', {})).toEqual([])
    expect(await call('sample.status', {})).toEqual({ incidentIds: [] })
    expect(await call('slo.list', {})).toEqual([])
    for (const table of TABLES) {
      const left = backend.db
        .prepare(`SELECT count(*) AS n FROM ${table} WHERE incident_id = ?`)
        .get(incidentId) as { n: number }
      expect([table, left.n]).toEqual([table, 0])
    }
    expect(events).toContainEqual({ name: 'incident.changed', incidentId })
    // Deleted, it can be loaded again from the first-run screen.
    expect((await call('sample.load', {})).created).toBe(true)
  })

  it('keeps the SLO the user edited, and one the user had before the sample', async () => {
    const first = await setup()
    const loaded = await first.call('sample.load', {})
    const [slo] = await first.call('slo.list', {})
    first.later(60)
    await first.call('slo.save', { id: slo!.id, definition: { ...SLO, target: 0.995 } })
    await first.call('incident.delete', { id: loaded.incidentId })
    expect((await first.call('slo.list', {})).map((s) => s.definition.target)).toEqual([0.995])

    const second = await setup()
    const own = await second.call('slo.save', { definition: { ...SLO, target: 0.95 } })
    const sample = await second.call('sample.load', {})
    expect(await second.call('slo.list', {})).toEqual([own])
    await second.call('incident.delete', { id: sample.incidentId })
    expect(await second.call('slo.list', {})).toEqual([own])
  })

  it('refuses to delete a real incident and changes nothing', async () => {
    const { call, fail, timeline } = await setup()
    const real = await call('incident.create', { title: 'Checkout 502', severity: 'SEV2' })
    const before = await timeline(real.id)

    const refused = await fail('incident.delete', { id: real.id })
    expect(refused.code).toBe('invalid_input')
    expect(refused.message).toMatch(/Only the sample incident can be deleted/)
    expect(refused.text).toEqual(msg('msgFiles:sample.onlySample'))
    expect(await call('incident.get', { id: real.id })).toEqual(real)
    expect(await timeline(real.id)).toEqual(before)
  })

  it('says so when the incident does not exist', async () => {
    const { fail } = await setup()
    const missing = await fail('incident.delete', { id: 'no-such-incident' })
    expect(missing.code).toBe('not_found')
    expect(missing.text).toEqual(msg('msgFiles:sample.notFound', { id: 'no-such-incident' }))
  })
})
