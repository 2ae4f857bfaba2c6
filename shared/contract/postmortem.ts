import { z } from 'zod'
import {
  ACTION_ITEM_PRIORITIES,
  ACTION_ITEM_STATUSES,
  ACTION_ITEM_TYPES,
  actionItemFieldsSchema,
  POSTMORTEM_STATUSES,
} from '../domain/postmortem/model'
import {
  DEFAULT_REDACTION,
  MAX_CUSTOM_PATTERNS,
  MAX_PATTERN_LENGTH,
  REDACTION_RULES,
} from '../domain/postmortem/redact'
import {
  PART_ORDER,
  SECTION_KEYS,
  sectionSchemas,
  type PartKey,
  type SectionKey,
} from '../domain/postmortem/sections'
import { messageSchema } from '../i18n/message-schema'
import { epochMsSchema, idSchema } from './schemas'

// Postmortem channels: the document and its sections (autosave), review status, templates,
// Markdown export with redaction, action items, and whole-incident bundles.

export const postmortemStatusSchema = z.enum(POSTMORTEM_STATUSES)
export const sectionKeySchema = z.enum(SECTION_KEYS as [SectionKey, ...SectionKey[]])
export const partKeySchema = z.enum(PART_ORDER as [PartKey, ...PartKey[]])
export const sectionsSchema = z.object(sectionSchemas)

type SectionVariant<Extra extends z.ZodRawShape> = {
  [K in SectionKey]: z.ZodObject<
    Extra & { section: z.ZodLiteral<K>; value: (typeof sectionSchemas)[K] }
  >
}[SectionKey]

/** One variant per section, so a caller's value is typed by the section it names. */
function sectionUnion<Extra extends z.ZodRawShape>(extra: Extra) {
  const variants = SECTION_KEYS.map((key) =>
    z.object({ ...extra, section: z.literal(key), value: sectionSchemas[key] }),
  ) as unknown as [SectionVariant<Extra>, ...SectionVariant<Extra>[]]
  return z.discriminatedUnion('section', variants)
}

/** { section: 'summary', value: string } | { section: 'impact', value: {...} } | ... */
export const sectionValueSchema = sectionUnion({})

export const actionItemSchema = z.object({
  id: idSchema,
  incidentId: idSchema,
  title: z.string(),
  owner: z.string(),
  dueDate: z.string().nullable(),
  priority: z.enum(ACTION_ITEM_PRIORITIES),
  type: z.enum(ACTION_ITEM_TYPES),
  status: z.enum(ACTION_ITEM_STATUSES),
  ticketUrl: z.string(),
  position: z.number().int(),
  createdAt: epochMsSchema,
  updatedAt: epochMsSchema,
  completedAt: epochMsSchema.nullable(),
})

export type ActionItem = z.infer<typeof actionItemSchema>

export const postmortemViewSchema = z.object({
  postmortem: z.object({
    incidentId: idSchema,
    status: postmortemStatusSchema,
    templateId: z.string(),
    createdAt: epochMsSchema,
    updatedAt: epochMsSchema,
    statusChangedAt: epochMsSchema,
  }),
  sections: sectionsSchema,
  actionItems: z.array(actionItemSchema),
  template: z.object({ id: z.string(), name: z.string(), found: z.boolean() }),
  /** The parts the chosen template shows, in editor order. */
  parts: z.array(partKeySchema),
  /** Of those, the ones the author has not written yet. */
  emptyParts: z.array(partKeySchema),
  /** False once reviewed or published: move it back to In review or Draft to edit. */
  editable: z.boolean(),
  allowedStatuses: z.array(postmortemStatusSchema),
})
export type PostmortemView = z.infer<typeof postmortemViewSchema>

export const redactionOptionsSchema = z.object({
  emails: z.boolean().default(DEFAULT_REDACTION.emails),
  ipAddresses: z.boolean().default(DEFAULT_REDACTION.ipAddresses),
  secrets: z.boolean().default(DEFAULT_REDACTION.secrets),
  customPatterns: z
    .array(
      z.string().max(MAX_PATTERN_LENGTH, `Patterns are at most ${MAX_PATTERN_LENGTH} characters`),
    )
    .max(MAX_CUSTOM_PATTERNS, `At most ${MAX_CUSTOM_PATTERNS} patterns`)
    .default([]),
})

const exportInput = z.object({
  incidentId: idSchema,
  redaction: redactionOptionsSchema.default(() => redactionOptionsSchema.parse({})),
})

/** The Markdown file itself: the review comments may follow it as an appendix. */
const markdownExportInput = exportInput.extend({
  includeReviewComments: z.boolean().default(false),
})

const templateSummarySchema = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string(),
  language: z.string(),
  origin: z.enum(['shipped', 'user']),
  parts: z.array(partKeySchema),
})

const templateErrorSchema = z.object({
  file: z.string(),
  origin: z.enum(['shipped', 'user']),
  /** "Line 7: Unknown placeholder {{titel}}" */
  message: z.string(),
  /** The problem without its line, as a catalogue message for the reader's language. */
  text: messageSchema.optional(),
  line: z.number().int().nullable(),
  placeholder: z.string().nullable(),
})

const actionItemChanges = actionItemFieldsSchema.partial().extend({
  position: z.number().int().min(0).optional(),
})

const base64Schema = z.string().max(70 * 1024 * 1024, 'The file is over 50 MB')

/**
 * `detail.info` of a bundle import's refusal: the backend checked everything first and its
 * message already says that nothing was imported.
 */
