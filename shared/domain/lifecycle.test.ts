import { describe, expect, it } from 'vitest'
import { msg } from '../i18n/messages'
import type { Accepted, Change, Refusal } from './change'
import type { Incident } from './incident'
import {
  acknowledgeIfUnset,
  acknowledgeIncident,
  allowedNextStatuses,
  changeSeverity,
  changeStatus,
  reopenIncident,
  setMilestoneTimes,
} from './lifecycle'

const T0 = Date.UTC(2026, 4, 10, 9, 0)
const MIN = 60_000
const at = (minutes: number) => T0 + minutes * MIN

function incident(overrides: Partial<Incident> = {}): Incident {
  return {
    id: 'i1',
    title: 'Checkout slow',
    severity: 'SEV2',
    status: 'investigating',
    services: [],
    summary: '',
    startedAt: T0,
    detectedAt: at(2),
    acknowledgedAt: null,
    mitigatedAt: null,
    resolvedAt: null,
    createdAt: at(3),
    updatedAt: at(3),
    ...overrides,
  }
}
function ok<T>(change: Change<T>): Accepted<T> {
  if (!change.ok) throw new Error(`refused: ${change.message}`)
  return change
}
function refused<T>(change: Change<T>): Refusal {
  if (change.ok) throw new Error('expected a refusal')
  return change
}

describe('status transitions', () => {
  it('offers every other status, and none from resolved (reopen instead)', () => {
    expect(allowedNextStatuses('investigating')).toEqual(['identified', 'mitigated', 'resolved'])
    expect(allowedNextStatuses('mitigated')).toEqual(['investigating', 'identified', 'resolved'])
    expect(allowedNextStatuses('resolved')).toEqual([])
  })

  it('stamps acknowledged on the first move and records both on the timeline', () => {
    const change = ok(changeStatus(incident(), 'identified', { now: at(10) }))
    expect(change.value).toMatchObject({
      status: 'identified',
      acknowledgedAt: at(10),
      updatedAt: at(10),
    })
    expect(change.events).toEqual([
      {
        kind: 'status',
        text: 'Incident acknowledged',
        message: msg('msgEvents:incident.acknowledged'),
        occurredAt: at(10),
      },
      {
        kind: 'status',
        text: 'Status changed from investigating to identified',
        message: msg('msgEvents:incident.statusChanged', {
          from: 'investigating',
          to: 'identified',
        }),
        occurredAt: at(10),
      },
    ])
  })

  it('does not restamp an existing acknowledgement', () => {
    const change = ok(
      changeStatus(incident({ acknowledgedAt: at(4) }), 'identified', { now: at(10) }),
    )
    expect(change.value.acknowledgedAt).toBe(at(4))
    expect(change.events).toHaveLength(1)
  })

  it('may skip forward: investigating to mitigated stamps mitigated', () => {
    const change = ok(changeStatus(incident(), 'mitigated', { now: at(40) }))
    expect(change.value).toMatchObject({
      status: 'mitigated',
      mitigatedAt: at(40),
      resolvedAt: null,
    })
  })

  it('resolving straight away also marks it mitigated at the same time', () => {
    const change = ok(changeStatus(incident(), 'resolved', { now: at(50) }))
    expect(change.value).toMatchObject({ mitigatedAt: at(50), resolvedAt: at(50) })
  })

  it('keeps the mitigation time when resolving later', () => {
    const mitigated = incident({ status: 'mitigated', acknowledgedAt: at(5), mitigatedAt: at(30) })
    expect(ok(changeStatus(mitigated, 'resolved', { now: at(60) })).value).toMatchObject({
      mitigatedAt: at(30),
      resolvedAt: at(60),
    })
  })

  it('moving back below mitigated clears the mitigation (it did not hold)', () => {
    const mitigated = incident({ status: 'mitigated', acknowledgedAt: at(5), mitigatedAt: at(30) })
    const change = ok(changeStatus(mitigated, 'investigating', { now: at(45) }))
    expect(change.value).toMatchObject({
      status: 'investigating',
      mitigatedAt: null,
      acknowledgedAt: at(5),
    })
    expect(change.events[0]?.text).toBe('Status changed from mitigated to investigating')
  })

  it('refuses leaving resolved without reopening, and the same status, changing nothing', () => {
    const resolved = incident({ status: 'resolved', mitigatedAt: at(30), resolvedAt: at(60) })
    const refusal = refused(changeStatus(resolved, 'investigating', { now: at(70) }))
    expect(refusal.reason).toBe('conflict')
    expect(refusal.message).toBe(
      'The incident is resolved. Reopen it first: it goes back to investigating and the reopening is recorded.',
    )
    expect(refused(changeStatus(incident(), 'investigating', { now: at(70) })).message).toBe(
      'The incident is already investigating.',
    )
  })

  it('uses a backdated time, but not before the start nor a day ahead', () => {
    const change = ok(changeStatus(incident(), 'mitigated', { now: at(90), at: at(35) }))
    expect(change.value.mitigatedAt).toBe(at(35))
    expect(change.events.every((e) => e.occurredAt === at(35))).toBe(true)
    expect(
      refused(changeStatus(incident(), 'mitigated', { now: at(90), at: at(-1) })),
    ).toMatchObject({
      field: 'at',
      message:
        'That time is before the incident started (2026-05-10 09:00 UTC); choose a later time.',
    })
    expect(
      refused(changeStatus(incident(), 'mitigated', { now: at(0), at: at(25 * 60) })).message,
    ).toBe('This time is more than a day in the future')
  })

  it('refuses a resolution dated before the mitigation', () => {
    const mitigated = incident({ status: 'mitigated', acknowledgedAt: at(5), mitigatedAt: at(30) })
    expect(refused(changeStatus(mitigated, 'resolved', { now: at(60), at: at(20) })).message).toBe(
      'The resolved time (2026-05-10 09:20 UTC) cannot be before the mitigated time (2026-05-10 09:30 UTC).',
    )
  })
})

