import type { runbookChannels } from '../../../shared/contract/runbook'
import { AppError } from '../../../shared/contract/errors'
import { msg, type Message } from '../../../shared/i18n/messages'
import type { Change, TimelineDraft } from '../../../shared/domain/change'
import type { Incident } from '../../../shared/domain/incident'
import { acknowledgeIfUnset } from '../../../shared/domain/lifecycle'
import {
  addStepNote,
  changeRunbook,
  completeStep,
  DEFAULT_RUNBOOK_ID,
  reopenStep,
  runView,
  setItemTicked,
  skipStep,
  startRun,
  startStep,
  type RunbookDefinition,
  type RunbookRun,
  type RunView,
  type StepActionContext,
} from '../../../shared/domain/runbook/index'
import { saveIncident } from '../repositories/incidents'
import { findRunbookRun, saveRunbookRun } from '../repositories/runbook-runs'
import { readSettings } from '../repositories/settings'
import { loadRunbookCatalog, loadRunbooks, type RunbookCatalog } from '../runbooks/loader'
import { shippedRunbooksDir, userRunbooksDir } from '../runbooks/templates-dir'
import { requireIncident } from './incidents'
import { appendTimeline, unwrap } from './record'
import type { HandlerDeps, HandlersFor } from './types'

/** Read from disk on every call: runbooks a user adds show up without a restart. */
export function runbookCatalog(deps: HandlerDeps): RunbookCatalog {
  const userDir = userRunbooksDir(deps.info.dataDir)
  try {
    return loadRunbooks(shippedRunbooksDir(), userDir)
  } catch (error) {
    // No templates folder at all: the user's own runbooks still work; the picker says why
    // the shipped ones are missing.
    const catalog = loadRunbookCatalog([{ dir: userDir, origin: 'user' }])
    const message = error instanceof Error ? error.message : String(error)
    const missing = { file: 'templates', filePath: '', origin: 'shipped' as const, message }
    return {
      ...catalog,
      errors: [{ ...missing, path: null, line: null, column: null }, ...catalog.errors],
    }
  }
}

function findRunbook(deps: HandlerDeps, runbookId: string): RunbookDefinition {
  const { runbooks, errors } = runbookCatalog(deps)
  const found = runbooks.find((r) => r.definition.id === runbookId)
  if (found) return found.definition
  const broken = errors.find((e) => e.file.replace(/\.ya?ml$/i, '') === runbookId)
  const available = runbooks.map((r) => r.definition.id).join(', ')
  const id = runbookId
  let message: Message
  if (broken) message = msg('msgWork:runbook.notLoadable', { id, reason: broken.message })
  else if (available) message = msg('msgWork:runbook.noSuchRunbook', { id, available })
  else message = msg('msgWork:runbook.noSuchRunbookNoneAvailable', { id })
  throw new AppError('invalid_input', message, { fields: { runbookId: message } })
}

/**
 * The runbook a new incident starts with: the one asked for (an unknown id is refused before
 * anything is written), else the default, else null when even that cannot be loaded, so
 * declaring an incident never fails because of a runbook file.
 */
export function runbookForNewIncident(
  deps: HandlerDeps,
  runbookId: string | undefined,
): RunbookDefinition | null {
  if (runbookId !== undefined) return findRunbook(deps, runbookId)
  const { runbooks } = runbookCatalog(deps)
  return runbooks.find((r) => r.definition.id === DEFAULT_RUNBOOK_ID)?.definition ?? null
}

/**
 * Call inside incident.create's transaction. It writes no timeline event and needs no
 * 'runbook.changed': the declaration event opens the timeline, the runbook panel shows which
 * runbook is followed, and nobody can hold a cached run of an incident that did not exist.
 */
export function startRunForNewIncident(
  deps: HandlerDeps,
  incident: Incident,
  runbook: RunbookDefinition,
  at: number,
): void {
  saveRunbookRun(deps.db, unwrap(startRun(incident.id, runbook, at)).value, at)
}

function requireRun(deps: HandlerDeps, incidentId: string): RunbookRun {
  const run = findRunbookRun(deps.db, incidentId)
  if (!run) {
    throw new AppError('not_found', msg('msgWork:runbook.noRun'))
  }
  return run
}

type StepAction = (run: RunbookRun, ctx: StepActionContext) => Change<RunbookRun>

