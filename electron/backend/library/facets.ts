import type Database from 'better-sqlite3'
import type { ChannelOutput } from '../../../shared/contract/index'
import { prepared } from '../db/statements'

/** Every service and tag in the library, for the filter choices. */
export function libraryFacets(db: Database.Database): ChannelOutput<'library.facets'> {
  const services = prepared(
    db,
    `SELECT DISTINCT s.value FROM incidents AS i, json_each(i.services) AS s
      ORDER BY lower(s.value)`,
  )
    .pluck()
    .all() as string[]
  const tags = prepared(
    db,
    `SELECT DISTINCT t.value FROM postmortem_sections AS ps, json_each(ps.value) AS t
      WHERE ps.section = 'tags' ORDER BY lower(t.value)`,
  )
    .pluck()
    .all() as string[]
  return { services, tags }
}
