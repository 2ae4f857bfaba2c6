import type { Migration } from '../migrate'

// Insights read every incident of a period (often all of them): a covering index answers that
// from the index alone, in start order, for a narrow period and for all time alike; without it
// each row costs a lookup into the table. The budget an incident consumed is read from the
// postmortem's impact section only, found through a partial index instead of scanning every
// section.
export const insightsIndexes: Migration = {
  version: 10,
  name: 'insights indexes',
  up(db) {
    db.exec(`
      CREATE INDEX incidents_insights ON incidents (started_at, severity, detected_at,
        acknowledged_at, mitigated_at, resolved_at, services, id, title);
      CREATE INDEX postmortem_sections_impact ON postmortem_sections (incident_id)
        WHERE section = 'impact';
    `)
  },
}
