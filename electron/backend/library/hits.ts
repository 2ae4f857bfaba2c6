import type Database from 'better-sqlite3'
import {
  INCIDENT_SPAN,
  LIBRARY_SOURCES,
  SOURCE_SPAN,
  type LibrarySource,
} from '../db/migrations/0007-library-index-sql'
import { prepared } from '../db/statements'
import type { SearchTerm } from './query'

// Which incidents hold which words, and where. A hit's FTS rowid encodes its incident and source
// (see the migration), so one pass over each term's matches, without any join, gives every
// incident's sources for that term. Ranking is per incident: each term weighs by its rarity
// across incidents (IDF) times where it was found (a title counts more than a timeline mention).

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

export interface IncidentHits {
  /** The incident's number in library_incidents. */
  seq: number
  /** Bit j set when term j was found. */
  terms: number
  /** Per term: bit s set when found in source s (LIBRARY_SOURCES order). */
  sources: number[]
  /** Per term: timeline chunks holding it (more mentions, a little more weight). */
  chunks: number[]
}

export interface TermHits {
  byIncident: Map<number, IncidentHits>
  /** Per term: incidents holding it. */
  incidentCounts: number[]
  /** Per term: its docs in ascending order (as FTS5 returns them), to find an incident's later. */
  docsByTerm: number[][]
}

export const seqOfDoc = (doc: number) => Math.floor(doc / INCIDENT_SPAN)
export const sourceOfDoc = (doc: number) => Math.floor(doc / SOURCE_SPAN) % 8

function newEntry(seq: number, termCount: number): IncidentHits {
  return {
    seq,
    terms: 0,
    sources: new Array(termCount).fill(0),
    chunks: new Array(termCount).fill(0),
  }
}

export function collectHits(db: Database.Database, terms: readonly SearchTerm[]): TermHits {
  const statement = prepared(db, 'SELECT rowid FROM library_fts WHERE library_fts MATCH ?').pluck()
  const byIncident = new Map<number, IncidentHits>()
  const incidentCounts = terms.map(() => 0)
  const docsByTerm = terms.map((term, j) => {
    const bit = 1 << j
    const docs = statement.all(term.expression) as number[]
    let entry: IncidentHits | undefined
    for (const doc of docs) {
      // Docs come in rowid order, so one incident's docs come together.
      const seq = seqOfDoc(doc)
      if (entry?.seq !== seq) {
        entry = byIncident.get(seq)
        if (!entry) byIncident.set(seq, (entry = newEntry(seq, terms.length)))
        if ((entry.terms & bit) === 0) incidentCounts[j] = (incidentCounts[j] ?? 0) + 1
        entry.terms |= bit
      }
      const source = sourceOfDoc(doc)
      entry.sources[j] = (entry.sources[j] ?? 0) | (1 << source)
      if (source === TIMELINE) entry.chunks[j] = (entry.chunks[j] ?? 0) + 1
    }
    return docs
  })
  return { byIncident, incidentCounts, docsByTerm }
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
export function scoreOf(hits: IncidentHits, idf: readonly number[]): number {
  let score = 0
  for (let j = 0; j < hits.sources.length; j++) {
    const mask = hits.sources[j] ?? 0
    if (mask === 0) continue
    let where = 0
    for (let s = 0; s < WEIGHTS.length; s++) if (mask & (1 << s)) where += WEIGHTS[s] ?? 0
    const chunks = hits.chunks[j] ?? 0
    if (chunks > 1) where += 0.5 * Math.log2(chunks)
    score += (idf[j] ?? 1) * where
  }
  return score
}

/** The sources any term was found in, in display order. */
export function matchedSources(hits: IncidentHits): LibrarySource[] {
  const mask = hits.sources.reduce((all, m) => all | m, 0)
  return LIBRARY_SOURCES.filter((_, s) => (mask & (1 << s)) !== 0)
}
