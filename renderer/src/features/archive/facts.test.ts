import { afterEach, describe, expect, it } from 'vitest'
import { i18n } from '../../i18n'

afterEach(async () => {
  await i18n.changeLanguage('en')
})

describe('archive counts', () => {
  it('agree with their number in both languages', async () => {
    const synced = (count: number) =>
      i18n.t('archive:facts.synced', { count, formatted: String(count) })
    expect(synced(1)).toBe('1 incident synced from it')
    expect(synced(3)).toBe('3 incidents synced from it')
    await i18n.changeLanguage('pt-BR')
    expect(synced(0)).toBe('Nenhum incidente sincronizado dela')
    expect(synced(1)).toBe('1 incidente sincronizado dela')
    expect(synced(3)).toBe('3 incidentes sincronizados dela')
  })
})
