import { z } from 'zod'
import { KEY_DURATION_NAMES } from '../domain/durations'
import { SEVERITIES } from '../domain/incident'
import { epochMsSchema, severitySchema } from './schemas'

// Insights over a period, by service and severity. The arithmetic is shared/domain/insights.

const distributionSchema = z.object({
  count: z.number().int(),
  median: z.number().nullable(),
  p90: z.number().nullable(),
})

const durationsSchema = z.object(
  Object.fromEntries(KEY_DURATION_NAMES.map((name) => [name, distributionSchema])) as Record<
    (typeof KEY_DURATION_NAMES)[number],
    typeof distributionSchema
  >,
)

const groupSchema = z.object({
  key: z.string(),
  count: z.number().int(),
  durations: durationsSchema,
})

export const insightsReportSchema = z.object({
  incidentCount: z.number().int(),
  durations: durationsSchema,
  bySeverity: z.array(groupSchema),
  byService: z.array(groupSchema),
  monthly: z.array(
    z.object({
      month: z.string(),
      count: z.number().int(),
      bySeverity: z.record(z.enum(SEVERITIES), z.number().int()),
      medianResolveMs: z.number().nullable(),
    }),
  ),
  actionItems: z.object({
    total: z.number().int(),
    open: z.number().int(),
    overdue: z.number().int(),
    done: z.number().int(),
    completionRate: z.number().nullable(),
  }),
  topBudget: z.array(
    z.object({
      incidentId: z.string(),
      title: z.string(),
      severity: severitySchema,
      startedAt: epochMsSchema,
      percent: z.number(),
    }),
  ),
})
export type InsightsReportView = z.infer<typeof insightsReportSchema>

export const insightsInputSchema = z
  .object({
    /** Incidents that started in [from, to). */
    from: epochMsSchema,
    to: epochMsSchema,
    service: z.string().trim().max(100).default(''),
    severity: severitySchema.nullable().default(null),
  })
  .refine((input) => input.to > input.from, {
    message: 'The end of the period must be after its start',
    path: ['to'],
  })

export const insightsChannels = {
  'insights.get': { input: insightsInputSchema, output: insightsReportSchema },
} as const
