import type { EpochMs } from '../incident'
import type { RunbookStep, SuggestedQuery } from './definition'
import { canChangeRunbook } from './engine'
import type { RunbookRun, StepNote, StepState } from './run'

// What the UI renders: each step's definition merged with its progress, plus "what to do next".

export interface ChecklistItemView {
  id: string
  text: string
  /** When it was ticked; null while unticked. */
  tickedAt: EpochMs | null
}

export interface StepView {
  index: number
  id: string
  title: string
  purpose: string
  instructions: string
  checklist: ChecklistItemView[]
  suggestedQueries: SuggestedQuery[]
  exitCriterion: string | null
  state: StepState
  startedAt: EpochMs | null
  finishedAt: EpochMs | null
  skipReason: string | null
  notes: StepNote[]
}

export interface NextStep {
  stepId: string
  index: number
  title: string
  /** 'active': keep going with a step already started; 'next': the first step still to do. */
  reason: 'active' | 'next'
}

export interface RunProgress {
  total: number
  done: number
  skipped: number
  active: number
  todo: number
}

export interface RunView {
  incidentId: string
  runbookId: string
  runbookName: string
  runbookDescription: string
  chosenAt: EpochMs
  canChangeRunbook: boolean
  steps: StepView[]
  next: NextStep | null
  progress: RunProgress
}

function stepView(step: RunbookStep, index: number, run: RunbookRun): StepView {
  const progress = run.steps[index]
  const ticked = progress?.ticked ?? {}
  return {
    index,
    id: step.id,
    title: step.title,
    purpose: step.purpose,
    instructions: step.instructions,
    checklist: step.checklist.map((item) => ({ ...item, tickedAt: ticked[item.id] ?? null })),
    suggestedQueries: step.suggestedQueries,
    exitCriterion: step.exitCriterion,
    state: progress?.state ?? 'todo',
    startedAt: progress?.startedAt ?? null,
    finishedAt: progress?.finishedAt ?? null,
    skipReason: progress?.skipReason ?? null,
    notes: progress?.notes ?? [],
  }
}

/**
 * What to do next: the first active step in runbook order, else the first step still to do,
 * else null (every step is done or skipped).
 */
export function nextStep(run: RunbookRun): NextStep | null {
  const pick = (state: StepState) => run.steps.findIndex((p) => p.state === state)
  const activeIndex = pick('active')
  const index = activeIndex >= 0 ? activeIndex : pick('todo')
  const step = run.runbook.steps[index]
  if (index < 0 || !step) return null
  return { stepId: step.id, index, title: step.title, reason: activeIndex >= 0 ? 'active' : 'next' }
}

export function runProgress(run: RunbookRun): RunProgress {
  const count = (state: StepState) => run.steps.filter((p) => p.state === state).length
  return {
    total: run.steps.length,
    done: count('done'),
    skipped: count('skipped'),
    active: count('active'),
    todo: count('todo'),
  }
}

export function runView(run: RunbookRun): RunView {
  return {
    incidentId: run.incidentId,
    runbookId: run.runbook.id,
    runbookName: run.runbook.name,
    runbookDescription: run.runbook.description,
    chosenAt: run.chosenAt,
    canChangeRunbook: canChangeRunbook(run),
    steps: run.runbook.steps.map((step, index) => stepView(step, index, run)),
    next: nextStep(run),
    progress: runProgress(run),
  }
}
