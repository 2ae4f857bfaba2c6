import { z } from 'zod'
import { runbookDefinitionSchema, suggestedQuerySchema } from '../domain/runbook/definition'
import { STEP_STATES } from '../domain/runbook/run'
import { SKIP_REASON_MAX_LENGTH } from '../domain/runbook/engine'
import { messageSchema } from '../i18n/message-schema'
import { epochMsSchema, idSchema, timelineTextSchema } from './schemas'

// Runbook channels. Every write answers with the incident's whole run view (the same shape as
// runbook.get), so the UI can put it straight into its query cache.

export const runbookOriginSchema = z.enum(['shipped', 'user'])

export const availableRunbookSchema = runbookDefinitionSchema.extend({
  origin: runbookOriginSchema,
  /** Where the file is, to show "edit this file" hints for user runbooks. */
  filePath: z.string(),
  isDefault: z.boolean(),
})

export const runbookLoadErrorSchema = z.object({
  file: z.string(),
  filePath: z.string(),
  origin: runbookOriginSchema,
  message: z.string(),
  /** The same as a catalogue message, so the UI can word it in the reader's language. */
  text: messageSchema.optional(),
  /** e.g. "steps[2].checklist"; null when the problem is the file as a whole. */
  path: z.string().nullable(),
  line: z.number().int().nullable(),
  column: z.number().int().nullable(),
})

const stepNoteSchema = z.object({
  id: z.string(),
  text: z.string(),
  at: epochMsSchema,
  author: z.string(),
})

export const stepViewSchema = z.object({
  index: z.number().int(),
  id: z.string(),
  title: z.string(),
  purpose: z.string(),
  instructions: z.string(),
  checklist: z.array(
    z.object({ id: z.string(), text: z.string(), tickedAt: epochMsSchema.nullable() }),
  ),
  suggestedQueries: z.array(suggestedQuerySchema),
  exitCriterion: z.string().nullable(),
  state: z.enum(STEP_STATES),
  startedAt: epochMsSchema.nullable(),
  finishedAt: epochMsSchema.nullable(),
  skipReason: z.string().nullable(),
  notes: z.array(stepNoteSchema),
})

export const runViewSchema = z.object({
  incidentId: idSchema,
  runbookId: z.string(),
  runbookName: z.string(),
  runbookDescription: z.string(),
  chosenAt: epochMsSchema,
  canChangeRunbook: z.boolean(),
  steps: z.array(stepViewSchema),
  /** The active step (first in order), else the first step to do; null when all are finished. */
  next: z
    .object({
      stepId: z.string(),
      index: z.number().int(),
      title: z.string(),
      reason: z.enum(['active', 'next']),
    })
    .nullable(),
  progress: z.object({
    total: z.number().int(),
    done: z.number().int(),
    skipped: z.number().int(),
    active: z.number().int(),
    todo: z.number().int(),
  }),
})

/** Backdating: when it really happened, if not now. Not before the incident started. */
const atSchema = epochMsSchema.optional()

const stepInput = z.object({ incidentId: idSchema, stepId: idSchema, at: atSchema })

export const runbookChannels = {
  'runbook.list': {
    input: z.object({}).default({}),
    output: z.object({
      /** The default runbook first, then by name. */
      runbooks: z.array(availableRunbookSchema),
      /** Files that could not be loaded; the others still are. */
      errors: z.array(runbookLoadErrorSchema),
      defaultId: z.string(),
    }),
  },
  /** null when the incident follows no runbook (none could be loaded when it was declared). */
  'runbook.get': { input: z.object({ incidentId: idSchema }), output: runViewSchema.nullable() },
  'runbook.choose': {
    input: z.object({ incidentId: idSchema, runbookId: idSchema }),
    output: runViewSchema,
  },
  'runbook.startStep': { input: stepInput, output: runViewSchema },
  'runbook.completeStep': { input: stepInput, output: runViewSchema },
  'runbook.skipStep': {
    input: stepInput.extend({
      reason: z
        .string()
        .trim()
        .min(1, 'Say why the step is skipped.')
        .max(SKIP_REASON_MAX_LENGTH, `Keep the reason under ${SKIP_REASON_MAX_LENGTH} characters.`),
    }),
    output: runViewSchema,
  },
  'runbook.reopenStep': { input: stepInput, output: runViewSchema },
  'runbook.tick': {
    input: stepInput.extend({ itemId: idSchema, ticked: z.boolean().default(true) }),
    output: runViewSchema,
  },
  'runbook.addStepNote': {
    input: stepInput.extend({ text: timelineTextSchema }),
    output: runViewSchema,
  },
} as const

export type AvailableRunbook = z.infer<typeof availableRunbookSchema>
export type RunbookLoadErrorView = z.infer<typeof runbookLoadErrorSchema>
export type RunViewOutput = z.infer<typeof runViewSchema>
