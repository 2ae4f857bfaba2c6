import type { Migration } from '../migrate'

export const initial: Migration = {
  version: 1,
  name: 'incidents, timeline events, settings, meta',
  up(db) {
    db.exec(`
      CREATE TABLE incidents (
        id TEXT PRIMARY KEY,
        title TEXT NOT NULL,
        severity TEXT NOT NULL CHECK (severity IN ('SEV1','SEV2','SEV3','SEV4')),
        status TEXT NOT NULL,
        services TEXT NOT NULL DEFAULT '[]',
        summary TEXT NOT NULL DEFAULT '',
        started_at INTEGER NOT NULL,
        detected_at INTEGER,
        acknowledged_at INTEGER,
        mitigated_at INTEGER,
        resolved_at INTEGER,
        created_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL
      ) STRICT;
      CREATE INDEX incidents_started_at ON incidents (started_at DESC, id);

      CREATE TABLE timeline_events (
        id TEXT PRIMARY KEY,
        incident_id TEXT NOT NULL REFERENCES incidents (id) ON DELETE CASCADE,
        occurred_at INTEGER NOT NULL,
        kind TEXT NOT NULL,
        text TEXT NOT NULL,
        author TEXT NOT NULL DEFAULT '',
        source TEXT NOT NULL DEFAULT 'user',
        created_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL,
        deleted_at INTEGER
      ) STRICT;
      CREATE INDEX timeline_events_incident ON timeline_events (incident_id, occurred_at, created_at);

      CREATE TABLE settings (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
      ) STRICT;

      -- Facts about the file itself, such as the app version that last wrote it.
      CREATE TABLE meta (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
      ) STRICT;
    `)
  },
}
