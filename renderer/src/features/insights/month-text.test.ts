import { afterEach, describe, expect, it } from 'vitest'
import { formatDuration } from '../../../../shared/domain/durations'
import { setCurrentLanguage } from '../../i18n/locale'
import { formatCompactDuration } from '../../ui/duration'
import { formatMonth } from './month-text'

const SPANS = [0, 42_000, 7 * 60_000 + 5_000, 67 * 60_000, 51 * 3_600_000, -90_000]

afterEach(() => setCurrentLanguage('en'))

describe('insight durations and months', () => {
  it('read in English exactly as the shared formatter writes them', () => {
    for (const ms of SPANS) expect(formatCompactDuration(ms)).toBe(formatDuration(ms))
  })

  it('write minutes as "min" in Portuguese and months as month/year', () => {
    setCurrentLanguage('pt-BR')
    expect(formatCompactDuration(7 * 60_000 + 5_000)).toBe('7min 05s')
    expect(formatCompactDuration(67 * 60_000)).toBe('1h 07min')
    expect(formatCompactDuration(51 * 3_600_000)).toBe('2d 03h')
    expect(formatMonth('2026-03')).toBe('03/2026')
  })

  it('keeps the month key in English', () => {
    expect(formatMonth('2026-03')).toBe('2026-03')
  })
})
