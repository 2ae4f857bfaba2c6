import type { Migration } from '../migrate'

// One postmortem per incident. Each section is its own row holding JSON, so autosave rewrites
// one small row and full-text search can index sections one by one. Action items are real rows
// with real columns: the library asks which are open and overdue across every incident.
export const postmortems: Migration = {
  version: 5,
  name: 'postmortems, sections, action items',
  up(db) {
    db.exec(`
      CREATE TABLE postmortems (
        incident_id TEXT PRIMARY KEY REFERENCES incidents (id) ON DELETE CASCADE,
        status TEXT NOT NULL CHECK (status IN ('draft', 'in_review', 'reviewed', 'published')),
        template_id TEXT NOT NULL,
        created_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL,
        status_changed_at INTEGER NOT NULL
      ) STRICT;

      CREATE TABLE postmortem_sections (
        incident_id TEXT NOT NULL REFERENCES postmortems (incident_id) ON DELETE CASCADE,
        section TEXT NOT NULL,
        value TEXT NOT NULL CHECK (json_valid(value)),
        updated_at INTEGER NOT NULL,
        PRIMARY KEY (incident_id, section)
      ) STRICT;

      CREATE TABLE action_items (
        id TEXT PRIMARY KEY,
        incident_id TEXT NOT NULL REFERENCES incidents (id) ON DELETE CASCADE,
        title TEXT NOT NULL,
        owner TEXT NOT NULL DEFAULT '',
        -- A calendar date, YYYY-MM-DD: compare with date('now') for overdue items.
        due_date TEXT CHECK (due_date IS NULL OR due_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
        priority TEXT NOT NULL CHECK (priority IN ('P1', 'P2', 'P3')),
        type TEXT NOT NULL CHECK (type IN ('prevent', 'mitigate', 'detect', 'process')),
        status TEXT NOT NULL CHECK (status IN ('open', 'in_progress', 'done')),
        ticket_url TEXT NOT NULL DEFAULT '',
        position INTEGER NOT NULL,
        created_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL,
        completed_at INTEGER
      ) STRICT;
      CREATE INDEX action_items_incident ON action_items (incident_id, position);
      CREATE INDEX action_items_open ON action_items (status, due_date);
    `)
  },
}
