import type Database from 'better-sqlite3'
import { prepared } from '../db/statements'
import type {
  ActionItem,
  ActionItemPriority,
  ActionItemStatus,
  ActionItemType,
  Postmortem,
  PostmortemStatus,
} from '../../../shared/domain/postmortem/model'
import {
  blankSections,
  parseSectionValue,
  SECTION_KEYS,
  type PostmortemSections,
  type SectionKey,
  type SectionValue,
} from '../../../shared/domain/postmortem/sections'

interface PostmortemRow {
  incident_id: string
  status: string
  template_id: string
  created_at: number
  updated_at: number
  status_changed_at: number
}

function postmortemFromRow(row: PostmortemRow): Postmortem {
  return {
    incidentId: row.incident_id,
    status: row.status as PostmortemStatus,
    templateId: row.template_id,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    statusChangedAt: row.status_changed_at,
  }
}

const params = (p: Postmortem) => ({
  incident_id: p.incidentId,
  status: p.status,
  template_id: p.templateId,
  created_at: p.createdAt,
  updated_at: p.updatedAt,
  status_changed_at: p.statusChangedAt,
})

export function findPostmortem(db: Database.Database, incidentId: string): Postmortem | undefined {
  const row = prepared(
    db,
    `SELECT incident_id, status, template_id, created_at, updated_at, status_changed_at
       FROM postmortems WHERE incident_id = ?`,
  ).get(incidentId) as PostmortemRow | undefined
  return row && postmortemFromRow(row)
}

export function insertPostmortem(db: Database.Database, postmortem: Postmortem): void {
  prepared(
    db,
    `INSERT INTO postmortems (incident_id, status, template_id, created_at, updated_at, status_changed_at)
     VALUES (@incident_id, @status, @template_id, @created_at, @updated_at, @status_changed_at)`,
  ).run(params(postmortem))
}

export function savePostmortem(db: Database.Database, postmortem: Postmortem): void {
  prepared(
    db,
    `UPDATE postmortems SET status = @status, template_id = @template_id,
       updated_at = @updated_at, status_changed_at = @status_changed_at
     WHERE incident_id = @incident_id`,
  ).run(params(postmortem))
}

/**
 * Every section; one missing or no longer valid (an older app, a hand edit) reads as blank rather
 * than making the whole postmortem unreadable.
 */
export function readSections(
  db: Database.Database,
  incidentId: string,
  fallbackTitle: string,
): PostmortemSections {
  const rows = prepared(
    db,
    'SELECT section, value FROM postmortem_sections WHERE incident_id = ?',
  ).all(incidentId) as { section: string; value: string }[]
  const sections = blankSections(fallbackTitle) as Record<SectionKey, unknown>
  for (const row of rows) {
    if (!(SECTION_KEYS as string[]).includes(row.section)) continue
    const key = row.section as SectionKey
    const parsed = parseSectionValue(key, JSON.parse(row.value) as unknown)
    if (parsed.ok) sections[key] = parsed.value
  }
  return sections as PostmortemSections
}

export function writeSection(
  db: Database.Database,
  incidentId: string,
  section: SectionKey,
  value: SectionValue,
  at: number,
): void {
  prepared(
    db,
    `INSERT INTO postmortem_sections (incident_id, section, value, updated_at) VALUES (?, ?, ?, ?)
     ON CONFLICT (incident_id, section) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at`,
  ).run(incidentId, section, JSON.stringify(value), at)
}

export function writeSections(
  db: Database.Database,
  incidentId: string,
  sections: PostmortemSections,
  at: number,
): void {
  for (const key of SECTION_KEYS) writeSection(db, incidentId, key, sections[key], at)
}

interface ActionItemRow {
  id: string
  incident_id: string
  title: string
  owner: string
  due_date: string | null
  priority: string
  type: string
  status: string
  ticket_url: string
  position: number
  created_at: number
  updated_at: number
  completed_at: number | null
}

const ACTION_ITEM_COLUMNS = `id, incident_id, title, owner, due_date, priority, type, status,
  ticket_url, position, created_at, updated_at, completed_at`

function actionItemFromRow(row: ActionItemRow): ActionItem {
  return {
    id: row.id,
    incidentId: row.incident_id,
    title: row.title,
    owner: row.owner,
    dueDate: row.due_date,
    priority: row.priority as ActionItemPriority,
    type: row.type as ActionItemType,
    status: row.status as ActionItemStatus,
    ticketUrl: row.ticket_url,
    position: row.position,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    completedAt: row.completed_at,
  }
}

function actionItemParams(item: ActionItem): ActionItemRow {
  return {
    id: item.id,
    incident_id: item.incidentId,
    title: item.title,
    owner: item.owner,
    due_date: item.dueDate,
    priority: item.priority,
    type: item.type,
    status: item.status,
    ticket_url: item.ticketUrl,
    position: item.position,
    created_at: item.createdAt,
    updated_at: item.updatedAt,
    completed_at: item.completedAt,
  }
}

export function listActionItems(db: Database.Database, incidentId: string): ActionItem[] {
  const rows = prepared(
    db,
    `SELECT ${ACTION_ITEM_COLUMNS} FROM action_items WHERE incident_id = ? ORDER BY position, created_at, rowid`,
  ).all(incidentId) as ActionItemRow[]
  return rows.map(actionItemFromRow)
}

export function findActionItem(db: Database.Database, id: string): ActionItem | undefined {
  const row = prepared(db, `SELECT ${ACTION_ITEM_COLUMNS} FROM action_items WHERE id = ?`).get(
    id,
  ) as ActionItemRow | undefined
  return row && actionItemFromRow(row)
}

export function nextActionItemPosition(db: Database.Database, incidentId: string): number {
  const row = prepared(
    db,
    'SELECT coalesce(max(position) + 1, 0) AS next FROM action_items WHERE incident_id = ?',
  ).get(incidentId) as { next: number }
  return row.next
}

export function insertActionItem(db: Database.Database, item: ActionItem): void {
  prepared(
    db,
    `INSERT INTO action_items (${ACTION_ITEM_COLUMNS}) VALUES (@id, @incident_id, @title, @owner,
      @due_date, @priority, @type, @status, @ticket_url, @position, @created_at, @updated_at, @completed_at)`,
  ).run(actionItemParams(item))
}

export function saveActionItem(db: Database.Database, item: ActionItem): void {
  prepared(
    db,
    `UPDATE action_items SET title = @title, owner = @owner, due_date = @due_date,
       priority = @priority, type = @type, status = @status, ticket_url = @ticket_url,
       position = @position, updated_at = @updated_at, completed_at = @completed_at
     WHERE id = @id`,
  ).run(actionItemParams(item))
}

export function deleteActionItem(db: Database.Database, id: string): void {
  prepared(db, 'DELETE FROM action_items WHERE id = ?').run(id)
}
