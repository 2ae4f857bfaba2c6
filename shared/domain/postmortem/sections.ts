import { z } from 'zod'

// The written parts of a postmortem, each stored as one JSON value so autosave writes one small
// row. Templates decide which sections appear in a document; the editor shows them all.
// Times inside sections are durations in milliseconds (null when unknown); Markdown fields are
// the author's Markdown, escaped only when rendered.

export const MARKDOWN_MAX_LENGTH = 100_000
const SHORT_MAX_LENGTH = 500

const markdown = z
  .string()
  .max(
    MARKDOWN_MAX_LENGTH,
    `Keep this under ${MARKDOWN_MAX_LENGTH.toLocaleString('en')} characters`,
  )
const short = z.string().max(SHORT_MAX_LENGTH, `Keep this under ${SHORT_MAX_LENGTH} characters`)
const durationMs = z.number().int().nonnegative().nullable()

export const FIVE_WHYS_COUNT = 5

export const sectionSchemas = {
  title: z.string().trim().min(1, 'Give the postmortem a title').max(200),
  summary: markdown,
  impact: z.object({
    /** How long users were affected; starts as started -> resolved. */
    durationMs,
    affectedServices: z.array(short).max(50),
    usersAffected: short,
    /** Percent of the error budget consumed, when known. */
    sloBudgetConsumedPercent: z.number().nonnegative().max(100_000).nullable(),
    description: markdown,
  }),
  detection: z.object({ how: markdown, timeToDetectMs: durationMs }),
  response: z.object({
    timeToAcknowledgeMs: durationMs,
    timeToMitigateMs: durationMs,
    notes: markdown,
  }),
  recovery: z.object({ timeToResolveMs: durationMs, notes: markdown }),
  /** Generated from the incident's timeline; the author picks the key events. */
  timeline: z.object({
    show: z.enum(['key', 'all']),
    keyEventIds: z.array(z.string().max(100)).max(10_000),
  }),
  rootCause: z.object({ rootCause: markdown, trigger: markdown }),
  contributingFactors: markdown,
  fiveWhys: z
    .array(z.object({ why: markdown, because: markdown }))
    .length(FIVE_WHYS_COUNT, `Exactly ${FIVE_WHYS_COUNT} why / because pairs`),
  hypothesesRuledOut: z
    .array(
      z.object({ hypothesisId: z.string().max(100).nullable(), text: markdown, reason: markdown }),
    )
    .max(500),
  wentWell: markdown,
  wentWrong: markdown,
  gotLucky: markdown,
  lessonsLearned: markdown,
  evidence: z.array(z.object({ evidenceId: z.string().max(100), caption: short })).max(500),
  communication: z.object({ internal: markdown, external: markdown }),
  documentation: markdown,
  conclusion: markdown,
  /** Free labels for the library's filters, exported in the front matter. */
  tags: z.array(z.string().trim().min(1).max(50)).max(30),
} as const

export type SectionKey = keyof typeof sectionSchemas
export type PostmortemSections = { [K in SectionKey]: z.infer<(typeof sectionSchemas)[K]> }
export const SECTION_KEYS = Object.keys(sectionSchemas) as SectionKey[]
/** Any section's value. */
export type SectionValue = PostmortemSections[SectionKey]
/** A section and its value, typed together: { section: 'summary', value: string } | ... */
export type SectionEntry = {
  [K in SectionKey]: { section: K; value: PostmortemSections[K] }
}[SectionKey]

/** One section of a postmortem as an entry. */
export function sectionEntry(sections: PostmortemSections, section: SectionKey): SectionEntry {
  // The lookup is correct by construction; TypeScript cannot correlate key and value here.
  return { section, value: sections[section] } as SectionEntry
}

/**
 * Not a stored section, but a part of the document the editor and the empty-section check know
 * about: its content is the action item rows.
 */
export const ACTION_ITEMS_PART = 'actionItems'
export type PartKey = SectionKey | typeof ACTION_ITEMS_PART

