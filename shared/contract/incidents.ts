import { z } from 'zod'
import { declaredAlertSchema } from './prometheus'
import {
  epochMsSchema,
  idSchema,
  incidentSchema,
  servicesSchema,
  severitySchema,
  statusSchema,
  titleSchema,
} from './schemas'

export const incidentCreateInput = z.object({
  title: titleSchema,
  severity: severitySchema,
  services: servicesSchema.default([]),
  summary: z.string().max(20_000).default(''),
  startedAt: epochMsSchema.optional(),
  detectedAt: epochMsSchema.optional(),
  /** The runbook to follow (see runbook.list); the default "service-degradation" if omitted. */
  runbookId: idSchema.optional(),
  /** The alert it is declared from: kept with the incident and put on its timeline. */
  alert: declaredAlertSchema.optional(),
})

export const incidentListItemSchema = incidentSchema.pick({
  id: true,
  title: true,
  severity: true,
  status: true,
  services: true,
  startedAt: true,
  resolvedAt: true,
  updatedAt: true,
})

export const incidentChannels = {
  'incident.create': { input: incidentCreateInput, output: incidentSchema },
  'incident.get': { input: z.object({ id: idSchema }), output: incidentSchema },
  'incident.list': {
    input: z.object({
      status: statusSchema.optional(),
      limit: z.number().int().min(1).max(10_000).default(500),
    }),
    output: z.array(incidentListItemSchema),
  },
  'incident.update': {
    input: z.object({
      id: idSchema,
      title: titleSchema.optional(),
      summary: z.string().max(20_000).optional(),
      services: servicesSchema.optional(),
    }),
    output: incidentSchema,
  },
} as const

export type IncidentListItem = z.infer<typeof incidentListItemSchema>
