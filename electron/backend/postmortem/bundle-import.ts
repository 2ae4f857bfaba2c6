import type Database from 'better-sqlite3'
import { AppError } from '../../../shared/contract/errors'
import { msg } from '../../../shared/i18n/messages'
import { NOTHING_IMPORTED } from './bundle'
import type { Column } from './bundle-tables'
import type { BundleTableRows, ParsedBundle } from './bundle'

// Writes a validated bundle in one transaction. A row whose id already exists is compared:
// identical rows are left alone ("unchanged"), others are overwritten with the bundle's content
// ("updated"). Rows the bundle does not mention are kept: importing never deletes.

type Row = Record<string, unknown>

export interface TableCounts {
  created: number
  updated: number
  unchanged: number
}

export interface ImportResult {
  incidentId: string
  outcome: 'created' | 'updated' | 'unchanged'
  tables: Record<string, TableCounts>
}

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`

function sameValue(a: unknown, b: unknown): boolean {
  if (Buffer.isBuffer(a) && Buffer.isBuffer(b)) return a.equals(b)
  return (a ?? null) === (b ?? null)
}

function statementsFor(db: Database.Database, table: string, columns: readonly Column[]) {
  const keys = columns.filter((c) => c.pk > 0).sort((a, b) => a.pk - b.pk)
  if (keys.length === 0) throw new Error(`Bundle table ${table} has no primary key`)
  const where = keys.map((c) => `${quote(c.name)} = @${c.name}`).join(' AND ')
  const cache = new Map<string, Database.Statement>()
  const cached = (sql: string) => {
    let statement = cache.get(sql)
    if (!statement) cache.set(sql, (statement = db.prepare(sql)))
    return statement
  }
  return {
    keys,
    find: db.prepare(`SELECT * FROM ${quote(table)} WHERE ${where}`),
    insert: (present: readonly string[]) =>
      cached(
        `INSERT INTO ${quote(table)} (${present.map(quote).join(', ')}) VALUES (${present.map((c) => `@${c}`).join(', ')})`,
      ),
    update: (present: readonly string[]) =>
      cached(
        `UPDATE ${quote(table)} SET ${present.map((c) => `${quote(c)} = @${c}`).join(', ')} WHERE ${where}`,
      ),
  }
}

function keyText(row: Row, keys: readonly Column[]): string {
  return keys.map((k) => String(row[k.name])).join(', ')
}

function writeTable(
  db: Database.Database,
  incidentId: string,
  { spec, columns, rows }: BundleTableRows,
): TableCounts {
  const counts: TableCounts = { created: 0, updated: 0, unchanged: 0 }
  const statements = statementsFor(db, spec.table, columns)
  const { keys } = statements
  for (const row of rows) {
    const present = columns.map((c) => c.name).filter((name) => row[name] !== undefined)
    const existing = statements.find.get(row) as Row | undefined
    if (existing && existing[spec.scope] !== incidentId) {
      throw new AppError(
        'conflict',
        msg('msgFiles:bundle.rowElsewhere', { table: spec.table, key: keyText(row, keys) }),
        { info: NOTHING_IMPORTED },
      )
    }
    try {
      if (!existing) {
        statements.insert(present).run(row)
        counts.created += 1
      } else if (present.every((name) => sameValue(existing[name], row[name]))) {
        counts.unchanged += 1
      } else {
        statements.update(present).run(row)
        counts.updated += 1
      }
    } catch (error) {
      if (error instanceof AppError) throw error
      const reason = error instanceof Error ? error.message : String(error)
      throw new AppError(
        'invalid_input',
        msg('msgFiles:bundle.rowRefused', { table: spec.table, key: keyText(row, keys), reason }),
        { info: NOTHING_IMPORTED },
      )
    }
  }
  return counts
}

export function writeBundle(db: Database.Database, bundle: ParsedBundle): ImportResult {
  const incidentId = bundle.manifest.incidentId
  const tables = db.transaction(() => {
    const result: Record<string, TableCounts> = {}
    for (const table of bundle.tables) result[table.spec.table] = writeTable(db, incidentId, table)
    return result
  })()
  const all = Object.values(tables)
  const outcome =
    tables.incidents?.created === 1
      ? 'created'
      : all.some((c) => c.created + c.updated > 0)
        ? 'updated'
        : 'unchanged'
  return { incidentId, outcome, tables }
}
