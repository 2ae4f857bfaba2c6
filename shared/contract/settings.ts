import { z } from 'zod'

export const THEMES = ['light', 'dark', 'system'] as const
export const TIME_ZONES = ['utc', 'local'] as const
/** The languages the UI has catalogues for. */
export const LANGUAGES = ['en', 'pt-BR'] as const
// "system" follows the operating system's (or browser's) language.
export const LANGUAGE_CHOICES = ['system', ...LANGUAGES] as const

export const settingsSchema = z.object({
  theme: z.enum(THEMES),
  timeZone: z.enum(TIME_ZONES),
  authorName: z.string().max(100),
  language: z.enum(LANGUAGE_CHOICES),
})
export type Settings = z.infer<typeof settingsSchema>

export const DEFAULT_SETTINGS: Settings = {
  theme: 'system',
  timeZone: 'utc',
  authorName: '',
  language: 'system',
}

export const settingsChannels = {
  'settings.get': { input: z.object({}).default({}), output: settingsSchema },
  'settings.update': { input: settingsSchema.partial(), output: settingsSchema },
  'app.info': {
    input: z.object({}).default({}),
    output: z.object({
      version: z.string(),
      dataDir: z.string(),
      databasePath: z.string(),
      mode: z.enum(['electron', 'browser']),
    }),
  },
} as const
