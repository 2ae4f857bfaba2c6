import { z } from 'zod'
import type { WireMessage } from './messages'

// Apart from messages.ts so code that only writes messages (the trace import worker) does not
// pull zod in.

/** Checks a message from the bridge, a file or the database; the key is checked when worded. */
export const messageSchema: z.ZodType<WireMessage> = z.object({
  key: z.string().min(1).max(200),
  params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
})
