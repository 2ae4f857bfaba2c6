import { z } from 'zod'
import { TRACE_FORMATS } from '../domain/traces/model'
import { messageSchema } from '../i18n/message-schema'
import { captionSchema, evidenceItemSchema } from './evidence'
import { requestIdSchema } from './requests'
import { epochMsSchema, idSchema } from './schemas'
import { parseDurationText, parseTagFilter, type TagPair } from './trace-filters'

export { formatTagFilter, parseDurationText, parseTagFilter, type TagPair } from './trace-filters'

export const JAEGER_APIS = ['v3', 'v1'] as const
export type JaegerApi = (typeof JAEGER_APIS)[number]
const apiSchema = z.enum(JAEGER_APIS)

/** Jaeger caps a search at 1,500 traces; more would not be useful on one screen anyway. */
export const MAX_SEARCH_LIMIT = 1500
/** A file a user can import: 100,000-span traces are tens of MB; Jaeger's own cap is similar. */
export const MAX_IMPORT_CHARS = 200 * 1024 * 1024

const optionalDuration = () =>
  z
    .string()
    .max(50)
    .default('')
    .transform((text, context): number | undefined => {
      if (text.trim() === '') return undefined
      const parsed = parseDurationText(text)
      if ('us' in parsed) return parsed.us
      // The message rides along so a form can word it; its English is the issue's text.
      context.addIssue({ code: 'custom', message: parsed.error, params: { text: parsed.text } })
      return z.NEVER
    })

const tagFilterSchema = z
  .string()
  .max(4000, 'Tags are at most 4,000 characters')
  .default('')
  .transform((text, context): TagPair[] => {
    const parsed = parseTagFilter(text)
    if ('tags' in parsed) return parsed.tags
    context.addIssue({ code: 'custom', message: parsed.error, params: { text: parsed.text } })
    return z.NEVER
  })

export const traceSearchInput = z
  .object({
    sourceId: idSchema,
    service: z.string().trim().min(1, 'Choose a service').max(500),
    operation: z.string().trim().max(500).default(''),
    tags: tagFilterSchema,
    minDuration: optionalDuration(),
    maxDuration: optionalDuration(),
    startMs: epochMsSchema,
    endMs: epochMsSchema,
    limit: z
      .number()
      .int('Enter a whole number')
      .min(1, 'At least 1 trace')
      .max(MAX_SEARCH_LIMIT, `At most ${MAX_SEARCH_LIMIT} traces`)
      .default(20),
    requestId: requestIdSchema,
  })
  .superRefine((input, context) => {
    if (input.endMs <= input.startMs) {
      context.addIssue({ code: 'custom', path: ['endMs'], message: 'End after the start' })
    }
    const { minDuration, maxDuration } = input
    if (minDuration !== undefined && maxDuration !== undefined && maxDuration < minDuration) {
      const message = 'Max duration must be at least the min duration'
      context.addIssue({ code: 'custom', path: ['maxDuration'], message })
    }
  })

const traceIdSchema = z
  .string()
  .trim()
  .min(1, 'Enter a trace ID')
  .max(200, 'Trace IDs are at most 200 characters')
  .regex(/^[^\s/?#%]+$/, 'A trace ID has no spaces or / ? # %')

export const traceServiceCountSchema = z.object({
  name: z.string(),
  spanCount: z.number(),
  errorCount: z.number(),
})

/** One trace in a list: enough to choose it, not the spans. */
export const traceSummarySchema = z.object({
  traceId: z.string(),
  startUs: z.number(),
  durationUs: z.number(),
  spanCount: z.number(),
  errorCount: z.number(),
  rootService: z.string(),
  rootOperation: z.string(),
  services: z.array(traceServiceCountSchema),
})
export type TraceSummary = z.infer<typeof traceSummarySchema>

export const groupTotalsSchema = z.object({
  service: z.string(),
  operation: z.string(),
  count: z.number(),
  totalUs: z.number(),
  selfUs: z.number(),
  maxUs: z.number(),
  errorCount: z.number(),
  criticalUs: z.number(),
})
export type GroupTotals = z.infer<typeof groupTotalsSchema>

export const traceOriginSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('jaeger'),
    sourceId: idSchema,
    sourceName: z.string(),
    api: apiSchema,
  }),
  z.object({ kind: z.literal('file'), fileName: z.string() }),
  z.object({
    kind: z.literal('evidence'),
    evidenceId: idSchema,
    incidentId: idSchema,
    caption: z.string(),
    sourceName: z.string(),
    pinnedAt: epochMsSchema,
  }),
])
export type TraceOrigin = z.infer<typeof traceOriginSchema>

/**
 * Per-span columns, each a base64 typed array (little-endian) indexed by span: the renderer
 * gets a few MB of arrays for a 100,000-span trace instead of the tens of MB of source JSON.
 */
export const TRACE_COLUMN_TYPES = {
  serviceIndex: 'int32',
  operationIndex: 'int32',
  startUs: 'float64',
  durationUs: 'float64',
  parent: 'int32',
  flags: 'uint16',
  depth: 'int32',
  displayOrder: 'int32',
  subtreeSize: 'int32',
  selfUs: 'float64',
  criticalUs: 'float64',
} as const
export type TraceColumnName = keyof typeof TRACE_COLUMN_TYPES
const columnsSchema = z.object(
  Object.fromEntries(Object.keys(TRACE_COLUMN_TYPES).map((name) => [name, z.string()])) as Record<
    TraceColumnName,
    z.ZodString
  >,
)

