import { afterEach, describe, expect, it } from 'vitest'
import { msg } from '../../../../shared/i18n/messages'
import { i18n } from '../../i18n'
import { reasonsText } from './SimilarIncidents'

afterEach(async () => {
  await i18n.changeLanguage('en')
})

describe('similar incident reasons', () => {
  // As library.similar sends them: English beside the catalogue message.
  const item = {
    reasons: ['Same service: checkout, payments', 'Same alert: HighErrorRate', 'Odd reason'],
    reasonTexts: [
      msg('msgSources:similar.service', { value: 'checkout, payments' }),
      msg('msgSources:similar.alert', { value: 'HighErrorRate' }),
      { key: 'msgSources:similar.fromANewerBackend' },
    ],
  }

  it('are shown in English as the backend wrote them', () => {
    expect(reasonsText(item)).toBe(
      'Same service: checkout, payments · Same alert: HighErrorRate · Odd reason',
    )
  })

  it('are worded in Portuguese from their messages, an unknown one as written', async () => {
    await i18n.changeLanguage('pt-BR')
    expect(reasonsText(item)).toBe(
      'Mesmo serviço: checkout, payments · Mesmo alerta: HighErrorRate · Odd reason',
    )
  })
})
