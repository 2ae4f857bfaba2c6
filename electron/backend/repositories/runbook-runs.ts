import type Database from 'better-sqlite3'
import { z } from 'zod'
import { runbookDefinitionSchema } from '../../../shared/domain/runbook/definition'
import { stepProgressSchema, type RunbookRun } from '../../../shared/domain/runbook/run'

interface RunRow {
  incident_id: string
  runbook_id: string
  definition: string
  steps: string
  chosen_at: number
  updated_at: number
}

const stepsSchema = z.array(stepProgressSchema)

/** Validated on read: a hand-edited or damaged row fails loudly instead of confusing the engine. */
function runFromRow(row: RunRow): RunbookRun {
  return {
    incidentId: row.incident_id,
    runbook: runbookDefinitionSchema.parse(JSON.parse(row.definition)),
    chosenAt: row.chosen_at,
    steps: stepsSchema.parse(JSON.parse(row.steps)),
  }
}

export function findRunbookRun(db: Database.Database, incidentId: string): RunbookRun | undefined {
  const row = db
    .prepare(
      'SELECT incident_id, runbook_id, definition, steps, chosen_at, updated_at FROM runbook_runs WHERE incident_id = ?',
    )
    .get(incidentId) as RunRow | undefined
  return row && runFromRow(row)
}

/** Inserts or replaces the incident's run (choosing another runbook replaces it). */
export function saveRunbookRun(db: Database.Database, run: RunbookRun, updatedAt: number): void {
  db.prepare(
    `INSERT INTO runbook_runs (incident_id, runbook_id, definition, steps, chosen_at, updated_at)
     VALUES (@incident_id, @runbook_id, @definition, @steps, @chosen_at, @updated_at)
     ON CONFLICT (incident_id) DO UPDATE SET runbook_id = excluded.runbook_id,
       definition = excluded.definition, steps = excluded.steps,
       chosen_at = excluded.chosen_at, updated_at = excluded.updated_at`,
  ).run({
    incident_id: run.incidentId,
    runbook_id: run.runbook.id,
    definition: JSON.stringify(run.runbook),
    steps: JSON.stringify(run.steps),
    chosen_at: run.chosenAt,
    updated_at: updatedAt,
  })
}
