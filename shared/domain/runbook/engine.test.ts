import { describe, expect, it } from 'vitest'
import { msg } from '../../i18n/messages'
import {
  completeStep,
  canChangeRunbook,
  changeRunbook,
  reopenStep,
  skipStep,
  startRun,
  startStep,
} from './engine'
import { setItemTicked, addStepNote } from './checklist'
import type { RunbookRun } from './run'
import {
  ctx,
  DEGRADATION,
  fresh,
  MIN,
  ok,
  refused,
  STARTED,
  stateOf,
  TRIAGE,
} from './test-fixtures'

describe('starting a run', () => {
  it('begins with every step to do and records which runbook was chosen', () => {
    const change = ok(startRun('inc-1', DEGRADATION, STARTED))
    expect(change.value.steps.map((s) => s.state)).toEqual(['todo', 'todo', 'todo', 'todo'])
    expect(change.events).toEqual([
      {
        kind: 'step',
        text: 'Runbook "Service degradation" chosen',
        message: msg('msgEvents:runbook.chosen', {
          runbook: 'Service degradation',
          runbookId: DEGRADATION.id,
        }),
        occurredAt: STARTED,
      },
    ])
  })

  it('derives step ids from titles', () => {
    expect(DEGRADATION.steps.map((s) => s.id)).toEqual([
      'confirm-the-alert',
      'assess-impact',
      'quick-health-check',
      'analyze-logs',
    ])
  })
})

describe('step transitions', () => {
  it('records start, completion, skip and reopen with the step name and real time', () => {
    let run = fresh()
    const started = ok(startStep(run, 'assess-impact', ctx(5)))
    expect(started.events).toEqual([
      {
        kind: 'step',
        text: 'Started step "Assess impact"',
        message: msg('msgEvents:runbook.stepStarted', {
          runbookId: DEGRADATION.id,
          stepId: 'assess-impact',
          step: 'Assess impact',
        }),
        occurredAt: STARTED + 5 * MIN,
      },
    ])
    run = started.value
    expect(stateOf(run, 'assess-impact')).toMatchObject({
      state: 'active',
      startedAt: STARTED + 5 * MIN,
    })

    const skipped = ok(skipStep(run, 'analyze-logs', '  no log access ', ctx(6)))
    expect(skipped.events[0]?.text).toBe('Skipped step "Analyze logs": no log access')
    expect(stateOf(skipped.value, 'analyze-logs')).toMatchObject({
      state: 'skipped',
      skipReason: 'no log access',
      finishedAt: STARTED + 6 * MIN,
    })

    const reopened = ok(reopenStep(skipped.value, 'analyze-logs', ctx(9)))
    expect(reopened.events[0]?.text).toBe('Reopened step "Analyze logs"')
    expect(stateOf(reopened.value, 'analyze-logs')).toMatchObject({
      state: 'active',
      skipReason: null,
      finishedAt: null,
      startedAt: STARTED + 9 * MIN,
    })
  })

  it('says how many checklist items were ticked when a step is completed with some unticked', () => {
    const run = ok(setItemTicked(fresh(), 'assess-impact', '1', true, ctx(2))).value
    const done = ok(completeStep(run, 'assess-impact', ctx(3)))
    expect(done.events[0]?.text).toBe(
      'Completed step "Assess impact" with 1 of 2 checklist items ticked',
    )
    const all = ok(setItemTicked(done.value, 'analyze-logs', '1', true, ctx(4))).value
    const both = ok(setItemTicked(all, 'analyze-logs', '2', true, ctx(4))).value
    expect(ok(completeStep(both, 'analyze-logs', ctx(5))).events[0]?.text).toBe(
      'Completed step "Analyze logs"',
    )
  })

  it('completes a step that was never started, leaving its start unknown', () => {
    const done = ok(completeStep(fresh(), 'confirm-the-alert', ctx(2)))
    expect(stateOf(done.value, 'confirm-the-alert')).toMatchObject({
      state: 'done',
      startedAt: null,
      finishedAt: STARTED + 2 * MIN,
    })
  })

  it('keeps the original start time and the ticks when a completed step is reopened', () => {
    let run = ok(startStep(fresh(), 'assess-impact', ctx(1))).value
    run = ok(setItemTicked(run, 'assess-impact', '2', true, ctx(2))).value
    run = ok(completeStep(run, 'assess-impact', ctx(3))).value
    run = ok(reopenStep(run, 'assess-impact', ctx(4))).value
    expect(stateOf(run, 'assess-impact')).toMatchObject({
      state: 'active',
      startedAt: STARTED + MIN,
      ticked: { '2': STARTED + 2 * MIN },
    })
  })

  it.each([
    [
      'start an active step',
      (r: RunbookRun) => startStep(r, 'assess-impact', ctx(3)),
      'already active',
    ],
    [
      'complete a done step',
      (r: RunbookRun) => completeStep(r, 'confirm-the-alert', ctx(3)),
      'already done',
    ],
    [
      'skip a done step',
      (r: RunbookRun) => skipStep(r, 'confirm-the-alert', 'x', ctx(3)),
      'already done',
    ],
    [
      'reopen a step still to do',
      (r: RunbookRun) => reopenStep(r, 'analyze-logs', ctx(3)),
      'only a completed or skipped',
    ],
    [
      'reopen an active step',
      (r: RunbookRun) => reopenStep(r, 'assess-impact', ctx(3)),
      'only a completed or skipped',
    ],
  ])('refuses to %s and changes nothing', (_name, action, message) => {
    let run = ok(completeStep(fresh(), 'confirm-the-alert', ctx(1))).value
    run = ok(startStep(run, 'assess-impact', ctx(2))).value
    const before = structuredClone(run)
    const refusal = refused(action(run))
    expect(refusal.reason).toBe('conflict')
    expect(refusal.message).toContain(message)
    expect(run).toEqual(before)
  })

  it('requires a reason to skip', () => {
    const refusal = refused(skipStep(fresh(), 'analyze-logs', '   ', ctx(1)))
    expect(refusal).toMatchObject({ reason: 'invalid', field: 'reason' })
    expect(refusal.message).toBe('Say why the step is skipped.')
  })

  it('names an unknown step', () => {
    const refusal = refused(startStep(fresh(), 'nope', ctx(1)))
    expect(refusal).toMatchObject({ reason: 'not_found' })
    expect(refusal.message).toContain('"Service degradation" has no step "nope"')
  })

  it('allows several active steps: responders work in parallel', () => {
    let run = ok(startStep(fresh(), 'quick-health-check', ctx(1))).value
    run = ok(startStep(run, 'analyze-logs', ctx(1))).value
    expect(run.steps.filter((s) => s.state === 'active')).toHaveLength(2)
  })
})

