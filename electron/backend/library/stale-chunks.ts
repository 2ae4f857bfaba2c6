import type Database from 'better-sqlite3'
import { prepared } from '../db/statements'

// Timeline chunks whose notes changed since they were last indexed (migration 9) are rewritten
// in the full-text index here, just before the index is read. One statement each, so the cost is
// one rewrite per stale chunk, however many notes of it were added, edited or deleted.

const REWRITE = [
  'DELETE FROM library_fts WHERE rowid IN (SELECT doc FROM library_stale_chunks)',
  `INSERT INTO library_fts (rowid, title, body)
     SELECT c.doc, '', group_concat(e.text, char(10) ORDER BY e.occurred_at, e.created_at, e.id)
       FROM library_stale_chunks AS s
       JOIN library_chunk_events AS c ON c.doc = s.doc
       JOIN timeline_events AS e ON e.id = c.event_id
      WHERE e.deleted_at IS NULL
      GROUP BY c.doc`,
  'DELETE FROM library_stale_chunks',
]

/** Brings the timeline part of the library index up to date; nothing to do costs one lookup. */
export function refreshStaleChunks(db: Database.Database): void {
  if (prepared(db, 'SELECT 1 FROM library_stale_chunks LIMIT 1').get() === undefined) return
  db.transaction(() => {
    for (const sql of REWRITE) prepared(db, sql).run()
  })()
}
