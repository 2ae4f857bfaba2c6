import { afterEach, describe, expect, it } from 'vitest'
import { i18n } from '../../i18n'
import { formatUnitValue } from './unit-format'

// Changing i18next's language also switches the number formatting (i18n/index.ts).
afterEach(() => i18n.changeLanguage('en'))

describe('formatUnitValue', () => {
  it('writes values as the shared formatter does in English', () => {
    expect(formatUnitValue(0.9995, 'ratio')).toBe('99.95%')
    expect(formatUnitValue(0.25, 'seconds')).toBe('250 ms')
    expect(formatUnitValue(null, 'ratio')).toBe('no data')
  })

  it('uses the Portuguese decimal comma, units and special values untouched', async () => {
    await i18n.changeLanguage('pt-BR')
    expect(formatUnitValue(0.855, 'ratio')).toBe('85,5%')
    expect(formatUnitValue(1.25, 'seconds')).toBe('1,25 s')
    expect(formatUnitValue(1536, 'bytes')).toBe('1,5 KiB')
    expect(formatUnitValue(Number.NaN, 'none')).toBe('NaN')
    expect(formatUnitValue(null, 'ratio')).toBe('sem dados')
    // Four significant digits at most: no grouping mark to mistake for the decimal one.
    expect(formatUnitValue(12_345, 'none')).toBe('12350')
    expect(formatUnitValue(-0.000_123_4, 'none')).toBe('-0,0001234')
  })
})
