import { describe, expect, it } from 'vitest'
import { tempDir, testBackend } from '../../testing/support'
import { initial } from './0001-initial'

describe('migration 2: runbook runs, hypotheses, roles', () => {
  it('upgrades a database with incidents declared before runbooks existed', async () => {
    const dataDir = tempDir()
    const old = await testBackend({ dataDir, migrations: [initial] })
    // Written as version 1 wrote it: no runbook tables yet.
    const oldId = 'declared-in-v1'
    old.db
      .prepare(
        `INSERT INTO incidents (id, title, severity, status, started_at, created_at, updated_at)
         VALUES (?, 'Old one', 'SEV3', 'investigating', 0, 0, 0)`,
      )
      .run(oldId)
    old.close()

    const upgraded = await testBackend({ dataDir })
    const tables = upgraded.db
      .prepare(
        "SELECT name, sql FROM sqlite_schema WHERE name IN ('runbook_runs', 'hypotheses', 'incident_roles')",
      )
      .all() as { name: string; sql: string }[]
    expect(tables.map((t) => t.name).sort()).toEqual([
      'hypotheses',
      'incident_roles',
      'runbook_runs',
    ])
    expect(tables.every((t) => t.sql.trimEnd().endsWith('STRICT'))).toBe(true)

    // The old incident has no run: the UI offers a runbook to choose.
    expect(await upgraded.dispatch('runbook.get', { incidentId: oldId })).toEqual({
      ok: true,
      value: null,
    })
    const chosen = await upgraded.dispatch('runbook.choose', {
      incidentId: oldId,
      runbookId: 'quick-triage',
    })
    expect(chosen.ok && (chosen.value as { runbookName: string }).runbookName).toBe('Quick triage')
  })

  it('refuses a hypothesis status the app does not know', async () => {
    const backend = await testBackend()
    const created = await backend.dispatch('incident.create', { title: 'X', severity: 'SEV3' })
    if (!created.ok) throw new Error(created.error.message)
    const insert = () =>
      backend.db
        .prepare(
          `INSERT INTO hypotheses (id, incident_id, text, status, created_at, updated_at, status_changed_at)
           VALUES ('h', ?, 't', 'maybe', 0, 0, 0)`,
        )
        .run((created.value as { id: string }).id)
    expect(insert).toThrow(/CHECK constraint failed/)
  })
})