describe('backdating', () => {
  it('records a backdated action at the time the user gave', () => {
    const change = ok(startStep(fresh(), 'assess-impact', ctx(30, STARTED + 10 * MIN)))
    expect(change.events[0]?.occurredAt).toBe(STARTED + 10 * MIN)
    expect(stateOf(change.value, 'assess-impact')?.startedAt).toBe(STARTED + 10 * MIN)
  })

  it('refuses a step action before the incident started, naming the start', () => {
    const actions = [
      (r: RunbookRun) => startStep(r, 'assess-impact', ctx(5, STARTED - MIN)),
      (r: RunbookRun) => completeStep(r, 'assess-impact', ctx(5, STARTED - MIN)),
      (r: RunbookRun) => skipStep(r, 'assess-impact', 'n/a', ctx(5, STARTED - MIN)),
      (r: RunbookRun) => setItemTicked(r, 'assess-impact', '1', true, ctx(5, STARTED - MIN)),
      (r: RunbookRun) =>
        addStepNote(r, 'assess-impact', { id: 'n', text: 'x', author: '' }, ctx(5, STARTED - MIN)),
    ]
    for (const action of actions) {
      const refusal = refused(action(fresh()))
      expect(refusal).toMatchObject({ reason: 'invalid', field: 'at' })
      expect(refusal.message).toBe(
        'That time is before the incident started (2026-03-03 12:00 UTC); choose a later time.',
      )
    }
  })

  it('refuses a time more than a day in the future', () => {
    const refusal = refused(startStep(fresh(), 'assess-impact', ctx(0, STARTED + 25 * 60 * MIN)))
    expect(refusal.message).toBe('This time is more than a day in the future')
  })

  it('refuses completing or skipping before the step started, and reopening before it ended', () => {
    const run = ok(startStep(fresh(), 'assess-impact', ctx(10))).value
    expect(refused(completeStep(run, 'assess-impact', ctx(20, STARTED + 5 * MIN))).message).toBe(
      'That time is before the step was started (2026-03-03 12:10 UTC); choose a later time.',
    )
    expect(refused(skipStep(run, 'assess-impact', 'x', ctx(20, STARTED + 5 * MIN))).field).toBe(
      'at',
    )
    const done = ok(completeStep(run, 'assess-impact', ctx(15))).value
    expect(
      refused(reopenStep(done, 'assess-impact', ctx(20, STARTED + 12 * MIN))).message,
    ).toContain('before the step was completed (2026-03-03 12:15 UTC)')
  })
})

describe('changing the runbook', () => {
  it('is allowed while no step is completed or skipped, and recorded', () => {
    const run = ok(startStep(fresh(), 'assess-impact', ctx(1))).value
    expect(canChangeRunbook(run)).toBe(true)
    const change = ok(changeRunbook(run, TRIAGE, STARTED + 2 * MIN))
    expect(change.value.runbook.id).toBe('quick-triage')
    expect(change.value.steps.every((s) => s.state === 'todo')).toBe(true)
    expect(change.events).toEqual([
      {
        kind: 'step',
        text: 'Runbook changed from "Service degradation" to "Quick triage"',
        message: msg('msgEvents:runbook.changed', {
          from: 'Service degradation',
          fromId: DEGRADATION.id,
          to: 'Quick triage',
          toId: TRIAGE.id,
        }),
        occurredAt: STARTED + 2 * MIN,
      },
    ])
  })

  it('is refused once a step is completed or skipped', () => {
    for (const finish of [
      (r: RunbookRun) => completeStep(r, 'assess-impact', ctx(1)),
      (r: RunbookRun) => skipStep(r, 'assess-impact', 'n/a', ctx(1)),
    ]) {
      const run = ok(finish(fresh())).value
      expect(canChangeRunbook(run)).toBe(false)
      expect(refused(changeRunbook(run, TRIAGE, STARTED + 2 * MIN)).message).toContain(
        'can no longer be changed',
      )
    }
  })

  it('refuses choosing the runbook already followed', () => {
    expect(refused(changeRunbook(fresh(), DEGRADATION, STARTED)).reason).toBe('conflict')
  })
})
