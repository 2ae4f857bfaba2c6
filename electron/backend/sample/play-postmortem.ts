// The morning after: the commander opens the postmortem (prefilled from the incident), writes
// the parts a machine cannot, adds the action items, and the scribe records the service's SLO.
import type { IncidentHistory } from '../../../e2e/support/prometheus-harness-data'
import type { ChannelInput } from '../../../shared/contract/index'
import { sloDefinitionSchema } from '../../../shared/domain/slo/definition'
import { incidentImpact } from '../../../shared/domain/slo/promql'
import { slowShareAt } from './metrics'
import type { Beat, StoryState } from './play-types'
import { ACTION_ITEMS, POSTMORTEM_WRITTEN_AT, writtenSections } from './postmortem-text'
import { GO_LIVE_NOTE, MINUTE_MS, NOTES, PEOPLE, SERVICE, SLO, STATUS_CHANGES } from './story'
import type { StoryWriter } from './writer'

type SectionInput = ChannelInput<'postmortem.updateSection'>

const DAY_MS = 24 * 60 * MINUTE_MS

/** Share of the 30-day error budget the incident used, in percent, from the generated traffic. */
export function budgetConsumedPercent(w: StoryWriter, history: IncidentHistory): number {
  const resolvedAt = STATUS_CHANGES.find((change) => change.status === 'resolved')?.at ?? 0
  const windowMs = resolvedAt * MINUTE_MS
  const sli = 1 - slowShareAt(history, w.time(resolvedAt), windowMs)
  const consumed = incidentImpact(sloDefinitionSchema.parse(SLO), windowMs, sli).budgetConsumed
  return Math.round((consumed ?? 0) * 1000) / 10
}

function sectionInputs(
  w: StoryWriter,
  state: StoryState,
  history: IncidentHistory,
): SectionInput[] {
  const incidentId = state.incidentId
  const view = w.call('postmortem.get', { incidentId })
  const text = writtenSections(budgetConsumedPercent(w, history))
  const { sections } = view
  const decision = NOTES.find((note) => note.text.startsWith('Decision:'))
  const keyNotes = [GO_LIVE_NOTE, decision].flatMap((note) => {
    const id = note && state.noteEvents.get(note.text)
    return id ? [id] : []
  })
  const detectionHow = [sections.detection.how, text.detection].filter(Boolean).join('\n\n')
  return [
    { incidentId, section: 'summary', value: text.summary },
    { incidentId, section: 'impact', value: { ...sections.impact, ...text.impact } },
    { incidentId, section: 'detection', value: { ...sections.detection, how: detectionHow } },
    { incidentId, section: 'recovery', value: { ...sections.recovery, notes: text.recoveryNotes } },
    {
      incidentId,
      section: 'timeline',
      value: { show: 'key', keyEventIds: [...sections.timeline.keyEventIds, ...keyNotes] },
    },
    { incidentId, section: 'rootCause', value: text.rootCause },
    { incidentId, section: 'contributingFactors', value: text.contributingFactors },
    { incidentId, section: 'fiveWhys', value: text.fiveWhys },
    { incidentId, section: 'wentWell', value: text.wentWell },
    { incidentId, section: 'wentWrong', value: text.wentWrong },
    { incidentId, section: 'gotLucky', value: text.gotLucky },
    { incidentId, section: 'lessonsLearned', value: text.lessonsLearned },
    { incidentId, section: 'communication', value: text.communication },
    { incidentId, section: 'tags', value: text.tags },
  ]
}

function dueDate(w: StoryWriter, days: number | null): string | null {
  return days === null ? null : new Date(w.time(0) + days * DAY_MS).toISOString().slice(0, 10)
}

export function postmortemBeats(w: StoryWriter, history: IncidentHistory): Beat[] {
  const at = POSTMORTEM_WRITTEN_AT
  return [
    {
      at,
      by: PEOPLE.commander,
      run(state) {
        sectionInputs(w, state, history).forEach((input, index) => {
          w.at(at + 1 + index, PEOPLE.commander)
          w.call('postmortem.updateSection', input)
        })
      },
    },
    {
      at: at + 18,
      by: PEOPLE.commander,
      run(state) {
        ACTION_ITEMS.forEach(({ dueInDays, ...item }, index) => {
          w.at(at + 18 + index * 1.5, PEOPLE.commander)
          w.call('actionItem.add', {
            ...item,
            incidentId: state.incidentId,
            dueDate: dueDate(w, dueInDays),
          })
        })
      },
    },
    {
      at: at + 30,
      by: PEOPLE.scribe,
      run(state) {
        // A service that already has an SLO keeps it: the sample never edits the user's own.
        if (w.call('slo.list', { service: SERVICE }).length > 0) return
        state.sloId = w.call('slo.save', { definition: SLO }).id
      },
    },
  ]
}
