import { z } from 'zod'
import { epochMsSchema, idSchema, timelineEventSchema, timelineTextSchema } from './schemas'

const authorSchema = z.string().trim().max(100).default('')

export const timelineChannels = {
  'timeline.add': {
    input: z.object({
      incidentId: idSchema,
      text: timelineTextSchema,
      occurredAt: epochMsSchema.optional(),
      author: authorSchema,
    }),
    output: timelineEventSchema,
  },
  'timeline.list': {
    input: z.object({ incidentId: idSchema }),
    output: z.array(timelineEventSchema),
  },
  'timeline.update': {
    input: z.object({
      id: idSchema,
      text: timelineTextSchema.optional(),
      occurredAt: epochMsSchema.optional(),
    }),
    output: timelineEventSchema,
  },
  'timeline.delete': {
    input: z.object({ id: idSchema }),
    output: timelineEventSchema,
  },
  'timeline.restore': {
    input: z.object({ id: idSchema }),
    output: timelineEventSchema,
  },
} as const
