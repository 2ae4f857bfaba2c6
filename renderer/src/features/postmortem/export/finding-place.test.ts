import { describe, expect, it } from 'vitest'
import { i18n } from '../../../i18n'
import { findingPlace } from './finding-place'

describe('where a redaction finding is, in the UI language', () => {
  it('names sections and other areas in Portuguese, and keeps an unknown label', async () => {
    const t = i18n.getFixedT('pt-BR', 'postmortem')
    expect(findingPlace('Summary', t)).toBe('Resumo')
    expect(findingPlace('Root cause and trigger', t)).toBe('Causa raiz e gatilho')
    expect(findingPlace('Action items', t)).toBe('Itens de ação')
    expect(findingPlace('Roles', t)).toBe('Papéis')
    expect(findingPlace('Somewhere new', t)).toBe('Somewhere new')
  })

  it('leaves English as the shared renderer wrote it', () => {
    const t = i18n.getFixedT('en', 'postmortem')
    for (const where of ['Summary', 'Timeline', 'Incident', 'Evidence', 'Roles', 'Action items'])
      expect(findingPlace(where, t)).toBe(where)
  })
})