interface Applied {
  view: RunView
  wrote: boolean
  acknowledged: boolean
}

/**
 * Runs one engine action in a transaction: the new run, its timeline events and, for a
 * responder's first step action, the incident's acknowledgement are written together or not at all.
 */
function applyStepAction(
  deps: HandlerDeps,
  input: { incidentId: string; at?: number | undefined },
  action: StepAction,
): RunView {
  const applied = deps.db.transaction((): Applied => {
    const incident = requireIncident(deps, input.incidentId)
    const run = requireRun(deps, input.incidentId)
    const now = deps.now()
    const ctx = { now, at: input.at, incidentStartedAt: incident.startedAt }
    const change = unwrap(action(run, ctx))
    const first = change.events[0]
    if (change.value === run || !first)
      return { view: runView(run), wrote: false, acknowledged: false }
    const ack = acknowledgeIfUnset(incident, first.occurredAt, now)
    if (ack.ok && ack.value !== incident) saveIncident(deps.db, ack.value)
    const drafts: TimelineDraft[] = [...(ack.ok ? ack.events : []), ...change.events]
    saveRunbookRun(deps.db, change.value, now)
    appendTimeline(deps, input.incidentId, drafts, 'runbook', now)
    return {
      view: runView(change.value),
      wrote: true,
      acknowledged: ack.ok && ack.value !== incident,
    }
  })()
  if (applied.wrote) {
    deps.emit({ name: 'runbook.changed', incidentId: input.incidentId })
    deps.emit({ name: 'timeline.changed', incidentId: input.incidentId })
  }
  if (applied.acknowledged) deps.emit({ name: 'incident.changed', incidentId: input.incidentId })
  return applied.view
}

export function runbookHandlers(deps: HandlerDeps): HandlersFor<keyof typeof runbookChannels> {
  const step = (input: { incidentId: string; at?: number | undefined }, action: StepAction) =>
    applyStepAction(deps, input, action)
  return {
    'runbook.list'() {
      const { runbooks, errors } = runbookCatalog(deps)
      return {
        runbooks: runbooks.map((r) => ({
          ...r.definition,
          origin: r.origin,
          filePath: r.filePath,
          isDefault: r.definition.id === DEFAULT_RUNBOOK_ID,
        })),
        errors,
        defaultId: DEFAULT_RUNBOOK_ID,
      }
    },
    'runbook.get'(input) {
      requireIncident(deps, input.incidentId)
      const run = findRunbookRun(deps.db, input.incidentId)
      return run ? runView(run) : null
    },
    'runbook.choose'(input) {
      return chooseRunbook(deps, input.incidentId, input.runbookId)
    },
    'runbook.startStep': (input) => step(input, (run, ctx) => startStep(run, input.stepId, ctx)),
    'runbook.completeStep': (input) =>
      step(input, (run, ctx) => completeStep(run, input.stepId, ctx)),
    'runbook.skipStep': (input) =>
      step(input, (run, ctx) => skipStep(run, input.stepId, input.reason, ctx)),
    'runbook.reopenStep': (input) => step(input, (run, ctx) => reopenStep(run, input.stepId, ctx)),
    'runbook.tick': (input) =>
      step(input, (run, ctx) => setItemTicked(run, input.stepId, input.itemId, input.ticked, ctx)),
    'runbook.addStepNote': (input) => {
      const note = { id: deps.newId(), text: input.text, author: readSettings(deps.db).authorName }
      return step(input, (run, ctx) => addStepNote(run, input.stepId, note, ctx))
    },
  }
}

/** Picks the runbook of an incident that has none, or swaps it while no step is finished. */
function chooseRunbook(deps: HandlerDeps, incidentId: string, runbookId: string): RunView {
  const runbook = findRunbook(deps, runbookId)
  const view = deps.db.transaction(() => {
    requireIncident(deps, incidentId)
    const now = deps.now()
    const current = findRunbookRun(deps.db, incidentId)
    const change = unwrap(
      current ? changeRunbook(current, runbook, now) : startRun(incidentId, runbook, now),
    )
    saveRunbookRun(deps.db, change.value, now)
    appendTimeline(deps, incidentId, change.events, 'runbook', now)
    return runView(change.value)
  })()
  deps.emit({ name: 'runbook.changed', incidentId })
  deps.emit({ name: 'timeline.changed', incidentId })
  return view
}
