import type Database from 'better-sqlite3'
import type { ChannelOutput, ParsedInput } from '../../../shared/contract/index'
import type { LibraryItem } from '../../../shared/contract/library'
import { prepared } from '../db/statements'
import { filterSql, hasFilters, orderSql } from './filters'
import {
  collectHits,
  inverseFrequency,
  matchedSources,
  scoreOf,
  type IncidentHits,
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

function rankedCandidates(
  db: Database.Database,
  hits: TermHits,
  termCount: number,
  input: SearchInput,
  now: number,
): IncidentHits[] {
  const { byIncident, incidentCounts } = hits
  const every = (1 << termCount) - 1
  const matching = [...byIncident.values()].filter((hits) => hits.terms === every)
  if (input.sort !== 'relevance') {
    const bySeq = new Map(matching.map((hits) => [hits.seq, hits]))
    return orderedSeqs(db, input, now).flatMap((seq) => bySeq.get(seq) ?? [])
  }
  const allowed = hasFilters(input.filters) ? new Set(orderedSeqs(db, input, now)) : null
  const total = prepared(db, 'SELECT count(*) FROM library_incidents').pluck().get() as number
  const idf = incidentCounts.map((holding) => inverseFrequency(total, holding))
  const scored = matching
    .filter((hits) => allowed === null || allowed.has(hits.seq))
    .map((hits) => ({ hits, score: scoreOf(hits, idf) }))
  // Equal scores: the more recent incident first (seq grows with creation).
  scored.sort((a, b) => b.score - a.score || b.hits.seq - a.hits.seq)
  return scored.map((entry) => entry.hits)
}

function withPassages(
  db: Database.Database,
  terms: readonly SearchTerm[],
  hits: TermHits,
  page: readonly IncidentHits[],
): LibraryItem[] {
  const items = itemsBySeq(
    db,
    page.map((hits) => hits.seq),
  )
  const passages = passagesFor(db, terms, hits, page)
  return page.flatMap((incident) => {
    const item = items.get(incident.seq)
    if (!item) return []
    return [{ ...item, ...passages.get(incident.seq), matchedIn: matchedSources(incident) }]
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
  const ranked = rankedCandidates(db, hits, terms.length, input, now)
  const page = ranked.slice(input.offset, input.offset + input.limit)
  return {
    items: withPassages(db, terms, hits, page),
    total: ranked.length,
    terms: terms.map((term) => term.text),
  }
}
