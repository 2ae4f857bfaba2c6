import { z } from 'zod'
import { messageSchema } from '../i18n/message-schema'
import { idSchema } from './schemas'

export const DATA_SOURCE_KINDS = ['prometheus', 'alertmanager', 'jaeger'] as const
export type DataSourceKind = (typeof DATA_SOURCE_KINDS)[number]

const secretInput = z
  .string()
  .max(10_000)
  .optional()
  .describe('undefined keeps the stored secret; an empty string removes it')

export const dataSourceUrlSchema = z
  .string()
  .trim()
  .min(1, 'Enter the URL')
  .max(2000)
  .refine((value) => {
    try {
      return ['http:', 'https:'].includes(new URL(value).protocol)
    } catch {
      return false
    }
  }, 'Enter a full http:// or https:// URL, for example http://prometheus:9090')

const headerNameSchema = z
  .string()
  .trim()
  .regex(/^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/, 'Header names are letters, digits and - only')

export const dataSourceInput = z.object({
  id: idSchema.optional(),
  kind: z.enum(DATA_SOURCE_KINDS),
  name: z.string().trim().min(1, 'Enter a name').max(100),
  url: dataSourceUrlSchema,
  auth: z.discriminatedUnion('type', [
    z.object({ type: z.literal('none') }),
    z.object({ type: z.literal('basic'), username: z.string().max(200), password: secretInput }),
    z.object({ type: z.literal('bearer'), token: secretInput }),
  ]),
  headers: z
    .array(z.object({ name: headerNameSchema, value: secretInput }))
    .max(20)
    .default([]),
  timeoutMs: z
    .number()
    .int()
    .min(1000, 'At least 1 second')
    .max(300_000, 'At most 5 minutes')
    .default(30_000),
})

/** A data source as the UI sees it: never the secret values, only whether they are set. */
export const dataSourceView = z.object({
  id: idSchema,
  kind: z.enum(DATA_SOURCE_KINDS),
  name: z.string(),
  url: z.string(),
  auth: z.discriminatedUnion('type', [
    z.object({ type: z.literal('none') }),
    z.object({ type: z.literal('basic'), username: z.string(), hasPassword: z.boolean() }),
    z.object({ type: z.literal('bearer'), hasToken: z.boolean() }),
  ]),
  headers: z.array(z.object({ name: z.string(), hasValue: z.boolean() })),
  timeoutMs: z.number(),
  createdAt: z.number(),
  updatedAt: z.number(),
})
export type DataSourceView = z.infer<typeof dataSourceView>

export const dataSourceChannels = {
  'datasource.list': { input: z.object({}).default({}), output: z.array(dataSourceView) },
  'datasource.save': { input: dataSourceInput, output: dataSourceView },
  'datasource.delete': { input: z.object({ id: idSchema }), output: z.object({ id: idSchema }) },
  'datasource.test': {
    input: z.object({ id: idSchema }),
    output: z.object({
      ok: z.boolean(),
      /** In English; `text` is the same as a catalogue message, when the app wrote it. */
      message: z.string(),
      text: messageSchema.nullable(),
      version: z.string().optional(),
    }),
  },
  'secrets.info': {
    input: z.object({}).default({}),
    output: z.object({
      protection: z.enum(['os-encryption', 'file-permissions']),
      warning: z.string().nullable(),
      warningText: messageSchema.nullable(),
    }),
  },
} as const
