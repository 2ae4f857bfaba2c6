import type { Migration } from '../migrate'

// One runbook run per incident. Its definition (a copy of the runbook taken when it was chosen)
// and its step progress are JSON: they are always read and written whole, with the timeline
// events of the same action, in one transaction; json_extract still answers ad-hoc questions.
export const runbooksHypothesesRoles: Migration = {
  version: 2,
  name: 'runbook runs, hypotheses, incident roles',
  up(db) {
    db.exec(`
      CREATE TABLE runbook_runs (
        incident_id TEXT PRIMARY KEY REFERENCES incidents (id) ON DELETE CASCADE,
        runbook_id TEXT NOT NULL,
        definition TEXT NOT NULL CHECK (json_valid(definition)),
        steps TEXT NOT NULL CHECK (json_valid(steps)),
        chosen_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL
      ) STRICT;

      CREATE TABLE hypotheses (
        id TEXT PRIMARY KEY,
        incident_id TEXT NOT NULL REFERENCES incidents (id) ON DELETE CASCADE,
        text TEXT NOT NULL,
        status TEXT NOT NULL CHECK (status IN ('open', 'confirmed', 'ruled_out')),
        reason TEXT NOT NULL DEFAULT '',
        timeline_event_ids TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(timeline_event_ids)),
        evidence_ids TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(evidence_ids)),
        author TEXT NOT NULL DEFAULT '',
        created_at INTEGER NOT NULL,
        updated_at INTEGER NOT NULL,
        status_changed_at INTEGER NOT NULL
      ) STRICT;
      CREATE INDEX hypotheses_incident ON hypotheses (incident_id, created_at);

      CREATE TABLE incident_roles (
        incident_id TEXT PRIMARY KEY REFERENCES incidents (id) ON DELETE CASCADE,
        commander TEXT NOT NULL DEFAULT '',
        scribe TEXT NOT NULL DEFAULT '',
        communications TEXT NOT NULL DEFAULT '',
        responders TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(responders)),
        updated_at INTEGER NOT NULL
      ) STRICT;
    `)
  },
}
