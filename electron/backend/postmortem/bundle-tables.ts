import type Database from 'better-sqlite3'
import { z } from 'zod'
import { severitySchema, statusSchema, timelineKindSchema } from '../../../shared/contract/schemas'
import {
  parseSectionValue,
  SECTION_KEYS,
  type SectionKey,
} from '../../../shared/domain/postmortem/sections'
import { runbookDefinitionSchema } from '../../../shared/domain/runbook/definition'
import { messageSchema } from '../../../shared/i18n/message-schema'
import { stepProgressSchema } from '../../../shared/domain/runbook/run'

// The tables an incident bundle carries, in the order they are written back (parents first, for
// foreign keys). Adding a table to bundles is one line here. Rows are copied column for column;
// each column is validated against the live table's declared type, so a bundle written by another
// schema version is refused with the column named rather than half-imported.
//
// Never listed: data_sources (connection settings), settings, meta, and anything holding
// credentials; those stay on the machine that has them.

export interface BundleTable {
  table: string
  /** The column tying a row to the incident. */
  scope: 'id' | 'incident_id'
  /** What the app expects beyond column types (enums without a CHECK, JSON contents). */
  rules?: z.ZodType
}

/** A TEXT column holding JSON that must match `schema`. */
function jsonText(schema: z.ZodType) {
  return z.string().superRefine((text, ctx) => {
    let value: unknown
    try {
      value = JSON.parse(text)
    } catch {
      ctx.addIssue({ code: 'custom', message: 'is not valid JSON' })
      return
    }
    for (const issue of schema.safeParse(value).error?.issues ?? []) {
      const where = issue.path.length ? ` at ${issue.path.join('.')}` : ''
      ctx.addIssue({ code: 'custom', message: `${issue.message}${where}` })
    }
  })
}

const sectionRow = z
  .looseObject({
    section: z.enum(SECTION_KEYS as [SectionKey, ...SectionKey[]]),
    value: z.string(),
  })
  .superRefine((row, ctx) => {
    let value: unknown
    try {
      value = JSON.parse(row.value)
    } catch {
      ctx.addIssue({ code: 'custom', message: 'is not valid JSON', path: ['value'] })
      return
    }
    const parsed = parseSectionValue(row.section, value)
    if (!parsed.ok) ctx.addIssue({ code: 'custom', message: parsed.message, path: ['value'] })
  })

export const BUNDLE_TABLES: readonly BundleTable[] = [
  {
    table: 'incidents',
    scope: 'id',
    rules: z.looseObject({
      severity: severitySchema,
      status: statusSchema,
      services: jsonText(z.array(z.string())),
    }),
  },
  {
    table: 'timeline_events',
    scope: 'incident_id',
    // Bundles written before timeline messages have no message column: optional.
    rules: z.looseObject({
      kind: timelineKindSchema,
      message: jsonText(messageSchema).nullable().optional(),
    }),
  },
  {
    table: 'runbook_runs',
    scope: 'incident_id',
    rules: z.looseObject({
      definition: jsonText(runbookDefinitionSchema),
      steps: jsonText(z.array(stepProgressSchema)),
    }),
  },
  { table: 'hypotheses', scope: 'incident_id' },
  { table: 'incident_roles', scope: 'incident_id' },
  {
    table: 'evidence',
    scope: 'incident_id',
    rules: z.looseObject({ summary: jsonText(z.record(z.string(), z.unknown())) }),
  },
  { table: 'postmortems', scope: 'incident_id' },
  { table: 'postmortem_sections', scope: 'incident_id', rules: sectionRow },
  { table: 'action_items', scope: 'incident_id' },
]

export interface Column {
  name: string
  type: 'INTEGER' | 'REAL' | 'TEXT' | 'BLOB' | 'ANY'
  notNull: boolean
  hasDefault: boolean
  /** Position in the primary key, 0 when not part of it. */
  pk: number
}

interface TableInfoRow {
  name: string
  type: string
  notnull: number
  dflt_value: string | null
  pk: number
}

export function tableExists(db: Database.Database, table: string): boolean {
  return (
    db.prepare("SELECT 1 FROM sqlite_schema WHERE type = 'table' AND name = ?").get(table) !==
    undefined
  )
}

export function columnsOf(db: Database.Database, table: string): Column[] {
  const rows = db
    .prepare('SELECT name, type, "notnull", dflt_value, pk FROM pragma_table_info(?)')
    .all(table) as TableInfoRow[]
  return rows.map((row) => ({
    name: row.name,
    type: (['INTEGER', 'REAL', 'TEXT', 'BLOB'].includes(row.type.toUpperCase())
      ? row.type.toUpperCase()
      : 'ANY') as Column['type'],
    notNull: row.notnull === 1,
    hasDefault: row.dflt_value !== null,
    pk: row.pk,
  }))
}

/** A blob column's value in a bundle: the path of a zip entry holding its bytes. */
export const blobRefSchema = z.strictObject({ $file: z.string().min(1).max(300) })

function columnSchema(column: Column): z.ZodType {
  const base: Record<Column['type'], z.ZodType> = {
    INTEGER: z.number().int(),
    REAL: z.number(),
    TEXT: z.string(),
    BLOB: blobRefSchema,
    ANY: z.union([z.number(), z.string(), blobRefSchema]),
  }
  let schema = base[column.type]
  if (!column.notNull) schema = schema.nullable()
  if (column.hasDefault || !column.notNull) schema = schema.optional()
  return schema
}

/** The shape a bundle row must have to go into this table as it is on this machine. */
export function rowSchema(columns: readonly Column[]) {
  return z.strictObject(Object.fromEntries(columns.map((c) => [c.name, columnSchema(c)])))
}
