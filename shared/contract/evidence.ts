import { z } from 'zod'
import { epochMsSchema, idSchema } from './schemas'

export const EVIDENCE_KINDS = ['chart', 'trace'] as const
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number]

/** What a pinned chart or trace says about itself, shown without loading the payload. */
export const evidenceSummarySchema = z.record(z.string(), z.unknown())

export const evidenceItemSchema = z.object({
  id: idSchema,
  incidentId: idSchema,
  kind: z.enum(EVIDENCE_KINDS),
  caption: z.string(),
  sourceName: z.string(),
  summary: evidenceSummarySchema,
  payloadBytes: z.number(),
  hasPng: z.boolean(),
  createdAt: epochMsSchema,
  updatedAt: epochMsSchema,
})
export type EvidenceItem = z.infer<typeof evidenceItemSchema>

export const captionSchema = z.string().trim().max(2000, 'Captions are at most 2,000 characters')

export const evidenceChannels = {
  'evidence.list': {
    input: z.object({ incidentId: idSchema }),
    output: z.array(evidenceItemSchema),
  },
  /** The stored payload, exactly as pinned: renders with no source reachable. */
  'evidence.get': {
    input: z.object({ id: idSchema }),
    output: evidenceItemSchema.extend({ payload: z.unknown(), pngBase64: z.string().nullable() }),
  },
  'evidence.updateCaption': {
    input: z.object({ id: idSchema, caption: captionSchema }),
    output: evidenceItemSchema,
  },
  'evidence.delete': { input: z.object({ id: idSchema }), output: z.object({ id: idSchema }) },
} as const
