import { afterEach, describe, expect, it } from 'vitest'
import { AppError } from '../../../../shared/contract/errors'
import { BUNDLE_NOTHING_IMPORTED } from '../../../../shared/contract/postmortem'
import { msg } from '../../../../shared/i18n/messages'
import { BridgeCallError } from '../../bridge'
import { i18n } from '../../i18n'

// A bundle refused by the backend, as the bridge hands it to the import screen: worded in the
// user's language, and flagged so the screen does not add "nothing was written" a second time.
// (electron/backend/postmortem/bundle.test.ts checks the backend sends this key for such a file.)

afterEach(async () => {
  await i18n.changeLanguage('en')
})

const notABundle = () =>
  new AppError('invalid_input', msg('msgFiles:bundle.notZip'), {
    info: BUNDLE_NOTHING_IMPORTED,
  }).toBridgeError()

describe('a refused bundle in the UI', () => {
  it('reads as the backend wrote it in English', () => {
    const error = BridgeCallError.from(notABundle())
    expect(error.message).toBe(
      'This file is not a Firebreak incident bundle: it is not a readable zip archive. Nothing was imported.',
    )
    expect(error.info).toBe(BUNDLE_NOTHING_IMPORTED)
  })

  it('reads in Portuguese for a pt-BR user, with the screen’s own words around it', async () => {
    await i18n.changeLanguage('pt-BR')
    const error = BridgeCallError.from(notABundle())
    expect(error.message).toBe(
      'Este arquivo não é um pacote de incidente do Firebreak: não é um zip legível. Nada foi importado.',
    )
    const shown = i18n.t('bundles:import.failed', {
      name: 'broken.zip',
      reason: error.message.replace(/\.$/, ''),
    })
    expect(shown).toBe(
      'Não foi possível importar broken.zip: Este arquivo não é um pacote de incidente do Firebreak: não é um zip legível. Nada foi importado.',
    )
  })

  it('words a damaged row with the file’s own names as values', async () => {
    await i18n.changeLanguage('pt-BR')
    const params = { file: 'tables/hypotheses.json', rows: 1, expected: '2' }
    const error = BridgeCallError.from(
      new AppError('invalid_input', msg('msgFiles:bundle.rowCount', params)).toBridgeError(),
    )
    expect(error.message).toBe(
      'O número de linhas em tables/hypotheses.json (1) não bate com o manifesto (2). Nada foi importado.',
    )
  })
})
