import { join } from 'node:path'
import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { msg } from '../../../../shared/i18n/messages'
import { insertIncident } from '../../repositories/incidents'
import {
  findTimelineEvent,
  insertTimelineEvent,
  listTimelineEvents,
} from '../../repositories/timeline'
import { tempDir } from '../../testing/support'
import { migrate, schemaVersion } from '../migrate'
import { applyPragmas } from '../open'
import { MIGRATIONS } from './index'
import { insertLegacyTimelineEvent } from './legacy-rows.testing'

// Migration 11: timeline entries keep their catalogue message. Entries written before it have
// none and read exactly as they were; a stored message that cannot be read is simply absent.

const T0 = Date.UTC(2026, 0, 5, 9)

function open(file: string, below?: number): Database.Database {
  const db = new Database(file)
  applyPragmas(db)
  migrate(db, below === undefined ? MIGRATIONS : MIGRATIONS.filter((m) => m.version < below))
  return db
}

function addIncident(db: Database.Database): void {
  insertIncident(db, {
    id: 'inc-1',
    title: 'Checkout errors',
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

const base = { incidentId: 'inc-1', author: 'Ana', createdAt: T0, updatedAt: T0, deletedAt: null }

describe('migration 11: timeline messages', () => {
  it('keeps every older entry as it was, with no message', () => {
    const file = join(tempDir(), 'upgraded.sqlite')
    const before = open(file, 11)
    addIncident(before)
    const texts = ['Incident declared: SEV2, investigating', 'Paged the DBA; "ñ" ✓']
    texts.forEach((text, i) =>
      insertLegacyTimelineEvent(before, {
        ...base,
        id: `old-${i}`,
        occurredAt: T0 + i,
        kind: i ? 'note' : 'status',
        text,
        source: i ? 'user' : 'system',
      }),
    )
    before.close()

    const upgraded = open(file)
    expect(schemaVersion(upgraded)).toBe(11)
    const events = listTimelineEvents(upgraded, 'inc-1')
    expect(events.map((e) => [e.id, e.text, e.message])).toEqual([
      ['old-0', texts[0], null],
      ['old-1', texts[1], null],
    ])
    upgraded.close()
  })

  it('stores a message with its values and reads a damaged one as none', () => {
    const db = open(join(tempDir(), 'fresh.sqlite'))
    addIncident(db)
    const declared = msg('msgEvents:incident.declared', { severity: 'SEV2' })
    insertTimelineEvent(db, {
      ...base,
      id: 'e1',
      occurredAt: T0,
      kind: 'status',
      text: 'Incident declared: SEV2, investigating',
      message: declared,
      source: 'system',
    })
    expect(findTimelineEvent(db, 'e1')?.message).toEqual(declared)

    for (const damaged of ['not json', '{"params":{}}', '{"key":"k","params":{"a":[1]}}']) {
      db.prepare("UPDATE timeline_events SET message = ? WHERE id = 'e1'").run(damaged)
      expect(findTimelineEvent(db, 'e1')).toMatchObject({
        text: 'Incident declared: SEV2, investigating',
        message: null,
      })
    }
  })
})
