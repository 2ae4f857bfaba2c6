import { describe, expect, it } from 'vitest'
import { MIN, setup, START } from './test-harness'

async function declared() {
  const harness = await setup()
  const incident = await harness.call('incident.create', {
    title: 'Checkout errors',
    severity: 'SEV2',
    detectedAt: START + 2 * MIN,
  })
  return { ...harness, id: incident.id }
}

describe('incident status', () => {
  it('moves forward, stamping times, and records each move', async () => {
    const { call, later, id, timeline, events } = await declared()
    later(10)
    const identified = await call('incident.setStatus', { id, status: 'identified' })
    expect(identified).toMatchObject({ status: 'identified', acknowledgedAt: START + 10 * MIN })
    expect(events).toContainEqual({ name: 'incident.changed', incidentId: id })
    later(40)
    await call('incident.setStatus', { id, status: 'mitigated', at: START + 35 * MIN })
    later(90)
    const resolved = await call('incident.setStatus', { id, status: 'resolved' })
    expect(resolved).toMatchObject({
      mitigatedAt: START + 35 * MIN,
      resolvedAt: START + 90 * MIN,
    })
    expect((await timeline(id)).filter(([kind]) => kind === 'status')).toEqual([
      ['status', 'Incident declared: SEV2, investigating', 0],
      ['status', 'Incident acknowledged', 10],
      ['status', 'Status changed from investigating to identified', 10],
      ['status', 'Status changed from identified to mitigated', 35],
      ['status', 'Status changed from mitigated to resolved', 90],
    ])
  })

  it('refuses resolved back to investigating without reopening; nothing changes', async () => {
    const { call, fail, later, id, timeline } = await declared()
    later(30)
    const resolved = await call('incident.setStatus', { id, status: 'resolved' })
    const before = await timeline(id)
    const error = await fail('incident.setStatus', { id, status: 'investigating' })
    expect(error).toMatchObject({
      code: 'conflict',
      message:
        'The incident is resolved. Reopen it first: it goes back to investigating and the reopening is recorded.',
    })
    expect(await call('incident.get', { id })).toEqual(resolved)
    expect(await timeline(id)).toEqual(before)

    later(45)
    const reopened = await call('incident.reopen', { id, reason: 'errors are back' })
    expect(reopened).toMatchObject({ status: 'investigating', resolvedAt: null, mitigatedAt: null })
    expect((await timeline(id)).at(-1)).toEqual([
      'status',
      'Incident reopened: resolved to investigating: errors are back',
      45,
    ])
  })

  it('refuses a backdated change before the incident started', async () => {
    const { fail, id } = await declared()
    const error = await fail('incident.setStatus', { id, status: 'mitigated', at: START - MIN })
    expect(error).toMatchObject({
      code: 'invalid_input',
      detail: { fields: { at: expect.any(String) } },
    })
    expect(await fail('incident.setStatus', { id: 'nope', status: 'mitigated' })).toMatchObject({
      code: 'not_found',
    })
  })
})

describe('severity, acknowledgement and milestone times', () => {
  it('records a severity change with old and new', async () => {
    const { call, fail, later, id, timeline } = await declared()
    later(5)
    expect((await call('incident.setSeverity', { id, severity: 'SEV1' })).severity).toBe('SEV1')
    expect((await timeline(id)).at(-1)).toEqual([
      'severity',
      'Severity changed from SEV2 to SEV1',
      5,
    ])
    expect((await fail('incident.setSeverity', { id, severity: 'SEV1' })).code).toBe('conflict')
  })

  it('acknowledges explicitly and corrects detected and acknowledged times', async () => {
    const { call, fail, later, id, timeline } = await declared()
    later(6)
    expect((await call('incident.acknowledge', { id })).acknowledgedAt).toBe(START + 6 * MIN)
    later(20)
    const corrected = await call('incident.setTimes', {
      id,
      detectedAt: START + MIN,
      acknowledgedAt: START + 4 * MIN,
    })
    expect(corrected).toMatchObject({ detectedAt: START + MIN, acknowledgedAt: START + 4 * MIN })
    expect((await timeline(id)).slice(-2).map(([, text]) => text)).toEqual([
      'Detected time set to 2026-11-21 12:01 UTC (was 2026-11-21 12:02 UTC)',
      'Acknowledged time set to 2026-11-21 12:04 UTC (was 2026-11-21 12:06 UTC)',
    ])
    const error = await fail('incident.setTimes', { id, detectedAt: START + 5 * MIN })
    expect(error).toMatchObject({
      code: 'invalid_input',
      detail: { fields: { detectedAt: expect.any(String) } },
    })
    expect(error.message).toBe(
      'The acknowledged time (2026-11-21 12:04 UTC) cannot be before the detected time (2026-11-21 12:05 UTC).',
    )
  })
})

describe('roles', () => {
  it('starts empty, records assignments, and keeps them', async () => {
    const { call, later, id, timeline, events } = await declared()
    expect(await call('incident.getRoles', { id })).toEqual({
      commander: '',
      scribe: '',
      communications: '',
      responders: [],
    })
    later(3)
    await call('incident.setRoles', { id, commander: 'Ana', responders: ['Bo', 'Cy'] })
    later(4)
    const roles = await call('incident.setRoles', { id, commander: 'Dee', communications: 'Ed' })
    expect(roles).toEqual({
      commander: 'Dee',
      scribe: '',
      communications: 'Ed',
      responders: ['Bo', 'Cy'],
    })
    expect(await call('incident.getRoles', { id })).toEqual(roles)
    expect((await timeline(id)).filter(([kind]) => kind === 'role')).toEqual([
      ['role', 'Incident commander: Ana', 3],
      ['role', 'Responders: added Bo, Cy', 3],
      ['role', 'Incident commander: Dee (was Ana)', 4],
      ['role', 'Communications lead: Ed', 4],
    ])
    expect(events).toContainEqual({ name: 'incident.changed', incidentId: id })
  })
})