/** A trace ready for the waterfall: columns, analysis, and a handle for details and pinning. */
export const traceViewSchema = z.object({
  /** Handle of the trace held by the backend (span details, search, pin). */
  viewId: z.string(),
  traceId: z.string(),
  format: z.enum(TRACE_FORMATS),
  origin: traceOriginSchema,
  spanCount: z.number(),
  traceStartUs: z.number(),
  traceDurationUs: z.number(),
  services: z.array(z.string()),
  operations: z.array(z.string()),
  spanIds: z.array(z.string()),
  columns: columnsSchema,
  /** float64 triples [span, startUs, endUs], base64. */
  criticalSegments: z.string(),
  mainRoot: z.number(),
  /** Start times adjusted for clock skew (float64, base64), when any span needed it. */
  adjustedStartUs: z.string().nullable(),
  adjustedSpans: z.number(),
  /** In English; `warningTexts` holds the message of each (null for the source's own words). */
  warnings: z.array(z.string()),
  warningTexts: z.array(messageSchema.nullable()),
  /** Where the time went, in English; `summaryText` is the same as a message. */
  summary: z.string(),
  summaryText: messageSchema,
  errorCount: z.number(),
  byService: z.array(groupTotalsSchema),
  byOperation: z.array(groupTotalsSchema),
  /** Every trace of the payload when it holds several (a file may), this one included. */
  otherTraces: z.array(traceSummarySchema),
})
export type TraceView = z.infer<typeof traceViewSchema>

const tagSchema = z.object({
  key: z.string(),
  type: z.string(),
  value: z.union([z.string(), z.number(), z.boolean()]),
})

export const spanDetailsSchema = z.object({
  index: z.number(),
  spanId: z.string(),
  operation: z.string(),
  service: z.string(),
  startUs: z.number(),
  durationUs: z.number(),
  kind: z.string(),
  tags: z.array(tagSchema),
  logs: z.array(
    z.object({ timestampUs: z.number(), name: z.string(), fields: z.array(tagSchema) }),
  ),
  references: z.array(
    z.object({
      type: z.string(),
      traceId: z.string(),
      spanId: z.string(),
      spanIndex: z.number(),
      attributes: z.array(tagSchema),
    }),
  ),
  process: z
    .object({ serviceName: z.string(), serviceIndex: z.number(), tags: z.array(tagSchema) })
    .optional(),
  scope: z
    .object({ name: z.string(), version: z.string(), attributes: z.array(tagSchema) })
    .optional(),
  statusMessage: z.string(),
  errorReason: z.string().optional(),
  flags: z.array(z.string()),
  warnings: z.array(z.string()),
  warningTexts: z.array(messageSchema.nullable()),
})
export type SpanDetailsView = z.infer<typeof spanDetailsSchema>

const viewInput = z.object({ viewId: z.string().min(1).max(200) })

export const traceChannels = {
  'traces.services': {
    input: z.object({ sourceId: idSchema, requestId: requestIdSchema }),
    output: z.object({ api: apiSchema, services: z.array(z.string()) }),
  },
  'traces.operations': {
    input: z.object({
      sourceId: idSchema,
      service: z.string().trim().min(1).max(500),
      requestId: requestIdSchema,
    }),
    output: z.object({
      api: apiSchema,
      operations: z.array(z.object({ name: z.string(), spanKind: z.string() })),
    }),
  },
  /** Summaries of the matching traces, newest first. */
  'traces.search': {
    input: traceSearchInput,
    output: z.object({
      api: apiSchema,
      traces: z.array(traceSummarySchema),
      /** What the user should know about the answer (limit reached, filters applied here). */
      notes: z.array(z.string()),
      noteTexts: z.array(messageSchema.nullable()),
    }),
  },
  'traces.get': {
    input: z.object({ sourceId: idSchema, traceId: traceIdSchema, requestId: requestIdSchema }),
    output: traceViewSchema,
  },
  /** A trace file's text: Jaeger UI download, /api/traces answer, trace object, OTLP, NDJSON. */
  'traces.import': {
    input: z.object({
      content: z.string().max(MAX_IMPORT_CHARS, 'The file is over 200 MB'),
      fileName: z.string().trim().max(500).default('trace file'),
    }),
    output: traceViewSchema,
  },
  /** A trace still open in the backend (an import, after a reload of the page). */
  'traces.view': { input: viewInput, output: traceViewSchema },
  /** Another trace of the same payload (a file holding several traces). */
  'traces.openOther': {
    input: viewInput.extend({ traceId: z.string().min(1).max(200) }),
    output: traceViewSchema,
  },
  /** A pinned trace, from the incident's own storage: no Jaeger needed. */
  'traces.openPinned': { input: z.object({ evidenceId: idSchema }), output: traceViewSchema },
  'traces.spanDetails': {
    input: viewInput.extend({ span: z.number().int().min(0) }),
    output: spanDetailsSchema,
  },
  /** Spans whose tags, logs, IDs or names contain the text (case-insensitive). */
  'traces.findSpans': {
    input: viewInput.extend({ text: z.string().trim().min(1).max(500) }),
    output: z.object({ spans: z.array(z.number()) }),
  },
  'traces.pin': {
    input: viewInput.extend({ incidentId: idSchema, caption: captionSchema.default('') }),
    output: evidenceItemSchema,
  },
} as const
export type TraceChannel = keyof typeof traceChannels
