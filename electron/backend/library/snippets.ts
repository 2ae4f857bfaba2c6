import type Database from 'better-sqlite3'
import type { LibraryItem } from '../../../shared/contract/library'
import {
  INCIDENT_SPAN,
  LIBRARY_SOURCES,
  SOURCE_SPAN,
} from '../db/migrations/0007-library-index-sql'
import { prepared } from '../db/statements'
import { sourceOfDoc } from './hits'
import { HIT_END, HIT_START, segmentsOf } from './segments'

// The passages shown under a search result: the title with its hits marked, and the best other
// passage of the incident, picked by FTS5's bm25 among the incident's own docs (a short summary
// or hypothesis that holds the words beats a long stretch of timeline).

const SNIPPET_TOKENS = 16

export function passagesFor(
  db: Database.Database,
  match: string,
  seq: number,
): Pick<LibraryItem, 'titleHighlight' | 'snippet'> {
  const first = seq * INCIDENT_SPAN
  const title = prepared(
    db,
    `SELECT highlight(library_fts, 0, '${HIT_START}', '${HIT_END}') FROM library_fts
      WHERE library_fts MATCH @match AND rowid BETWEEN @from AND @to`,
  )
    .pluck()
    .get({ match, from: first, to: first + SOURCE_SPAN - 1 }) as string | undefined
  const best = prepared(
    db,
    `SELECT rowid AS doc,
            snippet(library_fts, 1, '${HIT_START}', '${HIT_END}', '…', ${SNIPPET_TOKENS}) AS text
       FROM library_fts
      WHERE library_fts MATCH @match AND rowid BETWEEN @from AND @to
      ORDER BY rank LIMIT 1`,
  ).get({ match, from: first + SOURCE_SPAN, to: first + INCIDENT_SPAN - 1 }) as
    { doc: number; text: string } | undefined
  const source = best ? LIBRARY_SOURCES[sourceOfDoc(best.doc)] : undefined
  return {
    titleHighlight: title === undefined ? null : segmentsOf(title),
    snippet: best && source ? { source, segments: segmentsOf(best.text) } : null,
  }
}
