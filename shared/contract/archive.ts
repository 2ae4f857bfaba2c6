import { z } from 'zod'
import { messageSchema } from '../i18n/message-schema'
import { epochMsSchema, idSchema } from './schemas'

// The shared archive: a folder (a git working copy the team shares) holding published
// postmortems and incident bundles as YYYY/MM/<slug>/. Publishing writes there; syncing reads
// every bundle back into the library as read-only incidents. Git runs on the user's behalf with
// no server of ours.

export const ARCHIVE_GIT_ACTIONS = ['status', 'commit', 'pull', 'push'] as const
export type ArchiveGitAction = (typeof ARCHIVE_GIT_ACTIONS)[number]

export const archiveStatusSchema = z.object({
  /** The chosen folder, absolute; null until one is chosen. */
  folder: z.string().nullable(),
  /** The folder is inside a git working copy. */
  isGitRepository: z.boolean(),
  /** `git` can be run on this machine. */
  gitAvailable: z.boolean(),
  /** Why the folder cannot be used now (moved, deleted...), or null. */
  problem: z.string().nullable(),
  /** The same as a catalogue message, for the reader's language. */
  problemText: messageSchema.optional(),
  lastSyncAt: epochMsSchema.nullable(),
  /** Incidents in the library that came from the archive. */
  syncedIncidents: z.number().int(),
  /** Local incidents published to it. */
  publishedIncidents: z.number().int(),
})
export type ArchiveStatus = z.infer<typeof archiveStatusSchema>

export const syncReportSchema = z.object({
  added: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
  removed: z.number().int(),
  /** Bundles not read, with the reason (e.g. the incident was published from this machine). */
  skipped: z.array(
    z.object({ path: z.string(), reason: z.string(), reasonText: messageSchema.optional() }),
  ),
  /**
   * Bundles that could not be read, with what is wrong (as a catalogue message too, unless it is
   * the system's own error text); the rest were still synced.
   */
  failed: z.array(
    z.object({ path: z.string(), message: z.string(), text: messageSchema.optional() }),
  ),
})
export type SyncReport = z.infer<typeof syncReportSchema>

export const gitResultSchema = z.object({
  /** The command as run, e.g. "git pull --ff-only". */
  command: z.string(),
  exitCode: z.number().int().nullable(),
  stdout: z.string(),
  stderr: z.string(),
  /** True when it was stopped for taking too long. */
  timedOut: z.boolean(),
  /**
   * What Firebreak itself added to the output (in English at the end of stdout or stderr):
   * "Nothing to commit…", "Stopped after 60 s.", for the reader's language.
   */
  note: messageSchema.optional(),
})
export type GitResult = z.infer<typeof gitResultSchema>

export const archiveChannels = {
  'archive.status': { input: z.object({}).default({}), output: archiveStatusSchema },
  /** Chooses the folder: it must exist, be writable, and be a git working copy when git is here. */
  'archive.setFolder': {
    input: z.object({ folder: z.string().trim().min(1, 'Enter a folder').max(4096) }),
    output: archiveStatusSchema,
  },
  'archive.clearFolder': { input: z.object({}).default({}), output: archiveStatusSchema },
  /** Writes YYYY/MM/<slug>/postmortem.md and incident.firebreak-bundle.zip for the incident. */
  'archive.publish': {
    input: z.object({
      incidentId: idSchema,
      /** Add the review comments to the postmortem as an appendix. */
      includeReviewComments: z.boolean().default(false),
    }),
    output: z.object({
      /** The incident's folder, relative to the archive. */
      dir: z.string(),
      /** Files written or rewritten, relative to the archive. */
      written: z.array(z.string()),
      /** Files already identical, left alone (so git sees no change). */
      unchanged: z.array(z.string()),
    }),
  },
  /** Reads every bundle of the archive into the library; changed files are read again. */
  'archive.sync': { input: z.object({}).default({}), output: syncReportSchema },
  /** Where an incident came from, when it was synced from the archive. */
  'archive.origin': {
    input: z.object({ incidentId: idSchema }),
    output: z
      .object({ path: z.string(), syncedAt: epochMsSchema, folder: z.string().nullable() })
      .nullable(),
  },
  /** Runs git in the archive folder: status, commit (everything, with the message), pull, push. */
  'archive.git': {
    input: z.object({
      action: z.enum(ARCHIVE_GIT_ACTIONS),
      message: z.string().trim().max(500).default(''),
    }),
    output: gitResultSchema,
  },
} as const