describe('reopening', () => {
  const resolved = incident({
    status: 'resolved',
    acknowledgedAt: at(5),
    mitigatedAt: at(30),
    resolvedAt: at(60),
  })

  it('goes back to investigating, clears mitigated and resolved, and is recorded with the reason', () => {
    const change = ok(reopenIncident(resolved, ' errors are back ', { now: at(90) }))
    expect(change.value).toMatchObject({
      status: 'investigating',
      mitigatedAt: null,
      resolvedAt: null,
      acknowledgedAt: at(5),
    })
    expect(change.events).toEqual([
      {
        kind: 'status',
        text: 'Incident reopened: resolved to investigating: errors are back',
        message: msg('msgEvents:incident.reopenedWithReason', {
          from: 'resolved',
          reason: 'errors are back',
        }),
        occurredAt: at(90),
      },
    ])
  })

  it('is only for resolved incidents and not before the resolution', () => {
    expect(refused(reopenIncident(incident(), '', { now: at(90) })).message).toBe(
      'Only a resolved incident can be reopened; this one is investigating.',
    )
    expect(refused(reopenIncident(resolved, '', { now: at(90), at: at(50) })).field).toBe('at')
  })
})

describe('acknowledgement', () => {
  it('is recorded explicitly once', () => {
    const change = ok(acknowledgeIncident(incident(), { now: at(6) }))
    expect(change.value.acknowledgedAt).toBe(at(6))
    expect(change.events[0]?.text).toBe('Incident acknowledged')
    expect(refused(acknowledgeIncident(change.value, { now: at(7) })).reason).toBe('conflict')
  })

  it('cannot be before detection', () => {
    expect(refused(acknowledgeIncident(incident(), { now: at(6), at: at(1) })).message).toBe(
      'The acknowledged time (2026-05-10 09:01 UTC) cannot be before the detected time (2026-05-10 09:02 UTC).',
    )
  })

  it('is stamped by a first runbook action unless set or out of order, never refusing', () => {
    expect(ok(acknowledgeIfUnset(incident(), at(8), at(8))).value.acknowledgedAt).toBe(at(8))
    const already = incident({ acknowledgedAt: at(4) })
    expect(ok(acknowledgeIfUnset(already, at(8), at(8)))).toEqual({
      ok: true,
      value: already,
      events: [],
    })
    const tooEarly = ok(acknowledgeIfUnset(incident(), at(1), at(8)))
    expect(tooEarly.value.acknowledgedAt).toBeNull()
    expect(tooEarly.events).toEqual([])
  })
})

describe('severity', () => {
  it('records old and new', () => {
    const change = ok(changeSeverity(incident(), 'SEV1', { now: at(12) }))
    expect(change.value.severity).toBe('SEV1')
    expect(change.events).toEqual([
      {
        kind: 'severity',
        text: 'Severity changed from SEV2 to SEV1',
        message: msg('msgEvents:incident.severityChanged', { from: 'SEV2', to: 'SEV1' }),
        occurredAt: at(12),
      },
    ])
    expect(refused(changeSeverity(incident(), 'SEV2', { now: at(12) })).message).toBe(
      'The severity is already SEV2.',
    )
  })
})

describe('correcting milestone times', () => {
  it('sets detected and acknowledged explicitly, each recorded', () => {
    const change = ok(
      setMilestoneTimes(incident(), { detectedAt: at(1), acknowledgedAt: at(3) }, at(20)),
    )
    expect(change.value).toMatchObject({
      detectedAt: at(1),
      acknowledgedAt: at(3),
      updatedAt: at(20),
    })
    expect(change.events.map((e) => e.text)).toEqual([
      'Detected time set to 2026-05-10 09:01 UTC (was 2026-05-10 09:02 UTC)',
      'Acknowledged time set to 2026-05-10 09:03 UTC',
    ])
  })

  it('clears detected', () => {
    const change = ok(setMilestoneTimes(incident(), { detectedAt: null }, at(20)))
    expect(change.value.detectedAt).toBeNull()
    expect(change.events[0]?.text).toBe('Detected time cleared (was 2026-05-10 09:02 UTC)')
  })

  it('is a no-op when nothing changes', () => {
    expect(ok(setMilestoneTimes(incident(), { detectedAt: at(2) }, at(20))).events).toEqual([])
  })

  it('refuses mitigated or resolved times before the status got there', () => {
    expect(refused(setMilestoneTimes(incident(), { mitigatedAt: at(9) }, at(20)))).toMatchObject({
      field: 'mitigatedAt',
      message: 'The incident is not mitigated yet; change its status instead.',
    })
    expect(refused(setMilestoneTimes(incident(), { resolvedAt: at(9) }, at(20))).field).toBe(
      'resolvedAt',
    )
  })

  it('points an out-of-order time at the field the user changed', () => {
    const acked = incident({ acknowledgedAt: at(5) })
    expect(refused(setMilestoneTimes(acked, { detectedAt: at(8) }, at(20)))).toMatchObject({
      field: 'detectedAt',
      message:
        'The acknowledged time (2026-05-10 09:05 UTC) cannot be before the detected time (2026-05-10 09:08 UTC).',
    })
    expect(refused(setMilestoneTimes(incident(), { detectedAt: at(-5) }, at(20))).field).toBe(
      'detectedAt',
    )
  })
})
