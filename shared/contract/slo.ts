import { z } from 'zod'
import { BURN_WINDOWS } from '../domain/slo/burn-rate'
import { sloDefinitionSchema } from '../domain/slo/definition'
import { messageSchema } from '../i18n/message-schema'
import { requestIdSchema } from './requests'
import { epochMsSchema, idSchema } from './schemas'

// Service level objectives: definitions kept per service, and their numbers computed against a
// Prometheus source for any time and over an incident's window.

export const sloRecordSchema = z.object({
  id: idSchema,
  definition: sloDefinitionSchema,
  createdAt: epochMsSchema,
  updatedAt: epochMsSchema,
})
export type SloRecord = z.infer<typeof sloRecordSchema>

const burnWindowKeys = Object.keys(BURN_WINDOWS) as [keyof typeof BURN_WINDOWS]
const rateByWindow = z.record(z.enum(burnWindowKeys), z.number().nullable())

const conditionSchema = z.object({
  firing: z.boolean(),
  long: z.number().nullable(),
  short: z.number().nullable(),
  threshold: z.number(),
})

export const sloEvaluationSchema = z.object({
  slo: sloRecordSchema,
  /** When the SLI and burn rates were evaluated. */
  atMs: epochMsSchema,
  /** The SLI over the whole period (30 days) ending at atMs. */
  sliOverPeriod: z.number().nullable(),
  budgetRemaining: z.number().nullable(),
  sliByWindow: rateByWindow,
  burnRates: rateByWindow,
  alert: z.object({
    state: z.enum(['page', 'ticket', 'ok', 'no_data']),
    page: conditionSchema,
    ticket: conditionSchema,
  }),
  /** Over the incident's window (start to resolution, or to now while it is open). */
  incident: z
    .object({
      startMs: epochMsSchema,
      endMs: epochMsSchema,
      sli: z.number().nullable(),
      burnRate: z.number().nullable(),
      budgetConsumed: z.number().nullable(),
    })
    .nullable(),
  /** Why this SLO could not be computed (no bucket at the threshold, query error...). */
  error: z.string().nullable(),
  /** The same as a catalogue message, so the UI can word it in the user's language. */
  errorText: messageSchema.nullable(),
})
export type SloEvaluation = z.infer<typeof sloEvaluationSchema>

export const sloChannels = {
  'slo.list': {
    input: z.object({ service: z.string().trim().max(100).optional() }).default({}),
    output: z.array(sloRecordSchema),
  },
  'slo.save': {
    input: z.object({ id: idSchema.optional(), definition: sloDefinitionSchema }),
    output: sloRecordSchema,
  },
  'slo.delete': { input: z.object({ id: idSchema }), output: z.object({ id: idSchema }) },
  /** Every SLO of the incident's services, evaluated against the source. */
  'slo.evaluate': {
    input: z.object({
      sourceId: idSchema,
      incidentId: idSchema,
      /** Burn rates and the period SLI at this time; default now. */
      atMs: epochMsSchema.optional(),
      requestId: requestIdSchema,
    }),
    output: z.array(sloEvaluationSchema),
  },
} as const
