import { afterEach, describe, expect, it } from 'vitest'
import { i18n } from '../../i18n'
import { backupReason, formatBytes } from './format'

describe('backup formatting', () => {
  afterEach(async () => {
    await i18n.changeLanguage('en')
  })

  it('sizes files the way people read them', () => {
    expect(formatBytes(512)).toBe('512 B')
    expect(formatBytes(830_000)).toBe('830 kB')
    expect(formatBytes(1_234_567)).toBe('1.2 MB')
    expect(formatBytes(1_000_000)).toBe('1.0 MB')
  })

  it('says why a backup exists', () => {
    expect(backupReason('before-migrate-v3')).toBe('Before an update')
    expect(backupReason('periodic')).toBe('Every 10 min')
    expect(backupReason('something-else')).toBe('something-else')
  })

  it('uses the decimal comma and Portuguese reasons when the UI is in Portuguese', async () => {
    await i18n.changeLanguage('pt-BR')
    expect(formatBytes(1_234_567)).toBe('1,2 MB')
    expect(formatBytes(2_500_000_000)).toBe('2,50 GB')
    expect(backupReason('startup')).toBe('Na inicialização')
    expect(backupReason('before-migrate-v3')).toBe('Antes de uma atualização')
  })
})
