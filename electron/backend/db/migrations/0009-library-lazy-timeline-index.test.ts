import { join } from 'node:path'
import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { librarySearchInput } from '../../../../shared/contract/library'
import { searchLibrary } from '../../library/search'
import { insertIncident } from '../../repositories/incidents'
import { tempDir } from '../../testing/support'
import { migrate } from '../migrate'
import { applyPragmas } from '../open'
import { MIGRATIONS } from './index'
import { insertLegacyTimelineEvent } from './legacy-rows.testing'

// Migration 9: a timeline write only marks its chunk stale; the search indexes stale chunks
// before reading. What a user notices: every note is found as soon as they search, across an
// upgrade and a restart, and edits and deletions are honoured.

const T0 = Date.UTC(2025, 5, 1)

function open(file: string, below?: number): Database.Database {
  const db = new Database(file)
  applyPragmas(db)
  migrate(db, below === undefined ? MIGRATIONS : MIGRATIONS.filter((m) => m.version < below))
  return db
}

function addIncident(db: Database.Database, id: string): void {
  insertIncident(db, {
    id,
    title: `Incident ${id}`,
    severity: 'SEV2',
    status: 'investigating',
    services: [],
    summary: '',
    startedAt: T0,
    detectedAt: null,
    acknowledgedAt: null,
    mitigatedAt: null,
    resolvedAt: null,
    createdAt: T0,
    updatedAt: T0,
  })
}

function note(db: Database.Database, incidentId: string, id: string, text: string, at = T0): void {
  insertLegacyTimelineEvent(db, {
    id,
    incidentId,
    occurredAt: at,
    kind: 'note',
    text,
    author: '',
    source: 'user',
    createdAt: at,
    updatedAt: at,
    deletedAt: null,
  })
}

// Whole words: a trailing space keeps the last word from matching as a prefix ("word3" -> "word30").
const found = (db: Database.Database, word: string) =>
  searchLibrary(db, librarySearchInput.parse({ query: `${word} ` }), T0).items.map((i) => i.id)
const staleChunks = (db: Database.Database) =>
  db.prepare('SELECT count(*) FROM library_stale_chunks').pluck().get()

describe('migration 9: timeline notes indexed lazily', () => {
  it('finds every note at the first search, one index rewrite per chunk', () => {
    const db = open(join(tempDir(), 'lazy.sqlite'))
    addIncident(db, 'inc-1')
    for (let i = 0; i < 40; i++) note(db, 'inc-1', `e${i}`, `step ${i} word${i}`, T0 + i)
    // 40 notes: two chunks waiting, nothing of them in the index yet.
    expect(staleChunks(db)).toBe(2)
    expect(found(db, 'word0')).toEqual(['inc-1'])
    expect(found(db, 'word39')).toEqual(['inc-1'])
    expect(staleChunks(db)).toBe(0)

    db.prepare("UPDATE timeline_events SET text = 'renamed zebra' WHERE id = 'e3'").run()
    db.prepare("UPDATE timeline_events SET deleted_at = ? WHERE id = 'e35'").run(T0)
    db.prepare("DELETE FROM timeline_events WHERE id = 'e36'").run()
    expect(found(db, 'word3')).toEqual([])
    expect(found(db, 'zebra')).toEqual(['inc-1'])
    expect(found(db, 'word35')).toEqual([])
    expect(found(db, 'word36')).toEqual([])
    expect(found(db, 'word37')).toEqual(['inc-1'])
  })

  it('keeps notes written before the upgrade, and those written but not yet searched across a restart', () => {
    const file = join(tempDir(), 'upgraded.sqlite')
    const before = open(file, 9)
    addIncident(before, 'inc-1')
    for (let i = 0; i < 33; i++) note(before, 'inc-1', `old${i}`, `old note marker${i}`, T0 + i)
    before.close()

    const upgraded = open(file)
    note(upgraded, 'inc-1', 'new', 'a fresh giraffe', T0 + 100)
    addIncident(upgraded, 'inc-2')
    note(upgraded, 'inc-2', 'other', 'a second giraffe', T0 + 100)
    upgraded.close()

    const restarted = open(file)
    expect(found(restarted, 'marker0')).toEqual(['inc-1'])
    expect(found(restarted, 'marker32')).toEqual(['inc-1'])
    expect(found(restarted, 'giraffe').sort()).toEqual(['inc-1', 'inc-2'])
    // The new note joined the incident's second chunk (32 per chunk), not a chunk of its own.
    const chunks = restarted
      .prepare(
        "SELECT count(DISTINCT doc) FROM library_chunk_events WHERE event_id LIKE 'old%' OR event_id = 'new'",
      )
      .pluck()
      .get()
    expect(chunks).toBe(2)
    restarted.close()
  })

  it('leaves nothing behind when an incident with stale notes is deleted', () => {
    const db = open(join(tempDir(), 'deleted.sqlite'))
    addIncident(db, 'inc-1')
    note(db, 'inc-1', 'e1', 'doomed walrus')
    db.prepare("DELETE FROM incidents WHERE id = 'inc-1'").run()
    expect(found(db, 'walrus')).toEqual([])
    const orphans = db
      .prepare('SELECT count(*) FROM library_fts WHERE rowid NOT IN (SELECT doc FROM library_docs)')
      .pluck()
      .get()
    expect(orphans).toBe(0)
    expect(staleChunks(db)).toBe(0)
  })
})
