import { z } from 'zod'
import { runbookDefinitionSchema } from './definition'

// The state of one incident's runbook. The run keeps its own copy of the runbook definition
// taken when it was chosen, so editing or deleting a runbook file later never rewrites what
// an incident actually followed.

export const STEP_STATES = ['todo', 'active', 'done', 'skipped'] as const
export type StepState = (typeof STEP_STATES)[number]

const epochMs = z.number().int()

export const stepNoteSchema = z.object({
  id: z.string(),
  text: z.string(),
  at: epochMs,
  author: z.string(),
})
export type StepNote = z.infer<typeof stepNoteSchema>

export const stepProgressSchema = z.object({
  stepId: z.string(),
  state: z.enum(STEP_STATES),
  /** When work on the step began; null if it was completed or skipped without being started. */
  startedAt: epochMs.nullable(),
  /** When it was completed or skipped; null while todo or active. */
  finishedAt: epochMs.nullable(),
  skipReason: z.string().nullable(),
  /** Checklist item id -> when it was ticked; unticked items are absent. */
  ticked: z.record(z.string(), epochMs),
  notes: z.array(stepNoteSchema),
})
export type StepProgress = z.infer<typeof stepProgressSchema>

export const runbookRunSchema = z.object({
  incidentId: z.string(),
  runbook: runbookDefinitionSchema,
  chosenAt: epochMs,
  /** One entry per runbook step, in the runbook's order. */
  steps: z.array(stepProgressSchema),
})
export type RunbookRun = z.infer<typeof runbookRunSchema>

export function freshProgress(stepId: string): StepProgress {
  return {
    stepId,
    state: 'todo',
    startedAt: null,
    finishedAt: null,
    skipReason: null,
    ticked: {},
    notes: [],
  }
}
