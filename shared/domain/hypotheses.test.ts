import { describe, expect, it } from 'vitest'
import { msg } from '../i18n/messages'
import type { Accepted, Change } from './change'
import { editHypothesis, newHypothesis, setHypothesisStatus, type Hypothesis } from './hypotheses'

const T0 = Date.UTC(2026, 4, 10, 12, 0)
const MIN = 60_000
const ctx = (minutes: number, at?: number) => ({
  now: T0 + minutes * MIN,
  at,
  incidentStartedAt: T0,
})
function ok<T>(change: Change<T>): Accepted<T> {
  if (!change.ok) throw new Error(change.message)
  return change
}
const draft = { id: 'h1', incidentId: 'i1', text: ' Connection pool exhausted ', author: 'ana' }
const open = (): Hypothesis =>
  ok(newHypothesis({ ...draft, timelineEventIds: ['e1', 'e1', 'e2'] }, ctx(5))).value

describe('hypotheses', () => {
  it('starts open and goes on the timeline', () => {
    const change = ok(newHypothesis(draft, ctx(5)))
    expect(change.value).toMatchObject({
      text: 'Connection pool exhausted',
      status: 'open',
      reason: '',
      createdAt: T0 + 5 * MIN,
    })
    expect(change.events).toEqual([
      {
        kind: 'hypothesis',
        text: 'New hypothesis: Connection pool exhausted',
        message: msg('msgEvents:hypothesis.added', { text: 'Connection pool exhausted' }),
        occurredAt: T0 + 5 * MIN,
      },
    ])
    expect(open().timelineEventIds).toEqual(['e1', 'e2'])
  })

  it('is ruled out or confirmed with a reason, recorded on the timeline', () => {
    const ruledOut = ok(setHypothesisStatus(open(), 'ruled_out', 'pool at 12% of max', ctx(9)))
    expect(ruledOut.value).toMatchObject({
      status: 'ruled_out',
      reason: 'pool at 12% of max',
      statusChangedAt: T0 + 9 * MIN,
    })
    expect(ruledOut.events[0]).toEqual({
      kind: 'hypothesis',
      text: 'Ruled out hypothesis "Connection pool exhausted": pool at 12% of max',
      message: msg('msgEvents:hypothesis.ruledOutWithReason', {
        text: 'Connection pool exhausted',
        reason: 'pool at 12% of max',
      }),
      occurredAt: T0 + 9 * MIN,
    })
    const reopened = ok(setHypothesisStatus(ruledOut.value, 'open', '', ctx(10)))
    expect(reopened.events[0]?.text).toBe('Reopened hypothesis "Connection pool exhausted"')
    const confirmed = ok(
      setHypothesisStatus(
        reopened.value,
        'confirmed',
        'pool full at 12:40',
        ctx(11, T0 + 10 * MIN),
      ),
    )
    expect(confirmed.events[0]?.occurredAt).toBe(T0 + 10 * MIN)
  })

  it('refuses a missing reason, the same status, empty text and an early time', () => {
    expect(setHypothesisStatus(open(), 'ruled_out', ' ', ctx(9))).toMatchObject({
      ok: false,
      field: 'reason',
      message: 'Say what rules it out.',
    })
    expect(setHypothesisStatus(open(), 'confirmed', '', ctx(9))).toMatchObject({
      message: 'Say what confirms it.',
    })
    expect(setHypothesisStatus(open(), 'open', '', ctx(9))).toMatchObject({
      ok: false,
      reason: 'conflict',
    })
    expect(newHypothesis({ ...draft, text: '  ' }, ctx(5))).toMatchObject({
      ok: false,
      field: 'text',
    })
    expect(newHypothesis(draft, ctx(5, T0 - 1))).toMatchObject({ ok: false, field: 'at' })
  })

  it('edits text and links without a timeline event', () => {
    const edited = ok(
      editHypothesis(open(), { text: 'Pool too small', evidenceIds: ['ev1'] }, T0 + 20 * MIN),
    )
    expect(edited.value).toMatchObject({
      text: 'Pool too small',
      timelineEventIds: ['e1', 'e2'],
      evidenceIds: ['ev1'],
      updatedAt: T0 + 20 * MIN,
    })
    expect(edited.events).toEqual([])
  })
})
