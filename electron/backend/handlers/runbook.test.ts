import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import { MIN, setup, START } from './test-harness'

describe('a new incident follows a runbook', () => {
  it('gets "Service degradation" by default, created with the incident', async () => {
    const { call, timeline } = await setup()
    const incident = await call('incident.create', { title: 'Checkout errors', severity: 'SEV2' })
    const run = await call('runbook.get', { incidentId: incident.id })
    expect(run?.runbookId).toBe('service-degradation')
    expect(run?.steps).toHaveLength(8)
    expect(run?.next).toEqual({
      stepId: 'confirm-alert',
      index: 0,
      title: 'Confirm the alert',
      reason: 'next',
    })
    expect(await timeline(incident.id)).toEqual([
      ['status', 'Incident declared: SEV2, investigating', 0],
    ])
  })

  it('follows the runbook asked for', async () => {
    const { call } = await setup()
    const incident = await call('incident.create', {
      title: 'Cache miss storm',
      severity: 'SEV3',
      runbookId: 'quick-triage',
    })
    expect((await call('runbook.get', { incidentId: incident.id }))?.runbookName).toBe(
      'Quick triage',
    )
  })

  it('refuses an unknown runbook and creates nothing', async () => {
    const { call, fail } = await setup()
    const error = await fail('incident.create', { title: 'X', severity: 'SEV3', runbookId: 'nope' })
    expect(error.code).toBe('invalid_input')
    expect(error.detail?.fields?.runbookId).toBe(
      'There is no runbook "nope". Available: service-degradation, quick-triage.',
    )
    expect(await call('incident.list', {})).toEqual([])
  })
})

