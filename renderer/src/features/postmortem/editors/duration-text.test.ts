import { describe, expect, it } from 'vitest'
import { durationText, parseDurationText } from './duration-text'

describe('duration text', () => {
  it('reads what the incident header writes, and back', () => {
    for (const ms of [42_000, 7 * 60_000 + 5_000, 3_600_000 + 7 * 60_000, 2 * 86_400_000]) {
      expect(parseDurationText(durationText(ms))).toEqual({ ok: true, ms })
    }
  })

  it('accepts what people type', () => {
    expect(parseDurationText('1h5m')).toEqual({ ok: true, ms: 3_900_000 })
    expect(parseDurationText(' 90S ')).toEqual({ ok: true, ms: 90_000 })
    expect(parseDurationText('45 min'.replace(' ', ''))).toEqual({ ok: true, ms: 2_700_000 })
  })

  it('reads empty as unknown', () => {
    expect(parseDurationText('  ')).toEqual({ ok: true, ms: null })
    expect(durationText(null)).toBe('')
  })

  it('refuses anything else', () => {
    for (const text of ['soon', '5', '1h 2h', '-5m', '1.5h']) {
      expect(parseDurationText(text)).toEqual({ ok: false })
    }
  })
})
