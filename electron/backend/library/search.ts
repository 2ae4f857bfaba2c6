import type Database from 'better-sqlite3'
import type { ChannelOutput, ParsedInput } from '../../../shared/contract/index'
import type { LibraryItem } from '../../../shared/contract/library'
import { prepared } from '../db/statements'
import { bestFirst } from './best-first'
import { filterSql, hasFilters, orderSql } from './filters'
import {
  collectHits,
  inverseFrequency,
  matchedSources,
  matchingSeqs,
  scoreOf,
  type TermHits,
} from './hits'
import { itemsBySeq, itemsForSeqs } from './items'
import { parseSearch, type SearchTerm } from './query'
import { passagesFor } from './snippets'

type SearchInput = ParsedInput<'library.search'>
type SearchOutput = ChannelOutput<'library.search'>

/** Without words: the filters and the sort, straight in SQL. */
function listPage(db: Database.Database, input: SearchInput, now: number): SearchOutput {
  const { where, params } = filterSql(input.filters)
  const all = { ...params, now, limit: input.limit, offset: input.offset }
  const seqs = prepared(
    db,
    `SELECT l.seq FROM incidents AS i JOIN library_incidents AS l ON l.incident_id = i.id
      WHERE ${where} ORDER BY ${orderSql(input.sort)} LIMIT @limit OFFSET @offset`,
  )
    .pluck()
    .all(all) as number[]
  const total = prepared(db, `SELECT count(*) FROM incidents AS i WHERE ${where}`)
    .pluck()
    .get(params) as number
  return { items: itemsForSeqs(db, seqs), total, terms: [] }
}

/** Incidents passing the filters, in the sort's order (what a non-relevance sort walks). */
function orderedSeqs(db: Database.Database, input: SearchInput, now: number): number[] {
  const { where, params } = filterSql(input.filters)
  return prepared(
    db,
    `SELECT l.seq FROM incidents AS i JOIN library_incidents AS l ON l.incident_id = i.id
      WHERE ${where} ORDER BY ${orderSql(input.sort)}`,
  )
    .pluck()
    .all({ ...params, now }) as number[]
}

/**
 * The incidents holding every word and passing the filters: how many, and those of the page, in
 * the order asked for.
 */
function rankedPage(
  db: Database.Database,
  hits: TermHits,
  termCount: number,
  input: SearchInput,
  now: number,
): { total: number; page: number[] } {
  const end = input.offset + input.limit
  if (input.sort !== 'relevance') {
    const { found } = hits
    const every = (1 << termCount) - 1
    const ordered = orderedSeqs(db, input, now).filter((seq) => found[seq] === every)
    return { total: ordered.length, page: ordered.slice(input.offset, end) }
  }
  const matching = matchingSeqs(hits, termCount)
  const allowed = hasFilters(input.filters) ? new Set(orderedSeqs(db, input, now)) : null
  const candidates = allowed ? matching.filter((seq) => allowed.has(seq)) : matching
  const total = prepared(db, 'SELECT count(*) FROM library_incidents').pluck().get() as number
  const idf = hits.incidentCounts.map((holding) => inverseFrequency(total, holding))
  const scores = new Float64Array(hits.found.length)
  for (const seq of candidates) scores[seq] = scoreOf(hits, seq, idf)
  const page = bestFirst(candidates, scores, end).slice(input.offset)
  return { total: candidates.length, page }
}

function withPassages(
  db: Database.Database,
  terms: readonly SearchTerm[],
  hits: TermHits,
  page: readonly number[],
): LibraryItem[] {
  const items = itemsBySeq(db, page)
  const passages = passagesFor(db, terms, hits, page)
  return page.flatMap((seq) => {
    const item = items.get(seq)
    if (!item) return []
    return [{ ...item, ...passages.get(seq), matchedIn: matchedSources(hits, seq) }]
  })
}

/** The library page: every incident, or those holding all the words, filtered and sorted. */
export function searchLibrary(
  db: Database.Database,
  input: SearchInput,
  now: number,
): SearchOutput {
  const terms = parseSearch(input.query)
  if (terms.length === 0) return listPage(db, input, now)
  const hits = collectHits(db, terms)
  const { total, page } = rankedPage(db, hits, terms.length, input, now)
  return {
    items: withPassages(db, terms, hits, page),
    total,
    terms: terms.map((term) => term.text),
  }
}
