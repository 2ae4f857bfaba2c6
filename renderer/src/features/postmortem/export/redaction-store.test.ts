import { afterEach, describe, expect, it } from 'vitest'
import { i18n } from '../../../i18n'
import { checkRedaction } from './redaction-store'

const SECRETS_ONLY = { emails: false, ipAddresses: false, secrets: true }

afterEach(async () => {
  await i18n.changeLanguage('en')
})

describe('redaction patterns as typed', () => {
  it('uses every non-empty line as a pattern', () => {
    const checked = checkRedaction(SECRETS_ONLY, 'cust-\\d+\n\n  \nacme-[a-z]+')
    expect(checked.problems).toEqual([])
    expect(checked.options).toEqual({
      ...SECRETS_ONLY,
      customPatterns: ['cust-\\d+', 'acme-[a-z]+'],
    })
  })

  it('names every bad line, and uses no pattern until all are fixed', () => {
    const checked = checkRedaction(SECRETS_ONLY, 'ok-\\d+\n(unclosed\nx*')
    expect(checked.problems.map((p) => p.line)).toEqual([2, 3])
    expect(checked.problems[0]?.message).toMatch(/^Not a valid regular expression/)
    expect(checked.problems[1]?.message).toMatch(/matches empty text/)
    expect(checked.options.customPatterns).toEqual([])
  })

  it('names a bad line in Portuguese for a pt-BR user, the engine’s own reason as written', async () => {
    await i18n.changeLanguage('pt-BR')
    const checked = checkRedaction(SECRETS_ONLY, '(unclosed\nx*')
    expect(checked.problems[0]?.message).toMatch(
      /^Não é uma expressão regular válida: .*\(unclosed/,
    )
    expect(checked.problems[1]?.message).toBe(
      'O padrão corresponde a texto vazio, então não ocultaria nada útil',
    )
  })
})
