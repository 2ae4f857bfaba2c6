// Loading and deleting the sample incident. The whole story is written in one transaction: a
// failure anywhere leaves the database exactly as it was.
import type { EventName } from '../../../shared/contract/index'
import { AppError } from '../../../shared/contract/errors'
import { msg } from '../../../shared/i18n/messages'
import { prepared } from '../db/statements'
import type { HandlerDeps } from '../handlers/types'
import { findIncident } from '../repositories/incidents'
import { deleteSlo, findSlo } from '../repositories/slos'
import { storyCharts, storyHistory } from './metrics'
import { chartBeats, traceBeats } from './play-evidence'
import { incidentBeats } from './play-incident'
import { postmortemBeats } from './play-postmortem'
import { stepBeats } from './play-steps'
import type { Beat, StoryState } from './play-types'
import { findSample, insertSample, listSamples } from './store'
import { storyStartMs } from './story'
import { storyTraces } from './traces'
import { StoryWriter } from './writer'

export const SAMPLE_STORY = 'leaderboard-latency'
/** Bump when the story changes, so a loaded sample says which one it is. */
export const SAMPLE_STORY_VERSION = 1

const INCIDENT_EVENTS: readonly EventName[] = [
  'incident.changed',
  'timeline.changed',
  'runbook.changed',
  'hypothesis.changed',
  'evidence.changed',
  'postmortem.changed',
]

function play(w: StoryWriter, beats: readonly Beat[], state: StoryState): void {
  // A stable sort: beats at the same minute keep the order they were listed in.
  for (const beat of [...beats].sort((a, b) => a.at - b.at)) {
    w.at(beat.at, beat.by)
    beat.run(state)
  }
}

function playStory(w: StoryWriter): StoryState {
  const state: StoryState = { incidentId: '', evidence: {}, noteEvents: new Map(), sloId: null }
  const history = storyHistory(w.t0)
  const [declare, ...incident] = incidentBeats(w, history)
  if (declare) play(w, [declare], state)
  // The run holds the runbook the incident actually got (the default one, as users have it).
  const run = w.call('runbook.get', { incidentId: state.incidentId })
  play(
    w,
    [
      ...incident,
      ...(run ? stepBeats(w, run.steps) : []),
      ...chartBeats(w, storyCharts(w.t0)),
      ...traceBeats(w, storyTraces(w.t0).slow),
      ...postmortemBeats(w, history),
    ],
    state,
  )
  return state
}

/** Writes the sample incident, or returns the one already loaded. */
export function loadSample(deps: HandlerDeps): { incidentId: string; created: boolean } {
  const existing = listSamples(deps.db)[0]
  if (existing) return { incidentId: existing.incidentId, created: false }
  const loadedAt = deps.now()
  const state = deps.db.transaction(() => {
    const writer = new StoryWriter(deps, storyStartMs(loadedAt))
    const played = playStory(writer)
    writer.finish()
    insertSample(deps.db, {
      incidentId: played.incidentId,
      story: SAMPLE_STORY,
      storyVersion: SAMPLE_STORY_VERSION,
      sloId: played.sloId,
      loadedAt,
    })
    return played
  })()
  for (const name of INCIDENT_EVENTS) deps.emit({ name, incidentId: state.incidentId })
  if (state.sloId) deps.emit({ name: 'slo.changed' })
  return { incidentId: state.incidentId, created: true }
}

/**
 * Deletes the sample with everything recorded on it (the tables cascade from incidents), and
 * the SLO it added unless the user has edited it since. Any other incident is refused.
 */
export function deleteSample(deps: HandlerDeps, incidentId: string): void {
  const sample = findSample(deps.db, incidentId)
  if (!sample) {
    if (!findIncident(deps.db, incidentId)) {
      throw new AppError('not_found', msg('msgFiles:sample.notFound', { id: incidentId }))
    }
    throw new AppError('invalid_input', msg('msgFiles:sample.onlySample'))
  }
  const removedSlo = deps.db.transaction(() => {
    const slo = sample.sloId ? findSlo(deps.db, sample.sloId) : undefined
    const untouched = slo !== undefined && slo.updatedAt === slo.createdAt
    if (untouched) deleteSlo(deps.db, slo.id)
    prepared(deps.db, 'DELETE FROM incidents WHERE id = ?').run(incidentId)
    return untouched
  })()
  for (const name of INCIDENT_EVENTS) deps.emit({ name, incidentId })
  if (removedSlo) deps.emit({ name: 'slo.changed' })
}

export function sampleIncidentIds(deps: HandlerDeps): string[] {
  return listSamples(deps.db).map((sample) => sample.incidentId)
}
