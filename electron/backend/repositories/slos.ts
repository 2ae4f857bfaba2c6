import type Database from 'better-sqlite3'
import type { SloRecord } from '../../../shared/contract/slo'
import { sloDefinitionSchema } from '../../../shared/domain/slo/definition'
import { prepared } from '../db/statements'

interface SloRow {
  id: string
  definition: string
  created_at: number
  updated_at: number
}

function sloFromRow(row: SloRow): SloRecord {
  return {
    id: row.id,
    // Parsed again so a definition written by an older version gets today's defaults.
    definition: sloDefinitionSchema.parse(JSON.parse(row.definition)),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  }
}

export function listSlos(db: Database.Database, service?: string): SloRecord[] {
  const rows = (
    service === undefined
      ? prepared(db, 'SELECT * FROM slos ORDER BY service, created_at, rowid').all()
      : prepared(db, 'SELECT * FROM slos WHERE service = ? ORDER BY created_at, rowid').all(service)
  ) as SloRow[]
  return rows.map(sloFromRow)
}

export function listSlosForServices(db: Database.Database, services: string[]): SloRecord[] {
  const wanted = new Set(services)
  return listSlos(db).filter((slo) => wanted.has(slo.definition.service))
}

export function findSlo(db: Database.Database, id: string): SloRecord | undefined {
  const row = prepared(db, 'SELECT * FROM slos WHERE id = ?').get(id) as SloRow | undefined
  return row && sloFromRow(row)
}

export function upsertSlo(db: Database.Database, slo: SloRecord): void {
  prepared(
    db,
    `INSERT INTO slos (id, service, kind, definition, created_at, updated_at)
     VALUES (@id, @service, @kind, @definition, @createdAt, @updatedAt)
     ON CONFLICT (id) DO UPDATE SET service = excluded.service, kind = excluded.kind,
       definition = excluded.definition, updated_at = excluded.updated_at`,
  ).run({
    id: slo.id,
    service: slo.definition.service,
    kind: slo.definition.kind,
    definition: JSON.stringify(slo.definition),
    createdAt: slo.createdAt,
    updatedAt: slo.updatedAt,
  })
}

export function deleteSlo(db: Database.Database, id: string): boolean {
  return prepared(db, 'DELETE FROM slos WHERE id = ?').run(id).changes > 0
}
