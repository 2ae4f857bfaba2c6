import { z } from 'zod'
import { healthPanelSchema, PACK_VARIABLES } from '../domain/prometheus/health-checks'
import { messageSchema } from '../i18n/message-schema'
import { columnsWireSchema, labelsSchema, sampleTextSchema } from './prometheus'
import { requestIdSchema } from './requests'
import { epochMsSchema, idSchema } from './schemas'

// Health-check packs (templates/health-checks): list them, and run one against a source.

export const healthPackViewSchema = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string(),
  variables: z.array(z.enum(PACK_VARIABLES)),
  panels: z.array(healthPanelSchema),
})
export type HealthPackView = z.infer<typeof healthPackViewSchema>

export const PANEL_OUTCOMES = ['ok', 'warn', 'critical', 'no_data', 'error'] as const
export type PanelOutcome = (typeof PANEL_OUTCOMES)[number]

export const panelRunSchema = z.object({
  panelId: z.string(),
  /** ok / warn / critical from the current values; no_data when none; error when it failed. */
  state: z.enum(PANEL_OUTCOMES),
  /** The current value of each series, with the labels that tell them apart. */
  values: z.array(z.object({ labels: labelsSchema, value: sampleTextSchema })),
  /** The PromQL sent, variables filled in. */
  query: z.string(),
  /** The small chart: the panel over the range. Null when the query failed. */
  columns: columnsWireSchema.nullable(),
  /** Why the panel failed, in English; `errorText` is the same as a catalogue message. */
  error: z.string().nullable(),
  errorText: messageSchema.nullable(),
})
export type PanelRun = z.infer<typeof panelRunSchema>

export const healthCheckChannels = {
  'healthcheck.packs': {
    input: z.object({}).default({}),
    output: z.object({
      packs: z.array(healthPackViewSchema),
      /** Why the packs folder could not be read; packs is then empty. */
      error: z.string().nullable(),
      errorText: messageSchema.nullable(),
    }),
  },
  'healthcheck.run': {
    input: z.object({
      sourceId: idSchema,
      packId: z.string().min(1).max(100),
      variables: z.partialRecord(z.enum(PACK_VARIABLES), z.string().max(500)).default({}),
      /** The "current" time the verdicts are for; default now. */
      atMs: epochMsSchema.optional(),
      /** How far back each small chart reaches. */
      rangeMs: z
        .number()
        .int()
        .min(60_000)
        .max(7 * 86_400_000)
        .default(3_600_000),
      /** The charts' width, to choose about one point per pixel. */
      widthPx: z.number().int().min(20).max(4000).default(240),
      requestId: requestIdSchema,
    }),
    output: z.object({
      packId: z.string(),
      atMs: epochMsSchema,
      startMs: epochMsSchema,
      stepMs: z.number(),
      panels: z.array(panelRunSchema),
    }),
  },
} as const
