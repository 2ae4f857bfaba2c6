import { afterEach, describe, expect, it } from 'vitest'
import { setCurrentLanguage } from '../i18n/locale'
import { formatDuration } from '../../../shared/domain/durations'
import { formatAge, formatCompactDuration, formatElapsed } from './duration'

const second = 1000
const minute = 60 * second
const hour = 60 * minute
const day = 24 * hour

afterEach(() => setCurrentLanguage('en'))

describe('formatElapsed', () => {
  it('shows seconds during the first hour', () => {
    expect(formatElapsed(0)).toBe('0m 00s')
    expect(formatElapsed(4 * minute + 5 * second + 999)).toBe('4m 05s')
    expect(formatElapsed(hour - 1)).toBe('59m 59s')
  })

  it('switches to hours and minutes, then days and hours', () => {
    expect(formatElapsed(hour + 4 * minute + 59 * second)).toBe('1h 04m')
    expect(formatElapsed(23 * hour + 59 * minute)).toBe('23h 59m')
    expect(formatElapsed(2 * day + 3 * hour + 10 * minute)).toBe('2d 03h')
  })

  it('reads a negative span as zero rather than nonsense', () => {
    expect(formatElapsed(-5 * second)).toBe('0m 00s')
  })

  it('writes minutes as "min" in Portuguese, where a bare "m" reads as metres', () => {
    setCurrentLanguage('pt-BR')
    expect(formatElapsed(4 * minute + 5 * second)).toBe('4min 05s')
    expect(formatElapsed(hour + 4 * minute)).toBe('1h 04min')
    expect(formatElapsed(2 * day + 3 * hour)).toBe('2d 03h')
  })
})

describe('formatCompactDuration', () => {
  it('words English figures exactly as the shared formatDuration does', () => {
    const spans = [0, 42 * second, 7 * minute + 5 * second, hour + 7 * minute, 2 * day + 3 * hour]
    for (const ms of [...spans, ...spans.map((span) => -span)]) {
      expect(formatCompactDuration(ms)).toBe(formatDuration(ms))
    }
    expect(formatCompactDuration(42 * second)).toBe('42s')
  })

  it('uses the Portuguese units', () => {
    setCurrentLanguage('pt-BR')
    expect(formatCompactDuration(42 * second)).toBe('42s')
    expect(formatCompactDuration(7 * minute + 5 * second)).toBe('7min 05s')
    expect(formatCompactDuration(-(hour + 7 * minute))).toBe('-1h 07min')
  })
})

describe('formatAge', () => {
  const now = Date.UTC(2024, 4, 1, 12)

  it('words ages coarsely', () => {
    expect(formatAge(now - 20 * second, now)).toBe('just now')
    expect(formatAge(now - 12 * minute, now)).toBe('12 min ago')
    expect(formatAge(now - 5 * hour - 59 * minute, now)).toBe('5 h ago')
    expect(formatAge(now - 47 * hour, now)).toBe('47 h ago')
    expect(formatAge(now - 3 * day, now)).toBe('3 days ago')
  })

  it('says when a start time lies ahead instead of a negative age', () => {
    expect(formatAge(now + 10 * second, now)).toBe('just now')
    expect(formatAge(now + 2 * hour, now)).toBe('in the future')
  })

  it('words the same ages in Portuguese, "há" before the amount', () => {
    setCurrentLanguage('pt-BR')
    expect(formatAge(now - 20 * second, now)).toBe('agora mesmo')
    expect(formatAge(now - 12 * minute, now)).toBe('há 12 min')
    expect(formatAge(now - 5 * hour, now)).toBe('há 5 h')
    expect(formatAge(now - 3 * day, now)).toBe('há 3 dias')
    expect(formatAge(now + 2 * hour, now)).toBe('no futuro')
  })

  it('follows a language switch made after the first call', () => {
    expect(formatAge(now - 3 * day, now)).toBe('3 days ago')
    setCurrentLanguage('pt-BR')
    expect(formatAge(now - 3 * day, now)).toBe('há 3 dias')
    setCurrentLanguage('en')
    expect(formatAge(now - 3 * day, now)).toBe('3 days ago')
  })
})