describe('walking the steps', () => {
  it('records each action on the timeline with its time, acknowledging on the first', async () => {
    const { call, later, events, timeline } = await setup()
    const { id } = await call('incident.create', { title: 'Checkout errors', severity: 'SEV2' })
    later(3)
    events.length = 0
    const started = await call('runbook.startStep', { incidentId: id, stepId: 'confirm-alert' })
    expect(started.steps[0]).toMatchObject({ state: 'active', startedAt: START + 3 * MIN })
    expect(started.next).toMatchObject({ stepId: 'confirm-alert', reason: 'active' })
    expect((await call('incident.get', { id })).acknowledgedAt).toBe(START + 3 * MIN)
    expect(events.map((e) => e.name).sort()).toEqual([
      'incident.changed',
      'runbook.changed',
      'timeline.changed',
    ])

    later(4)
    const ticked = await call('runbook.tick', {
      incidentId: id,
      stepId: 'confirm-alert',
      itemId: '1',
    })
    expect(ticked.steps[0]?.checklist[0]?.tickedAt).toBe(START + 4 * MIN)
    later(6)
    await call('runbook.completeStep', { incidentId: id, stepId: 'confirm-alert' })
    later(7)
    await call('runbook.skipStep', {
      incidentId: id,
      stepId: 'analyze-logs',
      reason: 'no log access',
    })
    later(8)
    const note = await call('runbook.addStepNote', {
      incidentId: id,
      stepId: 'analyze-logs',
      text: 'asked for access',
    })
    expect(note.steps[3]?.notes).toMatchObject([{ text: 'asked for access', at: START + 8 * MIN }])
    later(9)
    const reopened = await call('runbook.reopenStep', { incidentId: id, stepId: 'analyze-logs' })
    expect(reopened.steps[3]).toMatchObject({ state: 'active', skipReason: null })

    expect((await timeline(id)).slice(1)).toEqual([
      ['status', 'Incident acknowledged', 3],
      ['step', 'Started step "Confirm the alert"', 3],
      [
        'checklist',
        'Ticked "Alert opened in the monitoring system and its expression read" in "Confirm the alert"',
        4,
      ],
      ['step', 'Completed step "Confirm the alert" with 1 of 5 checklist items ticked', 6],
      ['step', 'Skipped step "Analyze logs": no log access', 7],
      ['note', 'Note on "Analyze logs": asked for access', 8],
      ['step', 'Reopened step "Analyze logs"', 9],
    ])
  })

  it('refuses an empty skip reason or a time before the incident, writing nothing', async () => {
    const { call, fail, later, events } = await setup()
    const { id } = await call('incident.create', {
      title: 'X',
      severity: 'SEV3',
      startedAt: START - 30 * MIN,
    })
    later(1)
    const before = [
      await call('runbook.get', { incidentId: id }),
      await call('timeline.list', { incidentId: id }),
    ]
    events.length = 0

    const noReason = await fail('runbook.skipStep', {
      incidentId: id,
      stepId: 'analyze-logs',
      reason: '  ',
    })
    expect(noReason).toMatchObject({
      code: 'invalid_input',
      detail: { fields: { reason: 'Say why the step is skipped.' } },
    })
    const early = await fail('runbook.startStep', {
      incidentId: id,
      stepId: 'mitigate',
      at: START - 31 * MIN,
    })
    expect(early).toMatchObject({
      code: 'invalid_input',
      message:
        'That time is before the incident started (2026-11-21 11:30 UTC); choose a later time.',
      detail: { fields: { at: expect.any(String) } },
    })
    expect(await fail('runbook.startStep', { incidentId: id, stepId: 'nope' })).toMatchObject({
      code: 'not_found',
    })
    expect(
      await fail('runbook.startStep', { incidentId: 'missing', stepId: 'mitigate' }),
    ).toMatchObject({ code: 'not_found' })
    const after = [
      await call('runbook.get', { incidentId: id }),
      await call('timeline.list', { incidentId: id }),
    ]
    expect(after).toEqual(before)
    expect(events).toEqual([])

    await call('runbook.completeStep', { incidentId: id, stepId: 'mitigate' })
    expect(
      await fail('runbook.completeStep', { incidentId: id, stepId: 'mitigate' }),
    ).toMatchObject({ code: 'conflict', message: 'Step "Mitigate" is already done.' })
  })

  it('accepts a backdated step action and orders the timeline by it', async () => {
    const { call, later, timeline } = await setup()
    const { id } = await call('incident.create', { title: 'X', severity: 'SEV3' })
    later(30)
    await call('runbook.completeStep', {
      incidentId: id,
      stepId: 'confirm-alert',
      at: START + 5 * MIN,
    })
    expect((await timeline(id)).slice(-2)).toEqual([
      ['status', 'Incident acknowledged', 5],
      ['step', 'Completed step "Confirm the alert" with 0 of 5 checklist items ticked', 5],
    ])
  })

  it('writes the run and its timeline events in one transaction', async () => {
    const { backend, call, fail } = await setup()
    const { id } = await call('incident.create', { title: 'X', severity: 'SEV3' })
    backend.db.exec(`CREATE TRIGGER refuse_events BEFORE INSERT ON timeline_events
      BEGIN SELECT RAISE(ABORT, 'disk full'); END`)
    expect((await fail('runbook.startStep', { incidentId: id, stepId: 'mitigate' })).code).toBe(
      'internal',
    )
    backend.db.exec('DROP TRIGGER refuse_events')
    const run = await call('runbook.get', { incidentId: id })
    expect(run?.steps.every((s) => s.state === 'todo')).toBe(true)
    expect((await call('incident.get', { id })).acknowledgedAt).toBeNull()
  })

  it('a repeated tick is a no-op: nothing written, no events', async () => {
    const { call, events, timeline } = await setup()
    const { id } = await call('incident.create', { title: 'X', severity: 'SEV3' })
    await call('runbook.tick', { incidentId: id, stepId: 'mitigate', itemId: '2' })
    const count = (await timeline(id)).length
    events.length = 0
    await call('runbook.tick', { incidentId: id, stepId: 'mitigate', itemId: '2', ticked: true })
    expect((await timeline(id)).length).toBe(count)
    expect(events).toEqual([])
  })
})

