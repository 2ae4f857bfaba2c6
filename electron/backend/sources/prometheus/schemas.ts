// Shapes of Prometheus HTTP API v1 answers (checked against real 2.42 captures, the API docs and
// the 3.x OpenAPI examples in ../shared/fixtures/prometheus). Unknown fields are ignored so newer
// servers keep working; missing required fields fail loudly.
import { z } from 'zod'

export const labelsSchema = z.record(z.string(), z.string())

export const errorEnvelopeSchema = z.object({
  status: z.literal('error'),
  errorType: z.string(),
  error: z.string(),
})

/** `{status:"success", data, warnings?}`; `infos` arrived in 3.x and is kept with the warnings. */
export const successEnvelopeSchema = z.object({
  status: z.literal('success'),
  data: z.unknown(),
  warnings: z.array(z.string()).optional(),
  infos: z.array(z.string()).optional(),
})

/** `[unixSeconds, "value"]`: the value is a string so "NaN" and "+Inf" survive JSON. */
export const sampleSchema = z.tuple([z.number(), z.string()])

/** A native histogram sample; kept opaque, it is stored as evidence but not plotted as a line. */
export const nativeHistogramSampleSchema = z.tuple([
  z.number(),
  z.object({ count: z.string(), sum: z.string(), buckets: z.array(z.unknown()).optional() }),
])

const isArray = (value: unknown): value is unknown[] => Array.isArray(value)

export const vectorDataSchema = z.object({
  resultType: z.literal('vector'),
  result: z.array(
    z.object({
      metric: labelsSchema,
      value: sampleSchema.optional(),
      histogram: nativeHistogramSampleSchema.optional(),
    }),
  ),
})

/**
 * Matrix series; `values` is only checked to be an array here: its pairs are checked while they
 * are converted, because zod over a million pairs costs more than JSON.parse itself.
 */
export const matrixDataSchema = z.object({
  resultType: z.literal('matrix'),
  result: z.array(
    z.object({
      metric: labelsSchema,
      values: z.custom<unknown[]>(isArray, 'values must be an array').optional(),
      histograms: z.custom<unknown[]>(isArray, 'histograms must be an array').optional(),
    }),
  ),
})

export const scalarDataSchema = z.object({ resultType: z.literal('scalar'), result: sampleSchema })
export const stringDataSchema = z.object({ resultType: z.literal('string'), result: sampleSchema })

export const queryDataSchema = z.discriminatedUnion('resultType', [
  vectorDataSchema,
  matrixDataSchema,
  scalarDataSchema,
  stringDataSchema,
])

export const alertSchema = z.object({
  labels: labelsSchema,
  annotations: labelsSchema.default({}),
  state: z.string(),
  activeAt: z.string().optional(),
  keepFiringSince: z.string().optional(),
  value: z.string().optional(),
})

export const alertsDataSchema = z.object({ alerts: z.array(alertSchema) })

const ruleCommon = {
  name: z.string(),
  query: z.string(),
  labels: labelsSchema.optional(),
  health: z.string(),
  lastError: z.string().optional(),
  evaluationTime: z.number().optional(),
  lastEvaluation: z.string().optional(),
}

export const alertingRuleSchema = z.object({
  ...ruleCommon,
  type: z.literal('alerting'),
  state: z.string().optional(),
  /** Seconds the condition must hold before firing (`for:`). */
  duration: z.number().optional(),
  keepFiringFor: z.number().optional(),
  annotations: labelsSchema.optional(),
  alerts: z.array(alertSchema).optional(),
})

export const recordingRuleSchema = z.object({ ...ruleCommon, type: z.literal('recording') })

export const rulesDataSchema = z.object({
  groups: z.array(
    z.object({
      name: z.string(),
      file: z.string(),
      interval: z.number().optional(),
      limit: z.number().optional(),
      evaluationTime: z.number().optional(),
      lastEvaluation: z.string().optional(),
      rules: z.array(z.discriminatedUnion('type', [alertingRuleSchema, recordingRuleSchema])),
    }),
  ),
})

export const stringListSchema = z.array(z.string())
export const seriesListSchema = z.array(labelsSchema)

/** Per metric name, what its exporters say it is: the editor shows it while autocompleting. */
export const metadataSchema = z.record(
  z.string(),
  z.array(z.object({ type: z.string(), help: z.string(), unit: z.string().optional() })),
)
export type MetricMetadata = z.infer<typeof metadataSchema>

export const buildInfoSchema = z.object({
  version: z.string(),
  revision: z.string(),
  branch: z.string(),
  buildUser: z.string(),
  buildDate: z.string(),
  goVersion: z.string(),
})

export type RulesData = z.infer<typeof rulesDataSchema>
export type RuleGroup = RulesData['groups'][number]
export type BuildInfo = z.infer<typeof buildInfoSchema>
export type Labels = z.infer<typeof labelsSchema>
