import type { Migration } from '../migrate'

// Which incidents are the shipped sample: shown with a badge, and the only ones incident.delete
// removes. A table of its own rather than a column on incidents, so incident rows, bundles and
// the archive stay as they are; the sample row goes with its incident (ON DELETE CASCADE).
export const sampleIncidents: Migration = {
  version: 8,
  name: 'sample incidents',
  up(db) {
    db.exec(`
      CREATE TABLE sample_incidents (
        incident_id TEXT PRIMARY KEY REFERENCES incidents (id) ON DELETE CASCADE,
        story TEXT NOT NULL,
        story_version INTEGER NOT NULL,
        -- The SLO the sample added (none when the service already had one), removed with it.
        slo_id TEXT,
        loaded_at INTEGER NOT NULL
      ) STRICT;
    `)
  },
}
