import type Database from 'better-sqlite3'
import { NO_ROLES, type IncidentRoles } from '../../../shared/domain/roles'

interface RolesRow {
  commander: string
  scribe: string
  communications: string
  responders: string
}

/** An incident nobody has assigned roles on yet has none (no row). */
export function readRoles(db: Database.Database, incidentId: string): IncidentRoles {
  const row = db
    .prepare(
      'SELECT commander, scribe, communications, responders FROM incident_roles WHERE incident_id = ?',
    )
    .get(incidentId) as RolesRow | undefined
  if (!row) return NO_ROLES
  return {
    commander: row.commander,
    scribe: row.scribe,
    communications: row.communications,
    responders: JSON.parse(row.responders) as string[],
  }
}

export function writeRoles(
  db: Database.Database,
  incidentId: string,
  roles: IncidentRoles,
  updatedAt: number,
): void {
  db.prepare(
    `INSERT INTO incident_roles (incident_id, commander, scribe, communications, responders, updated_at)
     VALUES (@incident_id, @commander, @scribe, @communications, @responders, @updated_at)
     ON CONFLICT (incident_id) DO UPDATE SET commander = excluded.commander,
       scribe = excluded.scribe, communications = excluded.communications,
       responders = excluded.responders, updated_at = excluded.updated_at`,
  ).run({
    incident_id: incidentId,
    commander: roles.commander,
    scribe: roles.scribe,
    communications: roles.communications,
    responders: JSON.stringify(roles.responders),
    updated_at: updatedAt,
  })
}
