import { z } from 'zod'

/** Chosen by the renderer for a request to a live source, so the user can cancel it. */
export const requestIdSchema = z.string().min(1).max(100).optional()

export const requestChannels = {
  'request.cancel': {
    input: z.object({ requestId: z.string().min(1).max(100) }),
    output: z.object({ cancelled: z.boolean() }),
  },
} as const
