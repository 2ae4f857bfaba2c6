import i18next from 'i18next'
import { describe, expect, it } from 'vitest'
import { sharedPtBR, SHARED_NAMESPACES } from '../i18n/catalogues'
import { englishText } from '../i18n/english'
import { msg, type Message } from '../i18n/messages'
import { eventTime, type Change, type Refusal } from './change'
import { newHypothesis, setHypothesisStatus } from './hypotheses'
import type { Incident } from './incident'
import { advanceAfterResolution, changeStatus, setMilestoneTimes } from './lifecycle'
import {
  allowedPostmortemStatuses,
  POSTMORTEM_STATUSES,
  POSTMORTEM_STATUS_LABELS,
} from './postmortem/model'
import { changeRoles, NO_ROLES } from './roles'
import { setItemTicked } from './runbook/checklist'
import { completeStep, reopenStep, startStep } from './runbook/engine'
import { ctx, fresh } from './runbook/test-fixtures'

// The rules' refusals carry their catalogue message beside the English text, so the UI can say
// them in the reader's language; the English stays exactly as it was.

const T0 = Date.UTC(2026, 4, 10, 9, 0)
const MIN = 60_000

function refused<T>(change: Change<T>): Refusal {
  if (change.ok) throw new Error('expected a refusal')
  return change
}

const incident = (overrides: Partial<Incident> = {}): Incident => ({
  id: 'i1',
  title: 'Checkout slow',
  severity: 'SEV2',
  status: 'investigating',
  services: [],
  summary: '',
  startedAt: T0,
  detectedAt: null,
  acknowledgedAt: null,
  mitigatedAt: null,
  resolvedAt: null,
  createdAt: T0,
  updatedAt: T0,
  ...overrides,
})

const portuguese = i18next.createInstance()
void portuguese.init({
  lng: 'pt-BR',
  resources: { 'pt-BR': sharedPtBR },
  ns: SHARED_NAMESPACES,
  initAsync: false,
  interpolation: { escapeValue: false },
})
const inPortuguese = (message: Message | undefined) =>
  message ? portuguese.t(message.key, { ...message.params }) : ''

describe('lifecycle refusals', () => {
  it('name the status by its own key, so no English status word reaches another language', () => {
    const refusal = refused(
      changeStatus(incident({ status: 'resolved', resolvedAt: T0 }), 'investigating', { now: T0 }),
    )
    expect(refusal.message).toBe(
      'The incident is resolved. Reopen it first: it goes back to investigating and the reopening is recorded.',
    )
    expect(refusal.text).toEqual({ key: 'msgWork:lifecycle.reopenFirst.resolved' })
    expect(inPortuguese(refusal.text)).toMatch(/^O incidente está resolvido\. Reabra-o primeiro/)
  })

  it('give both milestone times as values, on the field the user changed', () => {
    const detected = incident({ detectedAt: T0 + 10 * MIN })
    const refusal = refused(setMilestoneTimes(detected, { acknowledgedAt: T0 + 5 * MIN }, T0))
    expect(refusal).toMatchObject({ reason: 'invalid', field: 'acknowledgedAt' })
    expect(refusal.text?.key).toBe('msgWork:lifecycle.milestoneOrder.acknowledgedAfterDetected')
    const { later, earlier } = refusal.text?.params ?? {}
    expect(refusal.message).toBe(
      `The acknowledged time (${later}) cannot be before the detected time (${earlier}).`,
    )
    expect(inPortuguese(refusal.text)).toBe(
      `O horário de reconhecimento (${later}) não pode ser anterior ao de detecção (${earlier}).`,
    )
  })

  it('word both statuses of a move the postmortem drives in each language', () => {
    const refusal = refused(advanceAfterResolution(incident(), 'closed', T0))
    expect(refusal.message).toBe('An incident that is investigating cannot move to closed.')
    expect(refusal.text).toEqual({
      key: 'msgWork:lifecycle.cannotMove',
      params: { from: 'investigating', to: 'closed' },
    })
    expect(inPortuguese(refusal.text)).toBe(
      'Um incidente em investigação não pode passar para encerrado.',
    )
  })

  it('refuse a time before the start with the start as a value', () => {
    const refusal = eventTime({ now: T0, at: T0 - MIN, incidentStartedAt: T0 })
    expect(refusal).toMatchObject({
      ok: false,
      field: 'at',
      text: { key: 'msgWork:eventTime.beforeStart', params: { startedAt: expect.any(String) } },
    })
  })
})

describe('runbook, hypothesis and role refusals', () => {
  it('name the step state by key and the step title as a value', () => {
    const started = startStep(fresh(), 'assess-impact', ctx(2))
    if (!started.ok) throw new Error(started.message)
    const again = refused(startStep(started.value, 'assess-impact', ctx(3)))
    expect(again.message).toBe('Step "Assess impact" is already active.')
    expect(again.text).toEqual({
      key: 'msgWork:runbook.stepAlready.active',
      params: { title: 'Assess impact' },
    })
    expect(inPortuguese(again.text)).toBe('A etapa "Assess impact" já está em andamento.')

    const reopen = refused(reopenStep(fresh(), 'assess-impact', ctx(3)))
    expect(reopen.text?.key).toBe('msgWork:runbook.reopenOnlyFinished.todo')

    const done = completeStep(started.value, 'assess-impact', ctx(4))
    if (!done.ok) throw new Error(done.message)
    const tick = refused(setItemTicked(done.value, 'assess-impact', '1', true, ctx(5)))
    expect(tick.message).toBe('Step "Assess impact" is done; reopen it to change its checklist.')
    expect(tick.text?.key).toBe('msgWork:runbook.checklistLocked.done')
  })

  it('carry limits as values', () => {
    const hypothesis = newHypothesis(
      { id: 'h1', incidentId: 'i1', text: 'Pool exhausted', author: 'ana' },
      { now: T0, incidentStartedAt: T0 },
    )
    if (!hypothesis.ok) throw new Error(hypothesis.message)
    const same = refused(
      setHypothesisStatus(hypothesis.value, 'open', '', { now: T0, incidentStartedAt: T0 }),
    )
    expect(same).toMatchObject({
      message: 'This hypothesis is already open.',
      text: { key: 'msgWork:hypotheses.alreadyStatus.open' },
    })

    const crowd = Array.from({ length: 51 }, (_, i) => `Responder ${i}`)
    const roles = refused(
      changeRoles(NO_ROLES, { responders: crowd }, { now: T0, incidentStartedAt: T0 }),
    )
    expect(roles).toMatchObject({
      message: 'At most 50 responders.',
      field: 'responders',
      text: { key: 'msgWork:roles.tooManyResponders', params: { max: 50 } },
    })
  })
})

describe('postmortem status messages', () => {
  it('say the same as the review rules they stand for', () => {
    const label = (status: (typeof POSTMORTEM_STATUSES)[number]) => POSTMORTEM_STATUS_LABELS[status]
    for (const status of POSTMORTEM_STATUSES) {
      const next = allowedPostmortemStatuses(status).map(label).join(' or ')
      expect(englishText(msg(`msgWork:postmortem.nextStatus.${status}`))).toBe(
        `From ${label(status)} the postmortem can move to ${next}.`,
      )
      expect(englishText(msg(`msgWork:postmortem.alreadyStatus.${status}`))).toBe(
        `The postmortem is already ${label(status).toLowerCase()}.`,
      )
    }
  })
})
