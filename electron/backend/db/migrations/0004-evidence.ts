import type { Migration } from '../migrate'

// Pinned charts and traces, stored in full (gzip) so a postmortem still renders after
// Prometheus retention or Jaeger's TTL has dropped the data.
export const evidence: Migration = {
  version: 4,
  name: 'evidence',
  up(db) {
    db.exec(`
      CREATE TABLE evidence (
        id TEXT PRIMARY KEY,
        incident_id TEXT NOT NULL REFERENCES incidents (id) ON DELETE CASCADE,
        kind TEXT NOT NULL CHECK (kind IN ('chart', 'trace')),
        caption TEXT NOT NULL DEFAULT '',
        source_name TEXT NOT NULL DEFAULT '',
        summary TEXT NOT NULL DEFAULT '{}',
        payload BLOB NOT NULL,
        payload_bytes INTEGER NOT NULL,
        png BLOB,
        created_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL
      ) STRICT;
      CREATE INDEX evidence_incident ON evidence (incident_id, created_at);
    `)
  },
}