export const BUNDLE_NOTHING_IMPORTED = 'nothing_imported'

const tableCountsSchema = z.record(
  z.string(),
  z.object({ created: z.number(), updated: z.number(), unchanged: z.number() }),
)

export const postmortemChannels = {
  /** The postmortem, created and prefilled from the incident on first open. */
  'postmortem.get': { input: z.object({ incidentId: idSchema }), output: postmortemViewSchema },
  /** Autosave: writes one section, last write wins; no timeline event. */
  'postmortem.updateSection': {
    input: sectionUnion({ incidentId: idSchema }),
    output: z.object({
      incidentId: idSchema,
      section: sectionKeySchema,
      updatedAt: epochMsSchema,
      empty: z.boolean(),
    }),
  },
  /** Replaces one section with what the incident says now (timeline, hypotheses, evidence...). */
  'postmortem.regenerateSection': {
    input: z.object({ incidentId: idSchema, section: sectionKeySchema }),
    output: sectionValueSchema,
  },
  /**
   * Moves review on (recorded on the timeline). Moving to In review with empty sections is
   * refused with code "conflict", detail.info "empty_sections" and detail.fields naming each
   * empty part; allowEmptySections: true sends it anyway.
   */
  'postmortem.setStatus': {
    input: z.object({
      incidentId: idSchema,
      status: postmortemStatusSchema,
      allowEmptySections: z.boolean().default(false),
    }),
    output: postmortemViewSchema,
  },
  'postmortem.setTemplate': {
    input: z.object({ incidentId: idSchema, templateId: z.string().min(1).max(100) }),
    output: postmortemViewSchema,
  },
  /** Shipped and user templates, and the files that failed to load with line and placeholder. */
  'postmortem.listTemplates': {
    input: z.object({}).default({}),
    output: z.object({
      templates: z.array(templateSummarySchema),
      errors: z.array(templateErrorSchema),
    }),
  },
  /** The exported file's text (preview, "Copy as Markdown", browser download). */
  'postmortem.renderMarkdown': {
    input: markdownExportInput,
    output: z.object({
      fileName: z.string(),
      markdown: z.string(),
      /** Without front matter: what a preview renders. */
      body: z.string(),
      evidenceDir: z.string(),
      evidenceFiles: z.array(z.string()),
    }),
  },
  /** What redaction would remove, before exporting. */
  'postmortem.redactionPreview': {
    input: exportInput,
    output: z.object({
      total: z.number(),
      byRule: z.partialRecord(z.enum(REDACTION_RULES), z.number()),
      findings: z.array(
        z.object({ rule: z.enum(REDACTION_RULES), text: z.string(), where: z.string() }),
      ),
      /** True when findings lists only the first of them. */
      truncated: z.boolean(),
      /** What redaction cannot reach, as codes the UI words in its language. */
      notes: z.array(z.enum(['chart_images_not_redacted'])),
    }),
  },
  /** Desktop: writes <date>-<slug>.md and <slug>-evidence/ into a folder the save dialog chose. */
  'postmortem.exportToFolder': {
    input: markdownExportInput,
    /** null when the user cancelled the folder dialog. */
    output: z
      .object({
        markdownPath: z.string(),
        evidenceDir: z.string().nullable(),
        files: z.array(z.string()),
      })
      .nullable(),
  },
  /** Browser mode: the evidence folder as one zip, base64. */
  'postmortem.evidenceZip': {
    input: exportInput,
    output: z.object({
      fileName: z.string(),
      base64: z.string(),
      bytes: z.number(),
      files: z.number(),
    }),
  },
  'actionItem.list': {
    input: z.object({ incidentId: idSchema }),
    output: z.array(actionItemSchema),
  },
  'actionItem.add': {
    input: actionItemFieldsSchema.extend({
      incidentId: idSchema,
      owner: actionItemFieldsSchema.shape.owner.default(''),
      dueDate: actionItemFieldsSchema.shape.dueDate.default(null),
      priority: actionItemFieldsSchema.shape.priority.default('P2'),
      type: actionItemFieldsSchema.shape.type.default('prevent'),
      status: actionItemFieldsSchema.shape.status.default('open'),
      ticketUrl: actionItemFieldsSchema.shape.ticketUrl.default(''),
    }),
    output: actionItemSchema,
  },
  /** Only the fields given change; position moves it in the list. */
  'actionItem.update': {
    input: actionItemChanges.extend({ id: idSchema }),
    output: actionItemSchema,
  },
  'actionItem.delete': { input: z.object({ id: idSchema }), output: z.object({ id: idSchema }) },
  /** The whole incident as one versioned zip of JSON (never data-source credentials). */
  'bundle.export': {
    input: z.object({ incidentId: idSchema }),
    output: z.object({ fileName: z.string(), base64: z.string(), bytes: z.number() }),
  },
  /** Validates everything, then writes in one transaction; the same bundle twice creates nothing new. */
  'bundle.import': {
    input: z.object({ base64: base64Schema }),
    output: z.object({
      incidentId: idSchema,
      outcome: z.enum(['created', 'updated', 'unchanged']),
      tables: tableCountsSchema,
    }),
  },
} as const

export type TemplateSummary = z.infer<typeof templateSummarySchema>
export type TemplateLoadError = z.infer<typeof templateErrorSchema>
export type RedactionPreview = z.infer<
  (typeof postmortemChannels)['postmortem.redactionPreview']['output']
>
export type BundleImportResult = z.infer<(typeof postmortemChannels)['bundle.import']['output']>
