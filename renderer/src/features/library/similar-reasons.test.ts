import { afterEach, describe, expect, it } from 'vitest'
import { i18n } from '../../i18n'
import { reasonText } from './SimilarIncidents'

afterEach(async () => {
  await i18n.changeLanguage('en')
})

describe('similar incident reasons', () => {
  it('keep the backend wording in English and translate the known ones to Portuguese', async () => {
    const reasons = ['Same service: checkout, payments', 'Same alert: HighErrorRate', 'Odd reason']
    const shown = () => reasons.map((reason) => reasonText(reason, i18n.getFixedT(null, 'library')))
    expect(shown()).toEqual(reasons)
    await i18n.changeLanguage('pt-BR')
    expect(shown()).toEqual([
      'Mesmo serviço: checkout, payments',
      'Mesmo alerta: HighErrorRate',
      'Odd reason',
    ])
  })
})
