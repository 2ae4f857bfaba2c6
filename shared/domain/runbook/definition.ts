import { z } from 'zod'
import { englishText } from '../../i18n/english'
import { msg, type Message } from '../../i18n/messages'
import { issueMessage } from '../../i18n/zod-issues'

// A runbook is data: a YAML file validated by `runbookFileSchema`, normalized into a
// `RunbookDefinition` whose id is the file name stem. Authors write checklist items as plain
// strings and may leave step ids out; both get stable ids here.

export const DEFAULT_RUNBOOK_ID = 'service-degradation'

// zod keeps only a message's text; the schema's own messages with values are remembered here
// by their English, so a load error can still be worded in the reader's language. Their set is
// small (field names and limits; a duplicate step id at most per file).
const spoken = new Map<string, Message>()
function say(message: Message): string {
  const english = englishText(message)
  spoken.set(english, message)
  return english
}

/** The catalogue message for an issue of `runbookFileSchema`, null when there is none. */
export function runbookIssueMessage(issue: z.core.$ZodIssue): Message | null {
  return spoken.get(issue.message) ?? issueMessage(issue)
}

const M = 'msgWork:runbookFile'

/**
 * Says "is required" for a missing field rather than zod's "expected string, received undefined";
 * other issues (unrecognized keys...) keep zod's own message.
 */
const typeError =
  (field: string, wrongType: Message) =>
  (issue: { code?: string; input?: unknown }): string | undefined => {
    if (issue.code !== 'invalid_type') return undefined
    return say(issue.input === undefined ? msg(`${M}.required`, { field }) : wrongType)
  }

const text = (field: string, max: number) =>
  z
    .string({ error: typeError(field, msg(`${M}.mustBeText`, { field })) })
    .trim()
    .min(1, { error: () => say(msg(`${M}.empty`, { field })) })
    .max(max, { error: () => say(msg(`${M}.tooLong`, { field, max })) })

const checklistItem = z
  .string({ error: typeError('checklist item', msg(`${M}.checklistItem.mustBeText`)) })
  .trim()
  .min(1, { error: () => say(msg(`${M}.checklistItem.empty`)) })
  .max(300, { error: () => say(msg(`${M}.checklistItem.tooLong`, { max: 300 })) })

const stepIdSchema = z
  .string({ error: 'id must be text' })
  .regex(/^[a-z0-9][a-z0-9-]{0,59}$/, 'id uses only a-z, 0-9 and "-" (at most 60 characters)')

const suggestedQueryFileSchema = z
  .strictObject(
    {
      title: text('title', 200).optional(),
      promql: text('promql', 10_000).optional(),
      pack: text('pack', 100).optional(),
    },
    { error: typeError('a suggested query', msg(`${M}.queryMustBeMapping`)) },
  )
  .refine((q) => (q.promql === undefined) !== (q.pack === undefined), {
    message: 'Give either "promql" or "pack" (exactly one)',
  })

const stepFileSchema = z.strictObject(
  {
    id: stepIdSchema.optional(),
    title: text('title', 120),
    purpose: text('purpose', 1000),
    instructions: z
      .string({ error: 'instructions must be text (Markdown)' })
      .max(20_000)
      .default(''),
    checklist: z
      .array(checklistItem, { error: typeError('checklist', msg(`${M}.checklistMustBeList`)) })
      .max(50, 'At most 50 checklist items')
      .default([]),
    suggestedQueries: z
      .array(suggestedQueryFileSchema, {
        error: typeError('suggestedQueries', msg(`${M}.mustBeList`, { field: 'suggestedQueries' })),
      })
      .max(20, 'At most 20 queries')
      .default([]),
    exitCriterion: text('exitCriterion', 1000).optional(),
  },
  { error: typeError('a step', msg(`${M}.stepMustBeMapping`)) },
)

/** What a runbook YAML file must contain. */
export const runbookFileSchema = z
  .strictObject(
    {
      name: text('name', 100),
      description: z.string({ error: 'description must be text' }).trim().max(2000).default(''),
      steps: z
        .array(stepFileSchema, {
          error: typeError('steps', msg(`${M}.mustBeList`, { field: 'steps' })),
        })
        .min(1, 'A runbook needs at least one step')
        .max(50, 'At most 50 steps'),
    },
    { error: typeError('A runbook file', msg(`${M}.fileMustBeMapping`)) },
  )
  .superRefine((file, ctx) => {
    const seen = new Set<string>()
    file.steps.forEach((step, index) => {
      const id = step.id ?? slugify(step.title, index)
      if (seen.has(id)) {
        const message = say(msg(`${M}.duplicateStepId`, { id }))
        ctx.addIssue({ code: 'custom', message, path: ['steps', index, step.id ? 'id' : 'title'] })
      }
      seen.add(id)
    })
  })
export type RunbookFile = z.output<typeof runbookFileSchema>

export const suggestedQuerySchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('promql'), title: z.string().nullable(), query: z.string() }),
  z.object({ kind: z.literal('pack'), title: z.string().nullable(), pack: z.string() }),
])
export type SuggestedQuery = z.infer<typeof suggestedQuerySchema>

export const runbookStepSchema = z.object({
  id: z.string(),
  title: z.string(),
  purpose: z.string(),
  /** Markdown; render with marked + DOMPurify. */
  instructions: z.string(),
  checklist: z.array(z.object({ id: z.string(), text: z.string() })),
  suggestedQueries: z.array(suggestedQuerySchema),
  exitCriterion: z.string().nullable(),
})
export type RunbookStep = z.infer<typeof runbookStepSchema>

export const runbookDefinitionSchema = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string(),
  steps: z.array(runbookStepSchema),
})
export type RunbookDefinition = z.infer<typeof runbookDefinitionSchema>

/** "Análise de logs" -> "analise-de-logs"; titles with no Latin letters fall back to step-N. */
export function slugify(title: string, index: number): string {
  const slug = title
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '')
  return slug || `step-${index + 1}`
}

/** Turns a validated file into the definition the engine runs; checklist ids are 1-based. */
export function definitionFromFile(id: string, file: RunbookFile): RunbookDefinition {
  return {
    id,
    name: file.name,
    description: file.description,
    steps: file.steps.map((step, index) => ({
      id: step.id ?? slugify(step.title, index),
      title: step.title,
      purpose: step.purpose,
      instructions: step.instructions,
      checklist: step.checklist.map((item, i) => ({ id: String(i + 1), text: item })),
      suggestedQueries: step.suggestedQueries.map((q): SuggestedQuery => {
        const title = q.title ?? null
        return q.pack !== undefined
          ? { kind: 'pack', title, pack: q.pack }
          : { kind: 'promql', title, query: q.promql ?? '' }
      }),
      exitCriterion: step.exitCriterion ?? null,
    })),
  }
}
