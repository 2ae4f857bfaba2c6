// The incident's own beats: the declaration from the alert, roles, notes, severity and status
// changes, and the two hypotheses with the evidence that settled them.
import type { IncidentHistory } from '../../../e2e/support/prometheus-harness-data'
import { p99At } from './metrics'
import type { Beat, StoryState } from './play-types'
import {
  ALERT,
  GO_LIVE_NOTE,
  HYPOTHESES,
  INCIDENT,
  NOTES,
  PEOPLE,
  PROMETHEUS_NAME,
  ROLES,
  SEVERITY_RAISE,
  STATUS_CHANGES,
} from './story'
import type { StoryWriter } from './writer'

function declareBeat(w: StoryWriter, history: IncidentHistory): Beat {
  const firedAt = w.time(INCIDENT.detectedAt)
  return {
    at: INCIDENT.declaredAt,
    by: PEOPLE.commander,
    run(state) {
      const incident = w.call('incident.create', {
        title: INCIDENT.title,
        severity: INCIDENT.severity,
        services: [...INCIDENT.services],
        summary: INCIDENT.summary,
        startedAt: w.time(0),
        detectedAt: firedAt,
        alert: {
          sourceId: null,
          sourceName: PROMETHEUS_NAME,
          name: ALERT.name,
          labels: ALERT.labels,
          annotations: ALERT.annotations,
          activeAt: w.time(ALERT.activeAt),
          expr: ALERT.expr,
          value: p99At(history, firedAt).toFixed(2),
        },
      })
      state.incidentId = incident.id
    },
  }
}

function lifecycleBeats(w: StoryWriter): Beat[] {
  const { at: rolesAt, ...roles } = ROLES
  return [
    {
      at: rolesAt,
      by: PEOPLE.commander,
      run: (state) => void w.call('incident.setRoles', { id: state.incidentId, ...roles }),
    },
    {
      at: SEVERITY_RAISE.at,
      by: SEVERITY_RAISE.by,
      run: (state) =>
        void w.call('incident.setSeverity', {
          id: state.incidentId,
          severity: SEVERITY_RAISE.severity,
        }),
    },
    ...STATUS_CHANGES.map((change): Beat => ({
      at: change.at,
      by: change.by,
      run: (state) =>
        void w.call('incident.setStatus', { id: state.incidentId, status: change.status }),
    })),
  ]
}

function noteBeats(w: StoryWriter): Beat[] {
  return NOTES.map((note) => ({
    at: note.at,
    by: note.by,
    run(state: StoryState) {
      const event = w.call('timeline.add', {
        incidentId: state.incidentId,
        text: note.text,
        author: note.by,
        ...(note.occurredAt === undefined ? {} : { occurredAt: w.time(note.occurredAt) }),
      })
      state.noteEvents.set(note.text, event.id)
    },
  }))
}

function evidenceIds(state: StoryState, keys: (keyof StoryState['evidence'])[]): string[] {
  return keys.flatMap((key) => (state.evidence[key] ? [state.evidence[key]] : []))
}

function hypothesisBeats(w: StoryWriter): Beat[] {
  const ids: { contention?: string; slowQuery?: string } = {}
  const { contention, slowQuery } = HYPOTHESES
  const add = (key: keyof typeof ids, text: string) => (state: StoryState) => {
    ids[key] = w.call('hypothesis.add', { incidentId: state.incidentId, text }).id
  }
  const settle = (key: keyof typeof ids, status: 'confirmed' | 'ruled_out', reason: string) =>
    function run() {
      if (ids[key]) void w.call('hypothesis.setStatus', { id: ids[key], status, reason })
    }
  return [
    { at: contention.addedAt, by: contention.by, run: add('contention', contention.text) },
    {
      at: contention.settledAt - 0.2,
      by: contention.by,
      run(state) {
        const evidence = evidenceIds(state, ['cpu'])
        if (ids.contention)
          w.call('hypothesis.update', { id: ids.contention, evidenceIds: evidence })
      },
    },
    {
      at: contention.settledAt,
      by: contention.by,
      run: settle('contention', 'ruled_out', contention.reason),
    },
    { at: slowQuery.addedAt, by: slowQuery.by, run: add('slowQuery', slowQuery.text) },
    {
      at: slowQuery.settledAt - 0.3,
      by: slowQuery.by,
      run(state) {
        const goLive = state.noteEvents.get(GO_LIVE_NOTE.text)
        if (!ids.slowQuery) return
        w.call('hypothesis.update', {
          id: ids.slowQuery,
          evidenceIds: evidenceIds(state, ['slowTrace', 'secondTrace']),
          timelineEventIds: goLive ? [goLive] : [],
        })
      },
    },
    {
      at: slowQuery.settledAt,
      by: slowQuery.by,
      run: settle('slowQuery', 'confirmed', slowQuery.reason),
    },
  ]
}

export function incidentBeats(w: StoryWriter, history: IncidentHistory): Beat[] {
  return [declareBeat(w, history), ...lifecycleBeats(w), ...noteBeats(w), ...hypothesisBeats(w)]
}
