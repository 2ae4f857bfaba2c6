import type { Migration } from '../migrate'
import {
  INCIDENT_SPAN,
  LIBRARY_SOURCES,
  SOURCE_SPAN,
  TIMELINE_CHUNK_EVENTS,
} from './0007-library-index-sql'

// Timeline notes reach the library's full-text index lazily. Migration 7's triggers rewrote a
// note's whole chunk (up to 32 notes) in FTS5 on every append, which doubled the cost of the
// write an incident commander waits for most. Now a write only files the note in its chunk and
// marks the chunk stale, in the same transaction; the search rewrites stale chunks just before
// it reads the index (see library/stale-chunks.ts), once per chunk however many notes changed.

const TIMELINE_BASE = LIBRARY_SOURCES.indexOf('timeline') * SOURCE_SPAN

const chunkOf = (row: string) => `SELECT doc FROM library_chunk_events WHERE event_id = ${row}.id`

const LAZY_TIMELINE_SQL = `
  CREATE TABLE library_stale_chunks (doc INTEGER PRIMARY KEY) STRICT;

  DROP TRIGGER library_timeline_insert;
  DROP TRIGGER library_timeline_update;
  DROP TRIGGER library_timeline_delete;

  -- The incident's latest chunk while it has room, else a new one right after it.
  CREATE TRIGGER library_timeline_insert AFTER INSERT ON timeline_events BEGIN
    INSERT INTO library_chunk_events (event_id, doc)
      SELECT NEW.id, CASE
          WHEN latest IS NULL THEN base
          WHEN (SELECT count(*) FROM library_chunk_events WHERE doc = latest)
               >= ${TIMELINE_CHUNK_EVENTS} THEN latest + 1
          ELSE latest END
        FROM (SELECT base, (SELECT max(doc) FROM library_docs
                             WHERE doc BETWEEN base AND base + ${SOURCE_SPAN - 1}) AS latest
                FROM (SELECT seq * ${INCIDENT_SPAN} + ${TIMELINE_BASE} AS base
                        FROM library_incidents WHERE incident_id = NEW.incident_id));
    INSERT OR IGNORE INTO library_docs (doc, key)
      SELECT doc, 'timeline:' || doc FROM (${chunkOf('NEW')});
    INSERT OR IGNORE INTO library_stale_chunks (doc) ${chunkOf('NEW')};
  END;

  CREATE TRIGGER library_timeline_update AFTER UPDATE OF text, deleted_at ON timeline_events BEGIN
    INSERT OR IGNORE INTO library_stale_chunks (doc) ${chunkOf('NEW')};
  END;

  CREATE TRIGGER library_timeline_delete AFTER DELETE ON timeline_events BEGIN
    INSERT OR IGNORE INTO library_stale_chunks (doc) ${chunkOf('OLD')};
    DELETE FROM library_chunk_events WHERE event_id = OLD.id;
  END;
`

export const libraryLazyTimelineIndex: Migration = {
  version: 9,
  name: 'library: timeline notes indexed lazily',
  up(db) {
    db.exec(LAZY_TIMELINE_SQL)
  },
}
