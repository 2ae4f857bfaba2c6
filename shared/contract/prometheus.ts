import { z } from 'zod'
import { UNITS } from '../domain/prometheus/units'
import { messageSchema } from '../i18n/message-schema'
import { evidenceItemSchema } from './evidence'
import { requestIdSchema } from './requests'
import { epochMsSchema, idSchema } from './schemas'

// Prometheus channels: range queries, alerts, the editor's autocomplete, and pinning a chart.
// Numbers cross the bridge in forms that survive JSON (browser mode) as well as IPC: sample
// values as Prometheus writes them ("NaN", "+Inf"), and whole columns as base64 Float64 bytes.

export const labelsSchema = z.record(z.string(), z.string())

/** A sample value as Prometheus writes it: "0.25", "NaN", "+Inf". JSON has no NaN. */
export const sampleTextSchema = z.string().max(64)

/**
 * A range result as columns: one shared time axis and every series' values back to back, each a
 * little-endian Float64 array in base64 (NaN where a series has no sample). About 11 bytes per
 * point instead of ~30 in Prometheus's JSON, and decoded without building an object per point.
 */
export const columnsWireSchema = z.object({
  /** Epoch ms, `points` of them. */
  timestamps: z.string(),
  /** series.length * points values; series i occupies [i * points, (i + 1) * points). */
  values: z.string(),
  points: z.number().int().min(0),
  series: z.array(z.object({ labels: labelsSchema })),
  /** Series left out by the series cap. */
  droppedSeries: z.number().int().min(0),
  /** Series with only native-histogram samples, which have no line to draw. */
  histogramSeries: z.number().int().min(0),
})
export type ColumnsWire = z.infer<typeof columnsWireSchema>

/** How many series one chart shows; more are dropped with a message saying so. */
export const SERIES_CAP = 200

const promqlSchema = z
  .string()
  .trim()
  .min(1, 'Enter a PromQL query')
  .max(20_000, 'Queries are at most 20,000 characters')

export const rangeInputSchema = z
  .object({
    sourceId: idSchema,
    query: promqlSchema,
    startMs: epochMsSchema,
    endMs: epochMsSchema,
    stepMs: z.number().int().min(1, 'The step must be at least 1 ms'),
    maxSeries: z.number().int().min(1).max(SERIES_CAP).default(SERIES_CAP),
    requestId: requestIdSchema,
  })
  .refine((input) => input.endMs > input.startMs, {
    message: 'The end of the range must be after its start',
    path: ['endMs'],
  })

export const rangeResultSchema = z.object({
  sourceName: z.string(),
  query: z.string(),
  startMs: epochMsSchema,
  endMs: epochMsSchema,
  stepMs: z.number(),
  columns: columnsWireSchema,
  warnings: z.array(z.string()),
})
export type RangeResult = z.infer<typeof rangeResultSchema>

export const ALERT_STATES = ['firing', 'pending', 'suppressed', 'unprocessed'] as const

export const alertViewSchema = z.object({
  /** Stable key within one answer: the Alertmanager fingerprint or the sorted label set. */
  key: z.string(),
  /** Where the alert was read: Prometheus (rules API) or Alertmanager. */
  origin: z.enum(['prometheus', 'alertmanager']),
  name: z.string(),
  state: z.enum(ALERT_STATES),
  labels: labelsSchema,
  annotations: labelsSchema,
  activeAt: epochMsSchema.nullable(),
  value: sampleTextSchema.nullable(),
  /** The rule's PromQL, when Prometheus told us which rule this is. */
  expr: z.string().nullable(),
  silencedBy: z.array(z.string()),
  inhibitedBy: z.array(z.string()),
})
export type AlertView = z.infer<typeof alertViewSchema>

/** The alert an incident was declared from, kept with the incident and put on its timeline. */
export const declaredAlertSchema = z.object({
  sourceId: idSchema.nullable(),
  sourceName: z.string().max(200),
  name: z.string().min(1).max(500),
  labels: labelsSchema,
  annotations: labelsSchema,
  activeAt: epochMsSchema.nullable(),
  expr: z.string().max(20_000).nullable(),
  value: sampleTextSchema.nullable(),
})
export type DeclaredAlert = z.infer<typeof declaredAlertSchema>

export const incidentAlertSchema = declaredAlertSchema.extend({
  id: idSchema,
  incidentId: idSchema,
  declaredAt: epochMsSchema,
})
export type IncidentAlert = z.infer<typeof incidentAlertSchema>

/** What a pinned chart stores: everything needed to draw it again with no source reachable. */
export const chartEvidencePayloadSchema = z.object({
  format: z.literal('firebreak.prometheus-range.v1'),
  sourceName: z.string(),
  query: z.string(),
  startMs: epochMsSchema,
  endMs: epochMsSchema,
  stepMs: z.number(),
  unit: z.enum(UNITS),
  columns: columnsWireSchema,
  warnings: z.array(z.string()),
  pinnedAt: epochMsSchema,
})
export type ChartEvidencePayload = z.infer<typeof chartEvidencePayloadSchema>

const seriesFilter = {
  sourceId: idSchema,
  match: z.array(z.string().max(5000)).max(20).default([]),
  startMs: epochMsSchema.optional(),
  endMs: epochMsSchema.optional(),
}

export const prometheusChannels = {
  /** A range query, answered as columns on the query's time grid. */
  'prometheus.queryRange': { input: rangeInputSchema, output: rangeResultSchema },
  /** Firing and pending alerts, merged with Alertmanager's silenced and inhibited state. */
  'prometheus.alerts': {
    input: z.object({ sourceId: idSchema, alertmanagerId: idSchema.optional() }),
    output: z.object({
      alerts: z.array(alertViewSchema),
      /** Alertmanager could not be read; the Prometheus alerts are still shown. */
      alertmanagerError: z.string().nullable(),
      alertmanagerErrorText: messageSchema.nullable(),
    }),
  },
  /** The alerts incidents were declared from. */
  'prometheus.incidentAlerts': {
    input: z.object({ incidentId: idSchema }),
    output: z.array(incidentAlertSchema),
  },
  // The PromQL editor's autocomplete, through the backend (the renderer has no network access).
  'prometheus.labelNames': { input: z.object(seriesFilter), output: z.array(z.string()) },
  'prometheus.labelValues': {
    input: z.object({ ...seriesFilter, label: z.string().min(1).max(200) }),
    output: z.array(z.string()),
  },
  'prometheus.series': {
    input: z.object({ ...seriesFilter, match: z.array(z.string().max(5000)).min(1).max(20) }),
    output: z.array(labelsSchema),
  },
  'prometheus.metadata': {
    input: z.object({ sourceId: idSchema, limit: z.number().int().min(1).max(100_000).optional() }),
    output: z.record(
      z.string(),
      z.array(z.object({ type: z.string(), help: z.string(), unit: z.string().optional() })),
    ),
  },
  /** Pins a chart: the full result, the picture and a caption, plus a timeline event. */
  'prometheus.pin': {
    input: z.object({
      incidentId: idSchema,
      sourceName: z.string().trim().min(1).max(200),
      query: promqlSchema,
      startMs: epochMsSchema,
      endMs: epochMsSchema,
      stepMs: z.number().positive(),
      unit: z.enum(UNITS).default('none'),
      caption: z.string().trim().max(2000, 'Captions are at most 2,000 characters').default(''),
      columns: columnsWireSchema,
      warnings: z.array(z.string()).default([]),
      pngBase64: z.string().nullable().default(null),
    }),
    output: evidenceItemSchema,
  },
} as const
