import { afterEach, describe, expect, it } from 'vitest'
import { z } from 'zod'
import { msg } from '../../../shared/i18n/messages'
import { BridgeCallError } from '../bridge/errors'
import { i18n } from './index'
import { wordedFieldErrors, wordMessage } from './messages'

describe('backend messages in the UI language', () => {
  afterEach(() => i18n.changeLanguage('en'))

  it('words a catalogue message in Portuguese, and in English as the backend wrote it', async () => {
    const message = msg('msgCommon:errors.unknownChannel', { channel: 'x.y' })
    expect(wordMessage(message, 'ignored')).toBe('Unknown channel "x.y"')
    await i18n.changeLanguage('pt-BR')
    expect(wordMessage(message, 'ignored')).toBe('Canal desconhecido "x.y"')
  })

  it('finds a message that exists only in plural forms', async () => {
    await i18n.changeLanguage('pt-BR')
    const one = wordMessage(msg('msgTraces:warning.orphans', { count: 1, n: 1 }), 'English')
    const many = wordMessage(msg('msgTraces:warning.orphans', { count: 3, n: 3 }), 'English')
    expect(one).toBe('1 span tem o pai ausente do trace; ele aparece como raiz.')
    expect(many).toBe('3 spans têm o pai ausente do trace; eles aparecem como raízes.')
  })

  it('falls back to the English text for a key this build does not know', async () => {
    await i18n.changeLanguage('pt-BR')
    expect(wordMessage({ key: 'msgWork:fromTheFuture' }, 'As written.')).toBe('As written.')
    expect(wordMessage(undefined, 'As written.')).toBe('As written.')
  })

  it('translates a failed call and its field messages', async () => {
    await i18n.changeLanguage('pt-BR')
    const problem = msg('msgCommon:validation.tooLong', { maximum: 200 })
    const error = BridgeCallError.from({
      code: 'invalid_input',
      message: 'Use at most 200 characters',
      text: problem,
      detail: {
        fields: { title: 'Use at most 200 characters', other: 'Plain English.' },
        fieldTexts: { title: problem },
      },
    })
    expect(error.message).toBe('Use no máximo 200 caracteres')
    expect(error.fields).toEqual({ title: 'Use no máximo 200 caracteres', other: 'Plain English.' })
  })

  it('words a form’s own validation problems', async () => {
    await i18n.changeLanguage('pt-BR')
    const issues = z.object({ title: z.string().min(1) }).safeParse({ title: '' }).error?.issues
    expect(wordedFieldErrors(issues ?? [])).toEqual({ title: 'Preencha este campo' })
  })
})
