import type Database from 'better-sqlite3'
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate'
import { z } from 'zod'
import { AppError } from '../../../shared/contract/errors'
import { BUNDLE_NOTHING_IMPORTED } from '../../../shared/contract/postmortem'
import { idSchema } from '../../../shared/contract/schemas'
import { msg, type Message, type MessageParams } from '../../../shared/i18n/messages'
import { schemaVersion } from '../db/migrate'
import {
  BUNDLE_TABLES,
  columnsOf,
  rowSchema,
  tableExists,
  type BundleTable,
  type Column,
} from './bundle-tables'

// An incident bundle: one zip holding manifest.json, tables/<table>.json (the incident's rows,
// column for column) and blobs/ (binary columns: evidence payloads and PNGs). Reading validates
// everything before anything is written; writing happens in one transaction.

export const BUNDLE_FORMAT = 'firebreak-bundle'
/**
 * 2: timeline entries carry their catalogue message. Raised with every change an older
 * Firebreak cannot read, so it says "made by a newer Firebreak" instead of naming a column.
 */
export const BUNDLE_VERSION = 2
/** Unzipped size limit: a bundle is one incident, not a disk image. */
export const MAX_BUNDLE_UNZIPPED_BYTES = 1024 * 1024 * 1024
const MAX_BUNDLE_ENTRIES = 100_000

const manifestSchema = z.object({
  format: z.literal(BUNDLE_FORMAT),
  version: z.number().int().min(1).max(BUNDLE_VERSION),
  exportedAt: z.iso.datetime(),
  app: z.object({ name: z.string(), version: z.string() }),
  schemaVersion: z.number().int().nonnegative(),
  incidentId: idSchema,
  tables: z.record(z.string(), z.number().int().nonnegative()),
})
export type BundleManifest = z.infer<typeof manifestSchema>

