import { afterEach, describe, expect, it } from 'vitest'
import { timelineDraft, type TimelineDraft } from '../../../../shared/domain/change'
import { msg, type Message } from '../../../../shared/i18n/messages'
import { i18n } from '../../i18n'
import { eventText } from './event-text'

// What a reader sees of the entries the app writes: their own language, with a shipped runbook's
// step titles translated, and exactly the backend's English in English.

const AT = Date.UTC(2026, 4, 10, 12)
const draft = (message: Message): TimelineDraft => timelineDraft('status', message, AT)
const shown = (message: Message) => {
  const { text } = draft(message)
  return eventText({ text, message })
}

const step = { runbookId: 'service-degradation', stepId: 'assess-impact', step: 'Assess impact' }
const SAMPLES: Message[] = [
  msg('msgEvents:incident.declared', { severity: 'SEV2' }),
  msg('msgEvents:incident.statusChanged', { from: 'investigating', to: 'mitigated' }),
  msg('msgEvents:incident.reopenedWithReason', { from: 'resolved', reason: 'errors are back' }),
  msg('msgEvents:milestone.setWas', {
    field: 'detectedAt',
    at: '2026-05-10 09:02 UTC',
    was: '2026-05-10 09:04 UTC',
  }),
  msg('msgEvents:role.unassigned', { role: 'communications', was: 'Bruno' }),
  msg('msgEvents:runbook.stepStarted', step),
  msg('msgEvents:runbook.itemTicked', {
    ...step,
    itemId: '5',
    item: 'Severity set to match the impact',
  }),
  msg('msgEvents:runbook.chosen', {
    runbook: 'Service degradation',
    runbookId: 'service-degradation',
  }),
  msg('msgEvents:postmortem.movedWithEmpty', { from: 'draft', to: 'in_review', count: 2 }),
  msg('msgEvents:evidence.tracePinned', {
    traceId: 'abc',
    caption: 'checkout',
    traceDuration: '7.1 s',
    spanCount: 1234,
    summary: 'selfTime',
    share: '74%',
    duration: '7.1 s',
    service: 'leaderboard-db',
    operation: 'SELECT',
    n: 3,
    count: 3,
  }),
]

describe('timeline entries in the UI language', () => {
  afterEach(() => i18n.changeLanguage('en'))

  it('read in English exactly as the backend stored them', () => {
    for (const message of SAMPLES) expect(shown(message)).toBe(draft(message).text)
    expect(draft(SAMPLES[1]!).text).toBe('Status changed from investigating to mitigated')
  })

  it('read in Portuguese with no English word left, the user’s words as written', async () => {
    await i18n.changeLanguage('pt-BR')
    expect(SAMPLES.map(shown)).toEqual([
      'Incidente declarado: SEV2, investigando',
      'Status alterado de investigando para mitigado',
      'Incidente reaberto: de resolvido para investigando: errors are back',
      'Horário de detecção definido como 2026-05-10 09:02 UTC (antes: 2026-05-10 09:04 UTC)',
      'Responsável pela comunicação: sem responsável (antes: Bruno)',
      'Etapa "Avaliar o impacto" iniciada',
      'Marcado "Severidade definida de acordo com o impacto" em "Avaliar o impacto"',
      'Runbook "Degradação de serviço" escolhido',
      'Postmortem passou de Rascunho para Em revisão com 2 seções vazias',
      'Trace abc fixado: checkout (7.1 s, 1.234 spans). 74% de 7.1 s é tempo próprio em leaderboard-db SELECT (3 spans).',
    ])
  })

  it('keep the title of a user’s own step that reuses a shipped id', async () => {
    await i18n.changeLanguage('pt-BR')
    const own = msg('msgEvents:runbook.stepStarted', { ...step, step: 'Check the Kafka lag' })
    expect(shown(own)).toBe('Etapa "Check the Kafka lag" iniciada')
  })

  it('show the stored text when there is no message or its key is unknown', async () => {
    await i18n.changeLanguage('pt-BR')
    expect(eventText({ text: 'Paged the DBA', message: null })).toBe('Paged the DBA')
    expect(eventText({ text: 'From a newer app', message: { key: 'msgEvents:later.thing' } })).toBe(
      'From a newer app',
    )
  })
})
