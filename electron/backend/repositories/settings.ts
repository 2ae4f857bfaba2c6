import type Database from 'better-sqlite3'
import { prepared } from '../db/statements'
import { DEFAULT_SETTINGS, settingsSchema, type Settings } from '../../../shared/contract/settings'

/** Settings are stored as one JSON value per key; unknown or invalid values fall back to defaults. */
export function readSettings(db: Database.Database): Settings {
  const rows = prepared(db, 'SELECT key, value FROM settings').all() as {
    key: string
    value: string
  }[]
  const stored: Record<string, unknown> = {}
  for (const row of rows) {
    try {
      stored[row.key] = JSON.parse(row.value)
    } catch {
      // A value we cannot read is treated as unset rather than blocking start-up.
    }
  }
  const merged = { ...DEFAULT_SETTINGS, ...stored }
  const parsed = settingsSchema.safeParse(merged)
  return parsed.success ? parsed.data : DEFAULT_SETTINGS
}

export function writeSettings(db: Database.Database, changes: Partial<Settings>): void {
  const upsert = prepared(
    db,
    'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
  )
  db.transaction(() => {
    for (const [key, value] of Object.entries(changes)) {
      if (value !== undefined) upsert.run(key, JSON.stringify(value))
    }
  })()
}
