import { z } from 'zod'
import {
  HYPOTHESIS_REASON_MAX_LENGTH,
  HYPOTHESIS_STATUSES,
  HYPOTHESIS_TEXT_MAX_LENGTH,
  MAX_HYPOTHESIS_LINKS,
} from '../domain/hypotheses'
import { epochMsSchema, idSchema } from './schemas'

export const hypothesisStatusSchema = z.enum(HYPOTHESIS_STATUSES)

export const hypothesisSchema = z.object({
  id: idSchema,
  incidentId: idSchema,
  text: z.string(),
  status: hypothesisStatusSchema,
  reason: z.string(),
  timelineEventIds: z.array(idSchema),
  evidenceIds: z.array(idSchema),
  author: z.string(),
  createdAt: epochMsSchema,
  updatedAt: epochMsSchema,
  statusChangedAt: epochMsSchema,
})

const hypothesisText = z
  .string()
  .trim()
  .min(1, 'Describe the hypothesis first.')
  .max(HYPOTHESIS_TEXT_MAX_LENGTH, `Keep it under ${HYPOTHESIS_TEXT_MAX_LENGTH} characters.`)

/** Timeline events of the same incident that support or contradict the hypothesis. */
const timelineLinks = z
  .array(idSchema)
  .max(MAX_HYPOTHESIS_LINKS, `At most ${MAX_HYPOTHESIS_LINKS} links per hypothesis.`)

/** Frozen evidence (pinned charts, traces) of the same incident. */
const evidenceLinks = z
  .array(idSchema)
  .max(MAX_HYPOTHESIS_LINKS, `At most ${MAX_HYPOTHESIS_LINKS} links per hypothesis.`)

export const hypothesisChannels = {
  /** Oldest first. */
  'hypothesis.list': {
    input: z.object({ incidentId: idSchema }),
    output: z.array(hypothesisSchema),
  },
  'hypothesis.add': {
    input: z.object({
      incidentId: idSchema,
      text: hypothesisText,
      timelineEventIds: timelineLinks.default([]),
      evidenceIds: evidenceLinks.default([]),
      at: epochMsSchema.optional(),
    }),
    output: hypothesisSchema,
  },
  /** Confirming or ruling out needs a reason; back to open may give one. */
  'hypothesis.setStatus': {
    input: z.object({
      id: idSchema,
      status: hypothesisStatusSchema,
      reason: z.string().max(HYPOTHESIS_REASON_MAX_LENGTH).default(''),
      at: epochMsSchema.optional(),
    }),
    output: hypothesisSchema,
  },
  /** Rewords it or replaces its links; not recorded on the timeline. */
  'hypothesis.update': {
    input: z.object({
      id: idSchema,
      text: hypothesisText.optional(),
      timelineEventIds: timelineLinks.optional(),
      evidenceIds: evidenceLinks.optional(),
    }),
    output: hypothesisSchema,
  },
} as const
