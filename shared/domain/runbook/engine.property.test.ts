import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { Change } from '../change'
import { addStepNote, setItemTicked } from './checklist'
import { definitionFromFile, runbookFileSchema } from './definition'
import { completeStep, reopenStep, skipStep, startRun, startStep } from './engine'
import type { RunbookRun } from './run'

// Random sequences of step actions, some valid and some not: the engine never throws, a refusal
// never changes the run, and the run always satisfies the invariants the UI relies on.

const STARTED = Date.UTC(2026, 0, 1)
const RUNBOOK = definitionFromFile(
  'rb',
  runbookFileSchema.parse({
    name: 'RB',
    steps: ['A', 'B', 'C'].map((t) => ({ title: t, purpose: t, checklist: ['x', 'y'] })),
  }),
)
const stepIds = RUNBOOK.steps.map((s) => s.id).concat('missing')

const actionArb = fc.record({
  kind: fc.constantFrom('start', 'complete', 'skip', 'reopen', 'tick', 'untick', 'note'),
  stepId: fc.constantFrom(...stepIds),
  itemId: fc.constantFrom('1', '2', '3'),
  reason: fc.constantFrom('', '  ', 'no access'),
  offsetMinutes: fc.integer({ min: -10, max: 120 }),
  backdate: fc.boolean(),
})
type Action = typeof actionArb extends fc.Arbitrary<infer A> ? A : never

function apply(run: RunbookRun, a: Action, step: number): Change<RunbookRun> {
  const now = STARTED + 60 * 60_000 + step * 60_000
  const ctx = {
    now,
    at: a.backdate ? STARTED + a.offsetMinutes * 60_000 : undefined,
    incidentStartedAt: STARTED,
  }
  switch (a.kind) {
    case 'start':
      return startStep(run, a.stepId, ctx)
    case 'complete':
      return completeStep(run, a.stepId, ctx)
    case 'skip':
      return skipStep(run, a.stepId, a.reason, ctx)
    case 'reopen':
      return reopenStep(run, a.stepId, ctx)
    case 'tick':
    case 'untick':
      return setItemTicked(run, a.stepId, a.itemId, a.kind === 'tick', ctx)
    case 'note':
      return addStepNote(run, a.stepId, { id: `n${step}`, text: a.reason, author: '' }, ctx)
  }
}

function checkInvariants(run: RunbookRun): void {
  for (const p of run.steps) {
    const finished = p.state === 'done' || p.state === 'skipped'
    expect(p.finishedAt !== null).toBe(finished)
    expect(p.skipReason !== null).toBe(p.state === 'skipped')
    if (p.state === 'active') expect(p.startedAt).not.toBeNull()
    if (p.state === 'todo') expect(Object.keys(p.ticked)).toEqual([])
    if (p.startedAt !== null && p.finishedAt !== null) {
      expect(p.finishedAt).toBeGreaterThanOrEqual(p.startedAt)
    }
    for (const t of [p.startedAt, p.finishedAt, ...Object.values(p.ticked)]) {
      if (t !== null) expect(t).toBeGreaterThanOrEqual(STARTED)
    }
  }
}

describe('runbook engine under random action sequences', () => {
  it('never throws, refusals change nothing, invariants always hold', () => {
    fc.assert(
      fc.property(fc.array(actionArb, { maxLength: 40 }), (actions) => {
        const start = startRun('inc', RUNBOOK, STARTED)
        if (!start.ok) throw new Error('cannot start')
        let run = start.value
        actions.forEach((action, i) => {
          const before = structuredClone(run)
          const change = apply(run, action, i)
          if (!change.ok) {
            expect(run).toEqual(before)
            expect(change.message.length).toBeGreaterThan(0)
            return
          }
          if (change.value !== run) expect(change.events.length).toBeGreaterThan(0)
          for (const e of change.events) expect(e.occurredAt).toBeGreaterThanOrEqual(STARTED)
          run = change.value
          checkInvariants(run)
        })
      }),
      { numRuns: 300 },
    )
  })
})