type Row = Record<string, unknown>

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`
const tableFile = (table: string) => `tables/${table}.json`

export function exportBundle(
  db: Database.Database,
  incidentId: string,
  app: { version: string; exportedAt: Date },
): Uint8Array {
  const entries: Zippable = {}
  const tables: Record<string, number> = {}
  for (const spec of BUNDLE_TABLES) {
    if (!tableExists(db, spec.table)) continue
    const columns = columnsOf(db, spec.table)
    // Rowid is the order rows were written in; importing in that order keeps it, so entries
    // written in the same millisecond keep their order on the other machine (ids are random).
    const rows = db
      .prepare(`SELECT * FROM ${quote(spec.table)} WHERE ${quote(spec.scope)} = ? ORDER BY rowid`)
      .all(incidentId) as Row[]
    const encoded = rows.map((row, index) => {
      const out: Row = {}
      for (const column of columns) {
        const value = row[column.name]
        if (!Buffer.isBuffer(value)) {
          out[column.name] = value
          continue
        }
        const path = `blobs/${spec.table}/${index + 1}-${column.name}.bin`
        entries[path] = [value, { level: 0 }]
        out[column.name] = { $file: path }
      }
      return out
    })
    entries[tableFile(spec.table)] = strToU8(JSON.stringify(encoded))
    tables[spec.table] = rows.length
  }
  const manifest: BundleManifest = {
    format: BUNDLE_FORMAT,
    version: BUNDLE_VERSION,
    exportedAt: app.exportedAt.toISOString(),
    app: { name: 'Firebreak', version: app.version },
    schemaVersion: schemaVersion(db),
    incidentId,
    tables,
  }
  entries['manifest.json'] = strToU8(JSON.stringify(manifest, null, 2))
  return zipSync(entries, { level: 6, mtime: app.exportedAt })
}

/** Every refusal says that nothing was imported; `info` tells the UI so it does not say it twice. */
export const NOTHING_IMPORTED = BUNDLE_NOTHING_IMPORTED

type BundleProblem = Extract<Message['key'], `msgFiles:bundle.${string}`>

const invalid = (key: BundleProblem, params?: MessageParams) =>
  new AppError('invalid_input', msg(key, params), { info: NOTHING_IMPORTED })

function unzipBundle(bytes: Uint8Array): Record<string, Uint8Array> {
  let total = 0
  let count = 0
  try {
    return unzipSync(bytes, {
      filter(file) {
        total += file.originalSize
        count += 1
        if (total > MAX_BUNDLE_UNZIPPED_BYTES || count > MAX_BUNDLE_ENTRIES) {
          throw new Error('too large')
        }
        return true
      },
    })
  } catch (error) {
    if (error instanceof Error && error.message === 'too large') {
      throw invalid('msgFiles:bundle.tooLarge')
    }
    throw invalid('msgFiles:bundle.notZip')
  }
}

function readJson(entries: Record<string, Uint8Array>, path: string): unknown {
  const bytes = entries[path]
  if (!bytes) throw invalid('msgFiles:bundle.missingFile', { path })
  try {
    return JSON.parse(strFromU8(bytes)) as unknown
  } catch {
    throw invalid('msgFiles:bundle.badJson', { path })
  }
}

const MANIFEST_ISSUE = {
  withField: 'msgFiles:bundle.badManifestField',
  plain: 'msgFiles:bundle.badManifest',
} as const
const ROW_ISSUE = {
  withField: 'msgFiles:bundle.badRowField',
  plain: 'msgFiles:bundle.badRow',
} as const

/** A damaged file's field, named when known; zod's own words about it are kept as they are. */
function issueRefusal(
  issue: z.core.$ZodIssue,
  keys: { withField: BundleProblem; plain: BundleProblem },
  where: MessageParams = {},
): AppError {
  const problem = issue.message
  return issue.path.length
    ? invalid(keys.withField, { ...where, field: issue.path.join('.'), problem })
    : invalid(keys.plain, { ...where, problem })
}

function readManifest(entries: Record<string, Uint8Array>): BundleManifest {
  if (!entries['manifest.json']) {
    throw invalid('msgFiles:bundle.noManifest')
  }
  const raw = readJson(entries, 'manifest.json') as { format?: unknown; version?: unknown }
  if (raw?.format !== BUNDLE_FORMAT) {
    throw invalid('msgFiles:bundle.wrongFormat', {
      format: JSON.stringify(raw?.format ?? null),
    })
  }
  if (typeof raw.version === 'number' && raw.version > BUNDLE_VERSION) {
    throw invalid('msgFiles:bundle.newerVersion', { version: raw.version })
  }
  const parsed = manifestSchema.safeParse(raw)
  if (!parsed.success) throw issueRefusal(parsed.error.issues[0]!, MANIFEST_ISSUE)
  return parsed.data
}

export interface BundleTableRows {
  spec: BundleTable
  columns: Column[]
  rows: Row[]
}

export interface ParsedBundle {
  manifest: BundleManifest
  tables: BundleTableRows[]
}

function resolveBlobs(
  row: Row,
  columns: readonly Column[],
  entries: Record<string, Uint8Array>,
  where: { file: string; row: number },
): Row {
  const out: Row = { ...row }
  for (const column of columns) {
    const ref = row[column.name] as { $file?: string } | null | undefined
    if (!ref || typeof ref !== 'object' || typeof ref.$file !== 'string') continue
    const bytes = entries[ref.$file]
    if (!bytes)
      throw invalid('msgFiles:bundle.missingBlob', {
        ...where,
        field: column.name,
        blob: ref.$file,
      })
    out[column.name] = Buffer.from(bytes)
  }
  return out
}

function readTable(
  db: Database.Database,
  spec: BundleTable,
  manifest: BundleManifest,
  entries: Record<string, Uint8Array>,
): BundleTableRows {
  const file = tableFile(spec.table)
  const raw = readJson(entries, file)
  if (!Array.isArray(raw)) throw invalid('msgFiles:bundle.notRowList', { file })
  const expected = manifest.tables[spec.table]
  if (raw.length !== expected)
    throw invalid('msgFiles:bundle.rowCount', {
      file,
      rows: raw.length,
      expected: String(expected),
    })
  const columns = columnsOf(db, spec.table)
  const schema = rowSchema(columns)
  const rows = raw.map((candidate: unknown, index) => {
    const where = { file, row: index + 1 }
    const parsed = schema.safeParse(candidate)
    if (!parsed.success) throw issueRefusal(parsed.error.issues[0]!, ROW_ISSUE, where)
    const row = parsed.data as Row
    const checked = spec.rules?.safeParse(row)
    if (checked && !checked.success) throw issueRefusal(checked.error.issues[0]!, ROW_ISSUE, where)
    if (row[spec.scope] !== manifest.incidentId) {
      throw invalid('msgFiles:bundle.otherIncident', {
        ...where,
        rowIncident: String(row[spec.scope]),
        incident: manifest.incidentId,
      })
    }
    return resolveBlobs(row, columns, entries, where)
  })
  return { spec, columns, rows }
}

/** Everything in the bundle, validated against this app's tables; writes nothing. */
export function readBundle(db: Database.Database, bytes: Uint8Array): ParsedBundle {
  const entries = unzipBundle(bytes)
  const manifest = readManifest(entries)
  const known = new Set(BUNDLE_TABLES.map((spec) => spec.table))
  for (const table of Object.keys(manifest.tables)) {
    if (!known.has(table) || !tableExists(db, table)) {
      throw invalid('msgFiles:bundle.unknownTable', { table })
    }
  }
  const tables = BUNDLE_TABLES.filter((spec) => manifest.tables[spec.table] !== undefined).map(
    (spec) => readTable(db, spec, manifest, entries),
  )
  const incident = tables.find((t) => t.spec.table === 'incidents')
  if (incident?.rows.length !== 1) throw invalid('msgFiles:bundle.notOneIncident')
  return { manifest, tables }
}
