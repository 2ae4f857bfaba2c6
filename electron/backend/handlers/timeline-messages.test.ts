import { describe, expect, it } from 'vitest'
import type { TimelineEvent } from '../../../shared/domain/timeline'
import { msg } from '../../../shared/i18n/messages'
import { MIN, setup, START } from './test-harness'

// The entries the app writes keep their catalogue message beside the English text, so each
// reader sees them in their own language. The text stays exactly as before: search, exports,
// bundles and older readers use it.

const SERVICE_DEGRADATION = 'service-degradation'

async function declared() {
  const harness = await setup()
  const incident = await harness.call('incident.create', {
    title: 'Checkout errors',
    severity: 'SEV2',
  })
  const list = async () => await harness.call('timeline.list', { incidentId: incident.id })
  return { ...harness, id: incident.id, list }
}

const entry = (event: TimelineEvent | undefined) => event && [event.text, event.message]

describe('timeline entries the app writes', () => {
  it('carry their message when an incident is declared and its status changes', async () => {
    const { call, later, id, list } = await declared()
    later(10)
    await call('incident.setStatus', { id, status: 'mitigated' })
    later(20)
    await call('incident.setSeverity', { id, severity: 'SEV1' })

    const events = await list()
    const status = events.filter((e) => e.kind === 'status' || e.kind === 'severity')
    expect(status.map(entry)).toEqual([
      [
        'Incident declared: SEV2, investigating',
        msg('msgEvents:incident.declared', { severity: 'SEV2' }),
      ],
      ['Incident acknowledged', msg('msgEvents:incident.acknowledged')],
      [
        'Status changed from investigating to mitigated',
        msg('msgEvents:incident.statusChanged', { from: 'investigating', to: 'mitigated' }),
      ],
      [
        'Severity changed from SEV2 to SEV1',
        msg('msgEvents:incident.severityChanged', { from: 'SEV2', to: 'SEV1' }),
      ],
    ])
  })

  it('name the runbook step by id, so a shipped title can be shown translated', async () => {
    const { call, later, id, list } = await declared()
    later(3)
    await call('runbook.startStep', { incidentId: id, stepId: 'assess-impact' })
    await call('runbook.addStepNote', {
      incidentId: id,
      stepId: 'assess-impact',
      text: 'About 40% of checkouts fail',
    })
    const events = await list()
    const step = { runbookId: SERVICE_DEGRADATION, stepId: 'assess-impact', step: 'Assess impact' }
    expect(events.find((e) => e.kind === 'step' && e.text.startsWith('Started'))?.message).toEqual(
      msg('msgEvents:runbook.stepStarted', step),
    )
    // The user's note is a value: shown as written in every language.
    expect(entry(events.find((e) => e.kind === 'note'))).toEqual([
      'Note on "Assess impact": About 40% of checkouts fail',
      msg('msgEvents:runbook.stepNote', { ...step, text: 'About 40% of checkouts fail' }),
    ])
  })

  it('word a role and a hypothesis with the user’s names and statement as values', async () => {
    const { call, later, id, list } = await declared()
    later(2)
    await call('incident.setRoles', { id, commander: 'Ana Souza' })
    later(3)
    const hypothesis = await call('hypothesis.add', { incidentId: id, text: 'Pool exhausted' })
    await call('hypothesis.setStatus', {
      id: hypothesis.id,
      status: 'ruled_out',
      reason: 'pool at 12%',
    })
    const events = await list()
    expect(events.filter((e) => e.kind === 'role' || e.kind === 'hypothesis').map(entry)).toEqual([
      [
        'Incident commander: Ana Souza',
        msg('msgEvents:role.assigned', { role: 'commander', name: 'Ana Souza' }),
      ],
      [
        'New hypothesis: Pool exhausted',
        msg('msgEvents:hypothesis.added', { text: 'Pool exhausted' }),
      ],
      [
        'Ruled out hypothesis "Pool exhausted": pool at 12%',
        msg('msgEvents:hypothesis.ruledOutWithReason', {
          text: 'Pool exhausted',
          reason: 'pool at 12%',
        }),
      ],
    ])
  })

  it('lose their message when the user rewrites the text, and keep it when only the time moves', async () => {
    const { call, later, id, list } = await declared()
    later(10)
    await call('incident.setStatus', { id, status: 'mitigated' })
    const changed = (await list()).find((e) => e.text.startsWith('Status changed'))!
    const acknowledged = (await list()).find((e) => e.text === 'Incident acknowledged')!

    const moved = await call('timeline.update', { id: changed.id, occurredAt: START + 9 * MIN })
    expect(moved.message).toEqual(changed.message)
    const same = await call('timeline.update', { id: changed.id, text: changed.text })
    expect(same.message).toEqual(changed.message)

    const rewritten = await call('timeline.update', {
      id: acknowledged.id,
      text: 'Acknowledged by Ana on the phone',
    })
    expect(rewritten).toMatchObject({ text: 'Acknowledged by Ana on the phone', message: null })
    const stored = (await list()).find((e) => e.id === acknowledged.id)
    expect(stored?.message).toBeNull()
  })

  it('leave the user’s own notes without a message', async () => {
    const { call, id } = await declared()
    const note = await call('timeline.add', { incidentId: id, text: 'Paged the DBA' })
    expect(note.message).toBeNull()
  })
})
