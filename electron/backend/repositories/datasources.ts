import type Database from 'better-sqlite3'
import type { DataSourceKind } from '../../../shared/contract/datasources'
import { prepared } from '../db/statements'

/** A data source's non-secret settings, as stored. */
export interface DataSourceRecord {
  id: string
  kind: DataSourceKind
  name: string
  url: string
  authType: 'none' | 'basic' | 'bearer'
  username: string
  headerNames: string[]
  timeoutMs: number
  createdAt: number
  updatedAt: number
}

interface DataSourceRow {
  id: string
  kind: string
  name: string
  url: string
  auth_type: string
  username: string
  header_names: string
  timeout_ms: number
  created_at: number
  updated_at: number
}

function fromRow(row: DataSourceRow): DataSourceRecord {
  return {
    id: row.id,
    kind: row.kind as DataSourceKind,
    name: row.name,
    url: row.url,
    authType: row.auth_type as DataSourceRecord['authType'],
    username: row.username,
    headerNames: JSON.parse(row.header_names) as string[],
    timeoutMs: row.timeout_ms,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  }
}

export function listDataSources(db: Database.Database): DataSourceRecord[] {
  const rows = prepared(
    db,
    'SELECT * FROM data_sources ORDER BY kind, name',
  ).all() as DataSourceRow[]
  return rows.map(fromRow)
}

export function findDataSource(db: Database.Database, id: string): DataSourceRecord | undefined {
  const row = prepared(db, 'SELECT * FROM data_sources WHERE id = ?').get(id) as
    DataSourceRow | undefined
  return row && fromRow(row)
}

export function upsertDataSource(db: Database.Database, record: DataSourceRecord): void {
  prepared(
    db,
    `INSERT INTO data_sources (id, kind, name, url, auth_type, username, header_names, timeout_ms, created_at, updated_at)
     VALUES (@id, @kind, @name, @url, @authType, @username, @headerNames, @timeoutMs, @createdAt, @updatedAt)
     ON CONFLICT (id) DO UPDATE SET kind = excluded.kind, name = excluded.name, url = excluded.url,
       auth_type = excluded.auth_type, username = excluded.username, header_names = excluded.header_names,
       timeout_ms = excluded.timeout_ms, updated_at = excluded.updated_at`,
  ).run({ ...record, headerNames: JSON.stringify(record.headerNames) })
}

export function deleteDataSource(db: Database.Database, id: string): boolean {
  return prepared(db, 'DELETE FROM data_sources WHERE id = ?').run(id).changes > 0
}
