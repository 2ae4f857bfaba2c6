import { describe, expect, it } from 'vitest'
import { checkSloDraft, draftFromSlo, emptySloDraft } from './slo-draft'

describe('SLO draft', () => {
  it('turns a percentage into the target ratio without float noise', () => {
    const check = checkSloDraft({
      ...emptySloDraft('api'),
      targetPercent: '99.9',
      thresholdSeconds: '3',
    })
    expect(check.ok && check.definition).toMatchObject({
      kind: 'latency',
      target: 0.999,
      thresholdSeconds: 3,
    })
  })

  it('round-trips a stored definition', () => {
    const draft = draftFromSlo({
      kind: 'availability',
      service: 'api',
      target: 0.995,
      periodDays: 30,
      goodQuery: 'a[$window]',
      totalQuery: 'b[$window]',
    })
    expect(draft.targetPercent).toBe('99.5')
    expect(checkSloDraft(draft).ok).toBe(true)
  })

  it('explains a bad target and a query without $window beside their fields', () => {
    const check = checkSloDraft({
      ...emptySloDraft('api'),
      kind: 'availability',
      targetPercent: '100',
      goodQuery: 'sum(rate(ok[5m]))',
    })
    expect(check.ok).toBe(false)
    if (check.ok) return
    expect(check.errors.targetPercent).toMatch(/between 0 and 100/)
    expect(check.errors.goodQuery).toMatch(/use \$window/)
  })
})
