import { describe, expect, it } from 'vitest'
import { changeRoles, NO_ROLES } from './roles'

const T0 = Date.UTC(2026, 4, 10, 12, 0)
const ctx = { now: T0 + 60_000, incidentStartedAt: T0 }

describe('incident roles', () => {
  it('records each assignment that changes, naming old and new', () => {
    const first = changeRoles(
      NO_ROLES,
      { commander: ' Ana ', responders: ['Bo', 'Cy', 'Bo', ' '] },
      ctx,
    )
    if (!first.ok) throw new Error(first.message)
    expect(first.value).toEqual({
      commander: 'Ana',
      scribe: '',
      communications: '',
      responders: ['Bo', 'Cy'],
    })
    expect(first.events.map((e) => [e.kind, e.text])).toEqual([
      ['role', 'Incident commander: Ana'],
      ['role', 'Responders: added Bo, Cy'],
    ])
    const second = changeRoles(
      first.value,
      { commander: 'Dee', scribe: 'Ana', responders: ['Cy', 'Ed'] },
      ctx,
    )
    if (!second.ok) throw new Error(second.message)
    expect(second.events.map((e) => e.text)).toEqual([
      'Incident commander: Dee (was Ana)',
      'Scribe: Ana',
      'Responders: added Ed; removed Bo',
    ])
    const cleared = changeRoles(second.value, { scribe: '' }, ctx)
    expect(cleared.ok && cleared.events.map((e) => e.text)).toEqual([
      'Scribe: unassigned (was Ana)',
    ])
  })

  it('writes nothing when nothing changes', () => {
    const change = changeRoles(NO_ROLES, { commander: '  ' }, ctx)
    expect(change).toEqual({ ok: true, value: NO_ROLES, events: [] })
  })

  it('refuses over-long names and times before the start', () => {
    expect(changeRoles(NO_ROLES, { scribe: 'x'.repeat(101) }, ctx)).toMatchObject({
      ok: false,
      field: 'scribe',
    })
    expect(changeRoles(NO_ROLES, { scribe: 'A' }, { ...ctx, at: T0 - 1 })).toMatchObject({
      ok: false,
      field: 'at',
    })
  })
})
