import { afterEach, describe, expect, it } from 'vitest'
import type { DataSourceView } from '../../../../shared/contract/datasources'
import { i18n } from '../../i18n'
import { checkSourceDraft, draftFromSource, emptySourceDraft, secretInput } from './source-draft'

const stored: DataSourceView = {
  id: 's1',
  kind: 'prometheus',
  name: 'Prod',
  url: 'https://prom.example',
  auth: { type: 'basic', username: 'ana', hasPassword: true },
  headers: [{ name: 'X-Scope-OrgID', hasValue: true }],
  timeoutMs: 15_000,
  createdAt: 1,
  updatedAt: 1,
}

afterEach(async () => {
  await i18n.changeLanguage('en')
})

describe('data source draft', () => {
  it('keeps stored secrets unless the user replaces or clears them', () => {
    const draft = draftFromSource(stored)
    expect(draft.password).toEqual({ isSet: true, action: 'keep', value: '' })
    const check = checkSourceDraft(draft)
    expect(check.ok && check.input.auth).toEqual({
      type: 'basic',
      username: 'ana',
      password: undefined,
    })
    expect(check.ok && check.input.headers).toEqual([{ name: 'X-Scope-OrgID', value: undefined }])
    expect(check.ok && check.input.timeoutMs).toBe(15_000)
  })

  it('sends a new value to replace and an empty string to clear', () => {
    expect(secretInput({ isSet: true, action: 'replace', value: 's3cret' })).toBe('s3cret')
    expect(secretInput({ isSet: true, action: 'clear', value: 'ignored' })).toBe('')
    // Opening the field and leaving it empty changes nothing.
    expect(secretInput({ isSet: true, action: 'replace', value: '' })).toBeUndefined()
  })

  it('puts each problem beside its field', () => {
    const draft = {
      ...emptySourceDraft(),
      name: ' ',
      url: 'prometheus:9090',
      timeoutSeconds: 'soon',
    }
    const check = checkSourceDraft(draft)
    expect(check.ok).toBe(false)
    if (check.ok) return
    expect(check.errors.name).toBe('Enter a name')
    expect(check.errors.url).toMatch(/full http:\/\/ or https:\/\/ URL/)
    expect(check.errors.timeoutMs).toBe('Enter a number of seconds')
  })

  it('words the problems in Portuguese when that is the UI language, and still refuses', async () => {
    await i18n.changeLanguage('pt-BR')
    const check = checkSourceDraft({
      ...emptySourceDraft(),
      name: '',
      url: 'prometheus:9090',
      headers: [{ name: 'bad header', value: { isSet: false, action: 'keep', value: '' } }],
      timeoutSeconds: 'logo',
    })
    expect(check.ok).toBe(false)
    if (check.ok) return
    expect(check.errors).toEqual({
      name: 'Informe um nome',
      url: 'Informe uma URL completa com http:// ou https://, por exemplo http://prometheus:9090',
      headers: 'Nomes de cabeçalho só têm letras, dígitos e -',
      timeoutMs: 'Informe os segundos',
    })
  })
})
