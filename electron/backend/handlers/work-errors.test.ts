import { describe, expect, it } from 'vitest'
import { MIN, setup, START } from './test-harness'

// The incident work area's failures reach the UI as catalogue messages beside the English text
// (what logs and older clients read), so each reader sees them in their own language.

describe('work area errors as catalogue messages', () => {
  it('a missing incident names its id as a value', async () => {
    const { fail } = await setup()
    expect(await fail('incident.get', { id: 'gone' })).toEqual({
      code: 'not_found',
      message: 'No incident with id gone; it may have been deleted.',
      text: { key: 'msgWork:incident.notFound', params: { id: 'gone' } },
    })
  })

  it('a declaration with an empty title or a future start says so per field', async () => {
    const { fail } = await setup()
    const error = await fail('incident.create', { title: ' ', severity: 'SEV2' })
    expect(error.detail?.fields).toMatchObject({ title: 'Enter a title' })
    expect(error.detail?.fieldTexts).toMatchObject({
      title: { key: 'msgWork:schema.titleRequired' },
    })

    const future = await fail('incident.create', {
      title: 'Checkout errors',
      severity: 'SEV2',
      startedAt: START + 2 * 24 * 60 * MIN,
    })
    expect(future).toMatchObject({
      code: 'invalid_input',
      message: 'This time is more than a day in the future',
      text: { key: 'msgWork:eventTime.tooFarAhead' },
      detail: { fieldTexts: { startedAt: { key: 'msgWork:eventTime.tooFarAhead' } } },
    })
  })

  it('a rule refusal keeps its key and values through the handler', async () => {
    const { call, fail, later } = await setup()
    const { id } = await call('incident.create', { title: 'Checkout errors', severity: 'SEV2' })
    later(5)
    const before = await fail('incident.setTimes', { id, acknowledgedAt: START - MIN })
    expect(before).toMatchObject({
      code: 'invalid_input',
      text: { key: 'msgWork:eventTime.beforeStart', params: { startedAt: expect.any(String) } },
      detail: { fieldTexts: { acknowledgedAt: { key: 'msgWork:eventTime.beforeStart' } } },
    })
    const same = await fail('incident.setStatus', { id, status: 'investigating' })
    expect(same).toMatchObject({
      code: 'conflict',
      message: 'The incident is already investigating.',
      text: { key: 'msgWork:lifecycle.alreadyStatus.investigating' },
    })
  })

  it('a runbook step refusal names the step title as a value and its state by key', async () => {
    const { call, fail, later } = await setup()
    const { id } = await call('incident.create', { title: 'Checkout errors', severity: 'SEV2' })
    const run = await call('runbook.get', { incidentId: id })
    const stepId = run?.steps[0]?.id ?? ''
    later(2)
    await call('runbook.completeStep', { incidentId: id, stepId })
    const again = await fail('runbook.completeStep', { incidentId: id, stepId })
    expect(again).toMatchObject({
      code: 'conflict',
      text: { key: 'msgWork:runbook.stepAlready.done', params: { title: run?.steps[0]?.title } },
    })
    const skip = await fail('runbook.skipStep', { incidentId: id, stepId, reason: ' ' })
    expect(skip.detail?.fieldTexts?.reason).toEqual({ key: 'msgWork:runbook.skipReasonMissing' })
  })

  it('a postmortem move names the allowed moves by the current status', async () => {
    const { call, fail } = await setup()
    const { id } = await call('incident.create', { title: 'Checkout errors', severity: 'SEV2' })
    await call('postmortem.get', { incidentId: id })
    const error = await fail('postmortem.setStatus', { incidentId: id, status: 'published' })
    expect(error).toMatchObject({
      code: 'conflict',
      message: 'From Draft the postmortem can move to In review.',
      text: { key: 'msgWork:postmortem.nextStatus.draft' },
    })
  })
})
