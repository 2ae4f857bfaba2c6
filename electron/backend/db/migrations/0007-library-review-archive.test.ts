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

// Migration 7 indexes what an existing database already holds (bulk backfill) the same way the
// triggers index later writes, so an upgraded library searches exactly like a new one.

const T0 = Date.UTC(2025, 5, 1)

function open(name: string): Database.Database {
  const db = new Database(join(tempDir(), name))
  applyPragmas(db)
  return db
}

function fill(db: Database.Database): void {
  const words = ['redis', 'kafka', 'dns', 'tls', 'disk', 'cpu', 'latency', 'rollback']
  for (let i = 0; i < 12; i++) {
    const id = `inc-${i}`
    insertIncident(db, {
      id,
      title: `${words[i % 8]} trouble ${i}`,
      severity: 'SEV2',
      status: 'resolved',
      services: [`svc-${i % 3}`],
      summary: i % 2 ? `summary about ${words[(i + 3) % 8]}` : '',
      startedAt: T0 + i * 3_600_000,
      detectedAt: null,
      acknowledgedAt: null,
      mitigatedAt: null,
      resolvedAt: null,
      createdAt: T0 + i,
      updatedAt: T0 + i,
    })
    for (let k = 0; k < 40 + i; k++) {
      const at = T0 + i * 3_600_000 + k * 1000
      insertLegacyTimelineEvent(db, {
        id: `${id}-e${k}`,
        incidentId: id,
        occurredAt: at,
        kind: 'note',
        text: `note ${k} mentions ${words[(i + k) % 8]} and marker${i}x${k}`,
        author: 'ana',
        source: 'user',
        createdAt: at,
        updatedAt: at,
        // Deleted events stay out of the index either way.
        deletedAt: k === 5 ? at : null,
      })
    }
  }
  db.prepare(
    `INSERT INTO hypotheses (id, incident_id, text, status, reason, created_at, updated_at, status_changed_at)
     VALUES ('h1', 'inc-3', 'Quota exhausted', 'ruled_out', 'graphs flat', 0, 0, 0)`,
  ).run()
}

const QUERIES = [
  'redis',
  'kafka latency',
  'marker3x5',
  'marker4x40',
  'exhausted',
  'flat',
  'summary dns',
  'roll',
]

function answers(db: Database.Database) {
  return QUERIES.map((query) => {
    const result = searchLibrary(db, librarySearchInput.parse({ query }), T0)
    return { query, total: result.total, items: result.items.map((i) => [i.id, i.matchedIn]) }
  })
}

describe('migration 7: library index', () => {
  it('indexes existing data like the triggers index new writes', () => {
    const upgraded = open('upgraded.sqlite')
    migrate(
      upgraded,
      MIGRATIONS.filter((m) => m.version < 7),
    )
    fill(upgraded)
    migrate(upgraded, MIGRATIONS)

    const fresh = open('fresh.sqlite')
    migrate(fresh, MIGRATIONS)
    fill(fresh)

    const expected = answers(fresh)
    expect(expected.find((a) => a.query === 'marker3x5')?.total).toBe(0)
    expect(expected.find((a) => a.query === 'marker4x40')?.total).toBe(1)
    expect(answers(upgraded)).toEqual(expected)
  })

  it('keeps indexing writes made after the backfill', () => {
    const db = open('later.sqlite')
    migrate(
      db,
      MIGRATIONS.filter((m) => m.version < 7),
    )
    fill(db)
    migrate(db, MIGRATIONS)
    insertLegacyTimelineEvent(db, {
      id: 'late',
      incidentId: 'inc-11',
      occurredAt: T0,
      kind: 'note',
      text: 'a brand new zebra',
      author: '',
      source: 'user',
      createdAt: T0,
      updatedAt: T0,
      deletedAt: null,
    })
    db.prepare("UPDATE incidents SET title = 'giraffe' WHERE id = 'inc-0'").run()
    const ids = (query: string) =>
      searchLibrary(db, librarySearchInput.parse({ query }), T0).items.map((i) => i.id)
    expect(ids('zebra')).toEqual(['inc-11'])
    expect(ids('giraffe')).toEqual(['inc-0'])
    db.prepare("DELETE FROM incidents WHERE id = 'inc-11'").run()
    expect(ids('zebra')).toEqual([])
    // Nothing of the deleted incident is left behind in the index.
    const orphans = db
      .prepare('SELECT count(*) FROM library_fts WHERE rowid NOT IN (SELECT doc FROM library_docs)')
      .pluck()
      .get()
    expect(orphans).toBe(0)
    expect(
      db
        .prepare("SELECT count(*) FROM library_incidents WHERE incident_id = 'inc-11'")
        .pluck()
        .get(),
    ).toBe(0)
  })
})
