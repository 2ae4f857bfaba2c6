import { z } from 'zod'
import { messageSchema } from '../i18n/message-schema'

export const backupInfoSchema = z.object({
  file: z.string(),
  createdAt: z.number(),
  reason: z.string(),
  sizeBytes: z.number(),
  incidentCount: z.number().nullable(),
  good: z.boolean(),
})
export type BackupInfoView = z.infer<typeof backupInfoSchema>

const empty = z.object({}).default({})

/** Channels that work even when the database is damaged (the recovery screen needs them). */
export const maintenanceChannels = {
  'recovery.status': {
    input: empty,
    output: z.object({
      needed: z.boolean(),
      problem: z.string().nullable(),
      /** The same as a catalogue message, for the reader's language. */
      problemText: messageSchema.optional(),
      /** The start-up integrity check is still running: ask again, recovery may yet be needed. */
      checking: z.boolean(),
    }),
  },
  'backup.list': { input: empty, output: z.array(backupInfoSchema) },
  'backup.create': { input: empty, output: z.object({ file: z.string() }) },
  'backup.restore': {
    input: z.object({ file: z.string().min(1).max(200) }),
    output: z.object({ keptAside: z.string() }),
  },
  'database.check': {
    input: z.object({ full: z.boolean().default(false) }),
    output: z.object({ ok: z.boolean(), messages: z.array(z.string()) }),
  },
} as const

export type MaintenanceChannel = keyof typeof maintenanceChannels
