import type Database from 'better-sqlite3'
import type { LibraryItem } from '../../../shared/contract/library'
import { LIBRARY_SOURCES } from '../db/migrations/0007-library-index-sql'
import { prepared } from '../db/statements'
import { docsOf, sourceOfDoc, type TermHits } from './hits'
import { markPassage, type MarkedPassage } from './passage'
import type { SearchTerm } from './query'
import { segmentsOf } from './segments'

// The passages shown under search results: each incident's title with its hits marked, and its
// best other passage: the one holding the most different search words; on a tie the earlier
// source (summary, postmortem, hypothesis, evidence, then timeline), then the one with more hits.
// Only a few docs per incident are read (those holding the most terms), all in one go, by rowid.

/** About how long a passage is, in characters. */
const PASSAGE_WIDTH = 150
/** Only the docs most likely to hold the best passage are read: those with the most terms. */
const CANDIDATES = 3
const TITLE = LIBRARY_SOURCES.indexOf('title')

type Passages = Pick<LibraryItem, 'titleHighlight' | 'snippet'>

interface DocText {
  doc: number
  title: string
  body: string
}

function better(a: MarkedPassage & { source: number }, b: MarkedPassage & { source: number }) {
  if (a.distinct !== b.distinct) return a.distinct > b.distinct
  if (a.source !== b.source) return a.source < b.source
  return a.hits > b.hits
}

function passagesOf(texts: readonly DocText[], terms: readonly SearchTerm[]): Passages {
  let title: string | null = null
  let best: (MarkedPassage & { source: number }) | null = null
  for (const text of texts) {
    const source = sourceOfDoc(text.doc)
    if (source === TITLE) {
      const marked = markPassage(text.title, terms, null)
      if (marked.hits > 0) title = marked.marked
      continue
    }
    const candidate = { ...markPassage(text.body, terms, PASSAGE_WIDTH), source }
    if (candidate.hits > 0 && (!best || better(candidate, best))) best = candidate
  }
  const sourceName = best ? LIBRARY_SOURCES[best.source] : undefined
  return {
    titleHighlight: title === null ? null : segmentsOf(title),
    snippet: best && sourceName ? { source: sourceName, segments: segmentsOf(best.marked) } : null,
  }
}

const bitCount = (mask: number) => {
  let count = 0
  for (let rest = mask; rest; rest &= rest - 1) count++
  return count
}

/** The title doc (to highlight) and the few docs holding the most terms, earlier sources first. */
function candidateDocs(docs: Map<number, number>): number[] {
  const ranked = [...docs.entries()]
    .filter(([doc]) => sourceOfDoc(doc) !== TITLE)
    .sort((a, b) => bitCount(b[1]) - bitCount(a[1]) || sourceOfDoc(a[0]) - sourceOfDoc(b[0]))
    .slice(0, CANDIDATES)
    .map(([doc]) => doc)
  const title = [...docs.keys()].find((doc) => sourceOfDoc(doc) === TITLE)
  return title === undefined ? ranked : [title, ...ranked]
}

/** Passages for each incident of the page, by incident seq. */
export function passagesFor(
  db: Database.Database,
  terms: readonly SearchTerm[],
  hits: TermHits,
  page: readonly number[],
): Map<number, Passages> {
  const wanted = new Map(page.map((seq) => [seq, candidateDocs(docsOf(hits, seq))]))
  const rows = prepared(
    db,
    `SELECT rowid AS doc, title, body FROM library_fts
      WHERE rowid IN (SELECT value FROM json_each(?))`,
  ).all(JSON.stringify([...wanted.values()].flat())) as DocText[]
  const byDoc = new Map(rows.map((row) => [row.doc, row]))
  return new Map(
    page.map((seq) => [
      seq,
      passagesOf(
        (wanted.get(seq) ?? []).flatMap((doc) => byDoc.get(doc) ?? []),
        terms,
      ),
    ]),
  )
}
