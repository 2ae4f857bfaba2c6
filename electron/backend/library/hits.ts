import type Database from 'better-sqlite3'
import {
  INCIDENT_SPAN,
  LIBRARY_SOURCES,
  SOURCE_SPAN,
  type LibrarySource,
} from '../db/migrations/0007-library-index-sql'
import { prepared } from '../db/statements'
import type { SearchTerm } from './query'
import { refreshStaleChunks } from './stale-chunks'

// Which incidents hold which words, and where. A hit's FTS rowid encodes its incident and source
// (see the migration), so one pass over each term's matches, without any join, gives every
// incident's sources for that term. Ranking is per incident: each term weighs by its rarity
// across incidents (IDF) times where it was found (a title counts more than a timeline mention).
//
// Common words match tens of thousands of docs. Each term's matches therefore come back as ONE
// comma-separated string built inside SQLite, rather than one row per doc, and what is kept per
// incident lives in flat typed arrays indexed by the incident's seq (dense, from 1): no object or
// map per incident or per doc.

/** How much a term found in each source counts, in LIBRARY_SOURCES order. */
export const SOURCE_WEIGHTS: Readonly<Record<LibrarySource, number>> = {
  title: 5,
  summary: 3,
  postmortem: 3,
  hypothesis: 2,
  evidence: 2,
  timeline: 1,
}
const WEIGHTS = LIBRARY_SOURCES.map((source) => SOURCE_WEIGHTS[source])
const TIMELINE = LIBRARY_SOURCES.indexOf('timeline')
const COMMA = 44
const ZERO = 48

export interface TermHits {
  /** Per incident seq: bit j set when term j was found. */
  found: Uint16Array
  /** Per term, per incident seq: bit s set when found in source s (LIBRARY_SOURCES order). */
  sources: Uint8Array[]
  /** Per term, per incident seq: timeline chunks holding it (more mentions, a little more weight). */
  chunks: Uint32Array[]
  /** Per term: incidents holding it. */
  incidentCounts: number[]
  /** Per term: its docs in ascending order (as FTS5 returns them), to find an incident's later. */
  docsByTerm: number[][]
}

export const seqOfDoc = (doc: number) => Math.floor(doc / INCIDENT_SPAN)
export const sourceOfDoc = (doc: number) => Math.floor(doc / SOURCE_SPAN) % 8

/** Records term j's matches, given as rowids joined by commas in ascending order. */
function tally(list: string, j: number, hits: TermHits): number[] {
  const { found } = hits
  const sources = hits.sources[j] ?? new Uint8Array(found.length)
  const chunks = hits.chunks[j] ?? new Uint32Array(found.length)
  // Rowids pass 2^31, so this array holds unboxed doubles, not one heap number per doc.
  const docs: number[] = []
  const bit = 1 << j
  let holding = 0
  let doc = 0
  for (let i = 0; i <= list.length; i++) {
    const code = i < list.length ? list.charCodeAt(i) : COMMA
    if (code !== COMMA) {
      doc = doc * 10 + code - ZERO
      continue
    }
    docs.push(doc)
    const seq = seqOfDoc(doc)
    const source = sourceOfDoc(doc)
    doc = 0
    const before = found[seq] ?? 0
    if ((before & bit) === 0) holding++
    found[seq] = before | bit
    sources[seq] = (sources[seq] ?? 0) | (1 << source)
    if (source === TIMELINE) chunks[seq] = (chunks[seq] ?? 0) + 1
  }
  hits.incidentCounts[j] = holding
  return docs
}

export function collectHits(db: Database.Database, terms: readonly SearchTerm[]): TermHits {
  refreshStaleChunks(db)
  const statement = prepared(
    db,
    'SELECT group_concat(rowid) FROM library_fts WHERE library_fts MATCH ?',
  ).pluck()
  const lastSeq = prepared(db, 'SELECT max(seq) FROM library_incidents').pluck().get()
  const size = (typeof lastSeq === 'number' ? lastSeq : 0) + 1
  const hits: TermHits = {
    found: new Uint16Array(size),
    sources: terms.map(() => new Uint8Array(size)),
    chunks: terms.map(() => new Uint32Array(size)),
    incidentCounts: terms.map(() => 0),
    docsByTerm: [],
  }
  hits.docsByTerm = terms.map((term, j) => {
    const list = statement.get(term.expression)
    return typeof list === 'string' ? tally(list, j, hits) : []
  })
  return hits
}

/** The incidents holding every term, or (with `any`) at least one, in seq order. */
export function matchingSeqs(hits: TermHits, termCount: number, any = false): number[] {
  const every = (1 << termCount) - 1
  const out: number[] = []
  const { found } = hits
  for (let seq = 0; seq < found.length; seq++) {
    const mask = found[seq] ?? 0
    if (any ? mask !== 0 : mask === every) out.push(seq)
  }
  return out
}

/** First index in ascending `docs` holding a value at or above `value`. */
function lowerBound(docs: readonly number[], value: number): number {
  let low = 0
  let high = docs.length
  while (low < high) {
    const middle = (low + high) >> 1
    if ((docs[middle] ?? Infinity) < value) low = middle + 1
    else high = middle
  }
  return low
}

/** One incident's docs holding any term, each with bit j set when it holds term j. */
export function docsOf(hits: TermHits, seq: number): Map<number, number> {
  const out = new Map<number, number>()
  const end = (seq + 1) * INCIDENT_SPAN
  hits.docsByTerm.forEach((docs, j) => {
    for (let i = lowerBound(docs, seq * INCIDENT_SPAN); i < docs.length; i++) {
      const doc = docs[i] ?? end
      if (doc >= end) break
      out.set(doc, (out.get(doc) ?? 0) | (1 << j))
    }
  })
  return out
}

/** Rarer words count more: ln(1 + N / incidents holding the word). */
export function inverseFrequency(totalIncidents: number, holding: number): number {
  return Math.log(1 + totalIncidents / Math.max(1, holding))
}

/** The incident's score for the terms it holds (all of them when searching). */
export function scoreOf(hits: TermHits, seq: number, idf: readonly number[]): number {
  let score = 0
  for (let j = 0; j < hits.sources.length; j++) {
    const mask = hits.sources[j]?.[seq] ?? 0
    if (mask === 0) continue
    let where = 0
    for (let s = 0; s < WEIGHTS.length; s++) if (mask & (1 << s)) where += WEIGHTS[s] ?? 0
    const chunks = hits.chunks[j]?.[seq] ?? 0
    if (chunks > 1) where += 0.5 * Math.log2(chunks)
    score += (idf[j] ?? 1) * where
  }
  return score
}

/** The sources any term was found in, in display order. */
export function matchedSources(hits: TermHits, seq: number): LibrarySource[] {
  const mask = hits.sources.reduce((all, bySeq) => all | (bySeq[seq] ?? 0), 0)
  return LIBRARY_SOURCES.filter((_, s) => (mask & (1 << s)) !== 0)
}
