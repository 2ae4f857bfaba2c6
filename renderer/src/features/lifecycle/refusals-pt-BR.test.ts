import { afterEach, describe, expect, it } from 'vitest'
import { AppError } from '../../../../shared/contract/errors'
import { incidentChannels } from '../../../../shared/contract/incidents'
import type { Change } from '../../../../shared/domain/change'
import type { Incident } from '../../../../shared/domain/incident'
import { changeStatus, setMilestoneTimes } from '../../../../shared/domain/lifecycle'
import {
  runbookFileSchema,
  runbookIssueMessage,
} from '../../../../shared/domain/runbook/definition'
import { BridgeCallError } from '../../bridge/errors'
import { i18n } from '../../i18n'
import { wordedFieldErrors, wordMessage } from '../../i18n/messages'

// What a pt-BR reader sees when the incident work area refuses something: the backend sends a
// rule's refusal as a catalogue message (handlers/record.ts does exactly this), the bridge words
// it in the UI language. No English status or milestone word is left in the Portuguese.

const T0 = Date.UTC(2026, 4, 10, 9, 0)
const MIN = 60_000
const incident: Incident = {
  id: 'i1',
  title: 'Checkout slow',
  severity: 'SEV2',
  status: 'investigating',
  services: [],
  summary: '',
  startedAt: T0,
  detectedAt: T0 + 10 * MIN,
  acknowledgedAt: null,
  mitigatedAt: null,
  resolvedAt: null,
  createdAt: T0,
  updatedAt: T0,
}

/** The failed call the UI receives for a refused rule. */
function failedCall(change: Change<Incident>): BridgeCallError {
  if (change.ok || !change.text) throw new Error('expected a refusal with a message')
  const fields = change.field ? { fields: { [change.field]: change.text } } : undefined
  return BridgeCallError.from(new AppError('invalid_input', change.text, fields).toBridgeError())
}

describe('work area refusals in Portuguese', () => {
  afterEach(() => i18n.changeLanguage('en'))

  it('a milestone out of order, beside its field', async () => {
    const change = setMilestoneTimes(incident, { acknowledgedAt: T0 + 5 * MIN }, T0 + 20 * MIN)
    expect(failedCall(change).message).toMatch(
      /^The acknowledged time \(.+\) cannot be before the detected time \(.+\)\.$/,
    )
    await i18n.changeLanguage('pt-BR')
    const error = failedCall(change)
    expect(error.message).toMatch(
      /^O horário de reconhecimento \(.+\) não pode ser anterior ao de detecção \(.+\)\.$/,
    )
    expect(error.fields.acknowledgedAt).toBe(error.message)
  })

  it('a status the incident already has', async () => {
    await i18n.changeLanguage('pt-BR')
    const change = changeStatus({ ...incident, status: 'mitigated' }, 'mitigated', { now: T0 })
    expect(failedCall(change).message).toBe('O incidente já está mitigado.')
  })

  it('the declaration form’s own checks', async () => {
    await i18n.changeLanguage('pt-BR')
    const parsed = incidentChannels['incident.create'].input.safeParse({
      title: '',
      severity: 'SEV9',
    })
    expect(wordedFieldErrors(parsed.error?.issues ?? [])).toEqual({
      title: 'Informe um título',
      severity: 'Escolha uma severidade: SEV1, SEV2, SEV3 ou SEV4',
    })
  })

  it('a runbook file problem in the load errors list', async () => {
    await i18n.changeLanguage('pt-BR')
    const parsed = runbookFileSchema.safeParse({ name: 'A', steps: [{ title: 'One' }] })
    const issue = parsed.error?.issues[0]
    if (!issue) throw new Error('expected an issue')
    expect(issue.message).toBe('purpose is required')
    expect(wordMessage(runbookIssueMessage(issue), issue.message)).toBe(
      'O campo purpose é obrigatório',
    )
  })
})
