import { describe, expect, it } from 'vitest'
import type { RunViewOutput } from '../../../../shared/contract/runbook'
import {
  describeProgress,
  firstUnticked,
  neighbourStepId,
  selectedStepId,
  withPendingTicks,
} from './step-state'

function step(id: string, state: RunViewOutput['steps'][number]['state'] = 'todo') {
  return {
    index: 0,
    id,
    title: id,
    purpose: '',
    instructions: '',
    checklist: [],
    suggestedQueries: [],
    exitCriterion: null,
    state,
    startedAt: null,
    finishedAt: null,
    skipReason: null,
    notes: [],
  }
}

function run(steps: ReturnType<typeof step>[], next: string | null): RunViewOutput {
  return {
    incidentId: 'i1',
    runbookId: 'r',
    runbookName: 'R',
    runbookDescription: '',
    chosenAt: 0,
    canChangeRunbook: true,
    steps,
    next: next ? { stepId: next, index: 0, title: next, reason: 'next' } : null,
    progress: { total: steps.length, done: 0, skipped: 0, active: 0, todo: steps.length },
  }
}

describe('selectedStepId', () => {
  const view = run([step('a', 'done'), step('b'), step('c')], 'b')

  it('keeps what the user picked while it exists', () => {
    expect(selectedStepId(view, 'c')).toBe('c')
  })

  it('otherwise shows what to do next', () => {
    expect(selectedStepId(view, undefined)).toBe('b')
    expect(selectedStepId(view, 'from-another-runbook')).toBe('b')
  })

  it('shows the last step once everything is finished', () => {
    expect(selectedStepId(run([step('a', 'done'), step('b', 'skipped')], null), undefined)).toBe(
      'b',
    )
  })
})

describe('neighbourStepId', () => {
  const view = run([step('a'), step('b'), step('c')], 'a')

  it('moves by one and stops at the ends', () => {
    expect(neighbourStepId(view, 'a', 1)).toBe('b')
    expect(neighbourStepId(view, 'a', -1)).toBe('a')
    expect(neighbourStepId(view, 'c', 1)).toBe('c')
  })
})

describe('firstUnticked', () => {
  it('finds the first item still open, or none', () => {
    const s = {
      ...step('a'),
      checklist: [
        { id: '1', text: 'one', tickedAt: 5 },
        { id: '2', text: 'two', tickedAt: null },
      ],
    }
    expect(firstUnticked(s)?.id).toBe('2')
    expect(firstUnticked({ ...s, checklist: [{ id: '1', text: 'one', tickedAt: 5 }] })).toBeNull()
  })
})

describe('describeProgress', () => {
  it('counts skipped steps as finished and says so', () => {
    expect(describeProgress({ total: 8, done: 3, skipped: 1, active: 1, todo: 3 })).toBe(
      '4 of 8 steps finished · 1 skipped · 1 in progress',
    )
  })
})

describe('withPendingTicks', () => {
  const s = {
    ...step('a'),
    checklist: [
      { id: '1', text: 'one', tickedAt: null },
      { id: '2', text: 'two', tickedAt: 7 },
    ],
  }

  it('shows ticks in flight for this step only, the latest per item winning', () => {
    const pending = [
      { stepId: 'a', itemId: '1', ticked: true },
      { stepId: 'a', itemId: '2', ticked: false },
      { stepId: 'b', itemId: '1', ticked: true },
    ]
    expect(withPendingTicks(s, pending, 99).map((i) => i.tickedAt)).toEqual([99, null])
    const retick = [...pending, { stepId: 'a', itemId: '2', ticked: true, at: 5 }]
    expect(withPendingTicks(s, retick, 99).map((i) => i.tickedAt)).toEqual([99, 5])
  })

  it('changes nothing when no tick is in flight', () => {
    expect(withPendingTicks(s, [], 99)).toEqual(s.checklist)
  })
})
