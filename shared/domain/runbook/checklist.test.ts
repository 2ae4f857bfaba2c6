import { describe, expect, it } from 'vitest'
import { msg } from '../../i18n/messages'
import { addStepNote, setItemTicked } from './checklist'
import { completeStep, skipStep, startStep } from './engine'
import { nextStep, runView } from './view'
import { ctx, fresh, MIN, ok, refused, STARTED, stateOf } from './test-fixtures'

describe('checklist', () => {
  it('ticks and unticks with their times, on the timeline', () => {
    const run = ok(startStep(fresh(), 'quick-health-check', ctx(1))).value
    const ticked = ok(setItemTicked(run, 'quick-health-check', '2', true, ctx(2)))
    expect(ticked.events).toEqual([
      {
        kind: 'checklist',
        text: 'Ticked "Second check of Quick health check" in "Quick health check"',
        message: msg('msgEvents:runbook.itemTicked', {
          runbookId: run.runbook.id,
          stepId: 'quick-health-check',
          step: 'Quick health check',
          item: 'Second check of Quick health check',
          itemId: '2',
        }),
        occurredAt: STARTED + 2 * MIN,
      },
    ])
    expect(stateOf(ticked.value, 'quick-health-check')?.ticked).toEqual({ '2': STARTED + 2 * MIN })
    const unticked = ok(setItemTicked(ticked.value, 'quick-health-check', '2', false, ctx(3)))
    expect(unticked.events[0]?.text).toBe(
      'Unticked "Second check of Quick health check" in "Quick health check"',
    )
    expect(stateOf(unticked.value, 'quick-health-check')?.ticked).toEqual({})
  })

  it('starts a step still to do when one of its items is ticked', () => {
    const change = ok(setItemTicked(fresh(), 'assess-impact', '1', true, ctx(4)))
    expect(change.events.map((e) => e.kind)).toEqual(['step', 'checklist'])
    expect(stateOf(change.value, 'assess-impact')).toMatchObject({
      state: 'active',
      startedAt: STARTED + 4 * MIN,
    })
  })

  it('treats ticking a ticked item as a no-op with no event', () => {
    const run = ok(setItemTicked(fresh(), 'assess-impact', '1', true, ctx(4))).value
    const again = ok(setItemTicked(run, 'assess-impact', '1', true, ctx(5)))
    expect(again.events).toEqual([])
    expect(again.value).toBe(run)
  })

  it('refuses to change the checklist of a finished step or an unknown item', () => {
    const done = ok(completeStep(fresh(), 'assess-impact', ctx(1))).value
    expect(refused(setItemTicked(done, 'assess-impact', '1', true, ctx(2))).message).toBe(
      'Step "Assess impact" is done; reopen it to change its checklist.',
    )
    expect(refused(setItemTicked(fresh(), 'assess-impact', '9', true, ctx(2))).reason).toBe(
      'not_found',
    )
  })
})

describe('notes', () => {
  it('adds a note to a step in any state and puts it on the timeline', () => {
    const done = ok(completeStep(fresh(), 'analyze-logs', ctx(1))).value
    const change = ok(
      addStepNote(
        done,
        'analyze-logs',
        { id: 'n1', text: ' 502s from the LB ', author: 'ana' },
        ctx(2),
      ),
    )
    expect(stateOf(change.value, 'analyze-logs')?.notes).toEqual([
      { id: 'n1', text: '502s from the LB', at: STARTED + 2 * MIN, author: 'ana' },
    ])
    expect(change.events).toEqual([
      {
        kind: 'note',
        text: 'Note on "Analyze logs": 502s from the LB',
        // The note is the user's words: a value, never translated.
        message: msg('msgEvents:runbook.stepNote', {
          runbookId: done.runbook.id,
          stepId: 'analyze-logs',
          step: 'Analyze logs',
          text: '502s from the LB',
        }),
        occurredAt: STARTED + 2 * MIN,
      },
    ])
  })

  it('refuses an empty note', () => {
    expect(
      refused(addStepNote(fresh(), 'analyze-logs', { id: 'n', text: ' ', author: '' }, ctx(1)))
        .field,
    ).toBe('text')
  })
})

describe('what to do next', () => {
  it('points at the first step, then the active one, then the next to do, then nothing', () => {
    let run = fresh()
    expect(nextStep(run)).toEqual({
      stepId: 'confirm-the-alert',
      index: 0,
      title: 'Confirm the alert',
      reason: 'next',
    })
    run = ok(startStep(run, 'quick-health-check', ctx(1))).value
    expect(nextStep(run)).toMatchObject({ stepId: 'quick-health-check', reason: 'active' })
    run = ok(completeStep(run, 'quick-health-check', ctx(2))).value
    expect(nextStep(run)).toMatchObject({ stepId: 'confirm-the-alert', reason: 'next' })
    for (const id of ['confirm-the-alert', 'assess-impact'])
      run = ok(completeStep(run, id, ctx(3))).value
    run = ok(skipStep(run, 'analyze-logs', 'no access', ctx(4))).value
    expect(nextStep(run)).toBeNull()
    expect(runView(run).progress).toEqual({ total: 4, done: 3, skipped: 1, active: 0, todo: 0 })
  })

  it('merges definition and progress for the UI', () => {
    const run = ok(setItemTicked(fresh(), 'assess-impact', '2', true, ctx(1))).value
    const view = runView(run)
    expect(view).toMatchObject({
      runbookId: 'service-degradation',
      runbookName: 'Service degradation',
      canChangeRunbook: true,
    })
    expect(view.steps[1]).toMatchObject({
      index: 1,
      title: 'Assess impact',
      state: 'active',
      checklist: [
        { id: '1', text: 'First check of Assess impact', tickedAt: null },
        { id: '2', text: 'Second check of Assess impact', tickedAt: STARTED + MIN },
      ],
    })
  })
})
