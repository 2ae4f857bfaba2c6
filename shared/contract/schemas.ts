import { z } from 'zod'
import { INCIDENT_STATUSES, SEVERITIES, TITLE_MAX_LENGTH } from '../domain/incident'
import { TIMELINE_KINDS, TIMELINE_TEXT_MAX_LENGTH } from '../domain/timeline'
import { messageSchema } from '../i18n/message-schema'

// Building blocks shared by several channels' schemas.

export const idSchema = z.string().min(1).max(100)
export const epochMsSchema = z
  .number({ error: 'Enter a valid date and time' })
  .int('Enter a valid date and time')
  .finite('Enter a valid date and time')
export const severitySchema = z.enum(SEVERITIES, {
  error: 'Choose a severity: SEV1, SEV2, SEV3 or SEV4',
})
export const statusSchema = z.enum(INCIDENT_STATUSES)
export const timelineKindSchema = z.enum(TIMELINE_KINDS)

export const titleSchema = z
  .string({ error: 'Enter a title' })
  .trim()
  .min(1, 'Enter a title')
  .max(TITLE_MAX_LENGTH, `Keep the title under ${TITLE_MAX_LENGTH} characters`)

export const servicesSchema = z
  .array(z.string().max(100, 'Service names are at most 100 characters'))
  .max(50, 'At most 50 services')

export const timelineTextSchema = z
  .string()
  .trim()
  .min(1, 'Write something first')
  .max(TIMELINE_TEXT_MAX_LENGTH, `Notes are at most ${TIMELINE_TEXT_MAX_LENGTH} characters`)

export const incidentSchema = z.object({
  id: idSchema,
  title: z.string(),
  severity: severitySchema,
  status: statusSchema,
  services: z.array(z.string()),
  summary: z.string(),
  startedAt: epochMsSchema,
  detectedAt: epochMsSchema.nullable(),
  acknowledgedAt: epochMsSchema.nullable(),
  mitigatedAt: epochMsSchema.nullable(),
  resolvedAt: epochMsSchema.nullable(),
  createdAt: epochMsSchema,
  updatedAt: epochMsSchema,
})

export const timelineEventSchema = z.object({
  id: idSchema,
  incidentId: idSchema,
  occurredAt: epochMsSchema,
  kind: timelineKindSchema,
  text: z.string(),
  message: messageSchema.nullable(),
  author: z.string(),
  source: z.string(),
  createdAt: epochMsSchema,
  updatedAt: epochMsSchema,
  deletedAt: epochMsSchema.nullable(),
})
