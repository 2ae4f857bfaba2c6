import { z } from 'zod'
import { POSTMORTEM_STATUSES } from '../domain/postmortem/model'
import { messageSchema } from '../i18n/message-schema'
import { epochMsSchema, idSchema, severitySchema, statusSchema } from './schemas'

// The incident library: every incident (local and synced from the shared archive), full-text
// search with highlighted snippets, filters, sorting, and similar past incidents.

export const LIBRARY_SOURCES = [
  'title',
  'summary',
  'postmortem',
  'hypothesis',
  'evidence',
  'timeline',
] as const
export type LibrarySourceName = (typeof LIBRARY_SOURCES)[number]

export const LIBRARY_SORTS = ['relevance', 'newest', 'oldest', 'severity', 'longest'] as const
export type LibrarySort = (typeof LIBRARY_SORTS)[number]

export const LIBRARY_PAGE_SIZE = 50

/**
 * Highlighted text as plain pieces: the UI renders each as text (a hit in <mark>), so nothing
 * the user typed or stored is ever interpreted as HTML.
 */
export const textSegmentsSchema = z.array(z.object({ text: z.string(), hit: z.boolean() }))
export type TextSegments = z.infer<typeof textSegmentsSchema>

export const libraryFiltersSchema = z.object({
  severities: z.array(severitySchema).max(4).default([]),
  statuses: z.array(statusSchema).max(10).default([]),
  service: z.string().trim().max(100).default(''),
  tag: z.string().trim().max(50).default(''),
  /** Incidents that started at or after this time. */
  from: epochMsSchema.nullable().default(null),
  /** Incidents that started before this time. */
  to: epochMsSchema.nullable().default(null),
  origin: z.enum(['all', 'local', 'archive']).default('all'),
})
export type LibraryFilters = z.output<typeof libraryFiltersSchema>

export const archiveOriginSchema = z.object({
  /** The bundle's path inside the archive folder, e.g. "2024/05/db-failover-1a2b3c4d/incident.firebreak-bundle.zip". */
  path: z.string(),
  syncedAt: epochMsSchema,
})
export type ArchiveOrigin = z.infer<typeof archiveOriginSchema>

export const libraryItemSchema = z.object({
  id: idSchema,
  title: z.string(),
  severity: severitySchema,
  status: statusSchema,
  services: z.array(z.string()),
  tags: z.array(z.string()),
  startedAt: epochMsSchema,
  resolvedAt: epochMsSchema.nullable(),
  postmortemStatus: z.enum(POSTMORTEM_STATUSES).nullable(),
  /** Set for read-only incidents synced from the shared archive. */
  origin: archiveOriginSchema.nullable(),
  /** The shipped sample incident (shown with a badge), not a real record. */
  sample: z.boolean(),
  /** The title with the search words marked; null when not searching or not matched there. */
  titleHighlight: textSegmentsSchema.nullable(),
  /** The best matching passage outside the title. */
  snippet: z.object({ source: z.enum(LIBRARY_SOURCES), segments: textSegmentsSchema }).nullable(),
  /** Where the search words were found. */
  matchedIn: z.array(z.enum(LIBRARY_SOURCES)),
})
export type LibraryItem = z.infer<typeof libraryItemSchema>

export const librarySearchInput = z.object({
  query: z.string().max(500, 'Searches are at most 500 characters').default(''),
  filters: libraryFiltersSchema.default(() => libraryFiltersSchema.parse({})),
  /** Relevance only applies while searching; without words it means newest first. */
  sort: z.enum(LIBRARY_SORTS).default('relevance'),
  offset: z.number().int().min(0).default(0),
  limit: z.number().int().min(1).max(200).default(LIBRARY_PAGE_SIZE),
})
export type LibrarySearchInput = z.input<typeof librarySearchInput>

export const similarIncidentSchema = z.object({
  id: idSchema,
  title: z.string(),
  severity: severitySchema,
  status: statusSchema,
  startedAt: epochMsSchema,
  postmortemStatus: z.enum(POSTMORTEM_STATUSES).nullable(),
  origin: archiveOriginSchema.nullable(),
  /** Why it is suggested: "Same service: checkout", "Same alert: HighErrorRate", "Similar words: …" */
  reasons: z.array(z.string()),
  /** The same reasons as catalogue messages, worded in the user's language by the UI. */
  reasonTexts: z.array(messageSchema),
})
export type SimilarIncident = z.infer<typeof similarIncidentSchema>

export const libraryChannels = {
  'library.search': {
    input: librarySearchInput,
    output: z.object({
      items: z.array(libraryItemSchema),
      /** Incidents matching words and filters, over all pages. */
      total: z.number().int(),
      /** The words searched for, as understood (empty when listing). */
      terms: z.array(z.string()),
    }),
  },
  /** Values the filters can offer: every service and tag in the library. */
  'library.facets': {
    input: z.object({}).default({}),
    output: z.object({ services: z.array(z.string()), tags: z.array(z.string()) }),
  },
  /** Past incidents like this one: same service or alert, similar words. */
  'library.similar': {
    input: z.object({ incidentId: idSchema, limit: z.number().int().min(1).max(20).default(5) }),
    output: z.array(similarIncidentSchema),
  },
} as const
