import { z } from 'zod'
import { idSchema } from './schemas'

// The shipped sample incident: loaded on request from the welcome screen, shown with a badge,
// and deleted like any throwaway data. Real incidents are records and cannot be deleted.

export const sampleStatusSchema = z.object({
  /** Incidents that are the sample (normally none or one). */
  incidentIds: z.array(idSchema),
})
export type SampleStatus = z.infer<typeof sampleStatusSchema>

export const sampleChannels = {
  'sample.status': { input: z.object({}).default({}), output: sampleStatusSchema },
  /** Writes the sample incident in one transaction, or returns the one already loaded. */
  'sample.load': {
    input: z.object({}).default({}),
    output: z.object({ incidentId: idSchema, created: z.boolean() }),
  },
  /**
   * Deletes an incident with everything recorded on it. Only the sample: a real incident is a
   * record of what happened, so deleting one is refused and nothing changes.
   */
  'incident.delete': {
    input: z.object({ id: idSchema }),
    output: z.object({ id: idSchema }),
  },
} as const
