import { z } from 'zod'
import { epochMsSchema, idSchema } from './schemas'

// Review of one incident: comments on its timeline events, kept on this machine, optionally
// added to the exported postmortem as an appendix.

export const REVIEW_COMMENT_MAX_LENGTH = 5_000

export const reviewCommentSchema = z.object({
  id: idSchema,
  incidentId: idSchema,
  eventId: idSchema,
  text: z.string(),
  author: z.string(),
  createdAt: epochMsSchema,
  updatedAt: epochMsSchema,
})
export type ReviewComment = z.infer<typeof reviewCommentSchema>

const commentText = z
  .string()
  .trim()
  .min(1, 'Write a comment first')
  .max(REVIEW_COMMENT_MAX_LENGTH, `Comments are at most ${REVIEW_COMMENT_MAX_LENGTH} characters`)

export const reviewChannels = {
  'review.comments': {
    input: z.object({ incidentId: idSchema }),
    output: z.array(reviewCommentSchema),
  },
  /** The author defaults to the name in Settings. */
  'review.addComment': {
    input: z.object({
      incidentId: idSchema,
      eventId: idSchema,
      text: commentText,
      author: z.string().trim().max(100).optional(),
    }),
    output: reviewCommentSchema,
  },
  'review.updateComment': {
    input: z.object({ id: idSchema, text: commentText }),
    output: reviewCommentSchema,
  },
  'review.deleteComment': {
    input: z.object({ id: idSchema }),
    output: z.object({ id: idSchema }),
  },
  /** The comments as a Markdown appendix for the postmortem ('' when there are none). */
  'review.appendix': {
    input: z.object({ incidentId: idSchema }),
    output: z.object({ markdown: z.string(), comments: z.number().int() }),
  },
} as const
