import type { Migration } from '../migrate'

// SLO definitions per service, and the alerts incidents were declared from (so the "Confirm the
// alert" step can graph the alert's expression around the time it became active).
export const slosAndIncidentAlerts: Migration = {
  version: 6,
  name: 'slos and incident alerts',
  up(db) {
    db.exec(`
      CREATE TABLE slos (
        id TEXT PRIMARY KEY,
        service TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('latency', 'availability', 'uptime')),
        definition TEXT NOT NULL,
        created_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL
      ) STRICT;
      CREATE INDEX slos_service ON slos (service);

      CREATE TABLE incident_alerts (
        id TEXT PRIMARY KEY,
        incident_id TEXT NOT NULL REFERENCES incidents (id) ON DELETE CASCADE,
        source_id TEXT,
        source_name TEXT NOT NULL,
        name TEXT NOT NULL,
        labels TEXT NOT NULL,
        annotations TEXT NOT NULL,
        active_at INTEGER,
        expr TEXT,
        value TEXT,
        declared_at INTEGER NOT NULL
      ) STRICT;
      CREATE INDEX incident_alerts_incident ON incident_alerts (incident_id, declared_at);
    `)
  },
}