export const PART_LABELS: Record<PartKey, string> = {
  title: 'Title',
  summary: 'Summary',
  impact: 'Impact',
  detection: 'Detection',
  response: 'Response',
  recovery: 'Recovery',
  timeline: 'Timeline',
  rootCause: 'Root cause and trigger',
  contributingFactors: 'Contributing factors',
  fiveWhys: 'Five whys',
  hypothesesRuledOut: 'Hypotheses ruled out',
  wentWell: 'What went well',
  wentWrong: 'What went wrong',
  gotLucky: 'Where we got lucky',
  actionItems: 'Action items',
  lessonsLearned: 'Lessons learned',
  evidence: 'Supporting evidence',
  communication: 'Communication',
  documentation: 'Documentation',
  conclusion: 'Conclusion',
  tags: 'Tags',
}

/** Editor order: the order a reader of the document meets them. */
export const PART_ORDER: readonly PartKey[] = [
  'title',
  'summary',
  'impact',
  'detection',
  'response',
  'recovery',
  'timeline',
  'rootCause',
  'contributingFactors',
  'fiveWhys',
  'hypothesesRuledOut',
  'wentWell',
  'wentWrong',
  'gotLucky',
  'actionItems',
  'lessonsLearned',
  'evidence',
  'communication',
  'documentation',
  'conclusion',
  'tags',
]

const blank = (text: string) => text.trim() === ''

/**
 * Whether the author still has to write this section. Machine-filled figures (durations,
 * services) do not count as written: a section is empty until it says something in words or
 * lists something.
 */
export function isSectionEmpty(key: SectionKey, value: SectionValue): boolean {
  const v = value
  switch (key) {
    case 'impact': {
      const impact = v as PostmortemSections['impact']
      return blank(impact.usersAffected) && blank(impact.description)
    }
    case 'detection':
      return blank((v as PostmortemSections['detection']).how)
    case 'response':
      return blank((v as PostmortemSections['response']).notes)
    case 'recovery':
      return blank((v as PostmortemSections['recovery']).notes)
    case 'timeline':
      return (v as PostmortemSections['timeline']).keyEventIds.length === 0
    case 'rootCause': {
      const cause = v as PostmortemSections['rootCause']
      return blank(cause.rootCause) && blank(cause.trigger)
    }
    case 'fiveWhys':
      return (v as PostmortemSections['fiveWhys']).every((w) => blank(w.why) && blank(w.because))
    case 'communication': {
      const c = v as PostmortemSections['communication']
      return blank(c.internal) && blank(c.external)
    }
    default:
      if (typeof v === 'string') return blank(v)
      if (Array.isArray(v)) return v.length === 0
      return false
  }
}

export function emptyFiveWhys(): PostmortemSections['fiveWhys'] {
  return Array.from({ length: FIVE_WHYS_COUNT }, () => ({ why: '', because: '' }))
}

/** A stored value that no longer fits its schema (hand-edited, older app) falls back to this. */
export function blankSections(title: string): PostmortemSections {
  return {
    title,
    summary: '',
    impact: {
      durationMs: null,
      affectedServices: [],
      usersAffected: '',
      sloBudgetConsumedPercent: null,
      description: '',
    },
    detection: { how: '', timeToDetectMs: null },
    response: { timeToAcknowledgeMs: null, timeToMitigateMs: null, notes: '' },
    recovery: { timeToResolveMs: null, notes: '' },
    timeline: { show: 'key', keyEventIds: [] },
    rootCause: { rootCause: '', trigger: '' },
    contributingFactors: '',
    fiveWhys: emptyFiveWhys(),
    hypothesesRuledOut: [],
    wentWell: '',
    wentWrong: '',
    gotLucky: '',
    lessonsLearned: '',
    evidence: [],
    communication: { internal: '', external: '' },
    documentation: '',
    conclusion: '',
    tags: [],
  }
}

/** Validates one section's value; the message names the section. */
export function parseSectionValue<K extends SectionKey>(
  key: K,
  value: unknown,
): { ok: true; value: PostmortemSections[K] } | { ok: false; message: string; path: string } {
  const parsed = sectionSchemas[key].safeParse(value)
  if (parsed.success) return { ok: true, value: parsed.data as PostmortemSections[K] }
  const issue = parsed.error.issues[0]
  const path = [key, ...(issue?.path ?? []).map(String)].join('.')
  return { ok: false, message: `${PART_LABELS[key]}: ${issue?.message ?? 'invalid value'}`, path }
}
