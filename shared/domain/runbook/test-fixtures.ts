import type { Accepted, Change, Refusal } from '../change'
import { definitionFromFile, runbookFileSchema, type RunbookDefinition } from './definition'
import { startRun } from './engine'
import type { RunbookRun } from './run'

// Shared by the runbook engine tests: two small runbooks, a clock and result unwrappers.

export const STARTED = Date.UTC(2026, 2, 3, 12, 0)
export const MIN = 60_000

function runbook(id: string, name: string, titles: string[]): RunbookDefinition {
  const file = runbookFileSchema.parse({
    name,
    steps: titles.map((title) => ({
      title,
      purpose: `Why ${title}`,
      checklist: [`First check of ${title}`, `Second check of ${title}`],
    })),
  })
  return definitionFromFile(id, file)
}

export const DEGRADATION = runbook('service-degradation', 'Service degradation', [
  'Confirm the alert',
  'Assess impact',
  'Quick health check',
  'Analyze logs',
])
export const TRIAGE = runbook('quick-triage', 'Quick triage', ['Look', 'Act'])

export function ok<T>(change: Change<T>): Accepted<T> {
  if (!change.ok) throw new Error(`refused: ${change.message}`)
  return change
}
export function refused<T>(change: Change<T>): Refusal {
  if (change.ok) throw new Error('expected a refusal')
  return change
}

export const ctx = (minutes: number, at?: number) => ({
  now: STARTED + minutes * MIN,
  at,
  incidentStartedAt: STARTED,
})
export const fresh = () => ok(startRun('inc-1', DEGRADATION, STARTED + MIN)).value
export const stateOf = (run: RunbookRun, stepId: string) =>
  run.steps.find((s) => s.stepId === stepId)