describe('choosing runbooks', () => {
  const OWN =
    'name: Database failover\nsteps:\n  - title: Promote replica\n    purpose: Serve writes again.\n'

  it('lists shipped and user runbooks, and broken files with path and line', async () => {
    const { call } = await setup({
      userRunbooks: { 'db-failover.yaml': OWN, 'broken.yaml': 'name: B\nsteps:\n  - title: T\n' },
    })
    const list = await call('runbook.list', {})
    expect(list.runbooks.map((r) => [r.id, r.origin, r.isDefault])).toEqual([
      ['service-degradation', 'shipped', true],
      ['db-failover', 'user', false],
      ['quick-triage', 'shipped', false],
    ])
    expect(list.errors).toEqual([
      expect.objectContaining({
        file: 'broken.yaml',
        origin: 'user',
        path: 'steps[0].purpose',
        line: 3,
        message: 'purpose is required',
      }),
    ])
  })

  it('switches runbook until a step is finished, then refuses', async () => {
    const { call, fail, later, timeline } = await setup({
      userRunbooks: { 'db-failover.yaml': OWN },
    })
    const { id } = await call('incident.create', { title: 'X', severity: 'SEV3' })
    await call('runbook.startStep', { incidentId: id, stepId: 'confirm-alert' })
    later(1)
    const switched = await call('runbook.choose', { incidentId: id, runbookId: 'db-failover' })
    expect(switched).toMatchObject({ runbookName: 'Database failover', canChangeRunbook: true })
    expect((await timeline(id)).at(-1)).toEqual([
      'step',
      'Runbook changed from "Service degradation" to "Database failover"',
      1,
    ])
    await call('runbook.completeStep', { incidentId: id, stepId: 'promote-replica' })
    expect(
      await fail('runbook.choose', { incidentId: id, runbookId: 'quick-triage' }),
    ).toMatchObject({ code: 'conflict' })
  })

  it('keeps the copy an incident was started with when the file changes later', async () => {
    const { backend, call } = await setup({ userRunbooks: { 'db-failover.yaml': OWN } })
    const { id } = await call('incident.create', {
      title: 'X',
      severity: 'SEV3',
      runbookId: 'db-failover',
    })
    writeFileSync(
      join(backend.dataDir, 'runbooks', 'db-failover.yaml'),
      OWN.replace('Promote replica', 'Renamed'),
    )
    expect((await call('runbook.get', { incidentId: id }))?.steps[0]?.title).toBe('Promote replica')
  })

  it('explains why a broken runbook cannot be chosen', async () => {
    const { call, fail } = await setup({ userRunbooks: { 'broken.yaml': 'name: [' } })
    const { id } = await call('incident.create', { title: 'X', severity: 'SEV3' })
    const error = await fail('runbook.choose', { incidentId: id, runbookId: 'broken' })
    expect(error.message).toMatch(/^The runbook "broken" cannot be loaded: YAML syntax error/)
  })
})

describe('without shipped runbooks', () => {
  it('still declares incidents, and the picker says what is missing', async () => {
    vi.stubEnv('FIREBREAK_TEMPLATES_DIR', '/nonexistent/firebreak-templates')
    try {
      const { call } = await setup()
      const incident = await call('incident.create', { title: 'X', severity: 'SEV3' })
      expect(await call('runbook.get', { incidentId: incident.id })).toBeNull()
      const list = await call('runbook.list', {})
      expect(list.runbooks).toEqual([])
      expect(list.errors[0]).toMatchObject({ origin: 'shipped', path: null })
      expect(list.errors[0]?.message).toMatch(/^The shipped runbooks cannot be read: ENOENT/)
    } finally {
      vi.unstubAllEnvs()
    }
  })
})
