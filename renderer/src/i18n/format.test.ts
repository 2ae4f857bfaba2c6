import { afterEach, describe, expect, it } from 'vitest'
import { formatFixed, formatNumber, formatPercent } from './format'
import { resolveLanguage, setCurrentLanguage } from './locale'

describe('numbers in the UI language', () => {
  afterEach(() => setCurrentLanguage('en'))

  it('groups and separates decimals as each language does', () => {
    expect(formatNumber(12345.678, 1)).toBe('12,345.7')
    expect(formatPercent(0.125)).toBe('12.5%')
    setCurrentLanguage('pt-BR')
    expect(formatNumber(12345.678, 1)).toBe('12.345,7')
    expect(formatPercent(0.125)).toBe('12,5%')
  })

  it('keeps a fixed number of decimals, grouped or not', () => {
    expect(formatFixed(14.4, 2)).toBe('14.40')
    expect(formatFixed(1234.5, 1, false)).toBe('1234.5')
    setCurrentLanguage('pt-BR')
    expect(formatFixed(1234.5, 1)).toBe('1.234,5')
    expect(formatFixed(1, 1, false)).toBe('1,0')
  })
})

describe('resolveLanguage', () => {
  it('follows the first browser language we have a catalogue for', () => {
    expect(resolveLanguage('system', ['pt-PT', 'en-US'])).toBe('pt-BR')
    expect(resolveLanguage('system', ['de-DE', 'en-GB', 'pt-BR'])).toBe('en')
    expect(resolveLanguage('system', ['ja'])).toBe('en')
    expect(resolveLanguage('pt-BR', ['en-US'])).toBe('pt-BR')
  })
})
