import { afterEach, describe, expect, it } from 'vitest'
import { i18n } from '../../i18n'
import { UTC_ZONE } from '../../ui/time'
import { isSubmitChord, submitChordLabel, validateNote } from './note-form'

const now = Date.UTC(2024, 4, 1, 12)
const noTime = { value: '', badInput: false }

describe('validateNote', () => {
  it('trims the text and leaves the time to the backend when none is given', () => {
    expect(validateNote('  Rolled back deploy 42 \n', noTime, UTC_ZONE, now)).toEqual({
      ok: true,
      input: { text: 'Rolled back deploy 42', occurredAt: undefined },
    })
  })

  it('keeps a backdated time', () => {
    const result = validateNote(
      'Paged DB on-call',
      { value: '2024-05-01T09:30', badInput: false },
      UTC_ZONE,
      now,
    )
    expect(result).toEqual({
      ok: true,
      input: { text: 'Paged DB on-call', occurredAt: Date.UTC(2024, 4, 1, 9, 30) },
    })
  })

  it('refuses an empty note and a future time together', () => {
    const result = validateNote(
      '   ',
      { value: '2024-05-05T00:00', badInput: false },
      UTC_ZONE,
      now,
    )
    expect(result).toEqual({
      ok: false,
      errors: {
        text: 'Write something first',
        occurredAt: 'This time is more than a day in the future',
      },
    })
  })
})

describe('validateNote wording', () => {
  afterEach(async () => {
    await i18n.changeLanguage('en')
  })

  it('states the length limit that was passed', () => {
    const result = validateNote('x'.repeat(20_001), noTime, UTC_ZONE, now)
    expect(result.ok ? null : result.errors.text).toBe('Notes are at most 20000 characters')
  })

  it('says what to fix in Portuguese when the UI is in Portuguese', async () => {
    await i18n.changeLanguage('pt-BR')
    expect(validateNote('  ', noTime, UTC_ZONE, now)).toEqual({
      ok: false,
      errors: { text: 'Escreva algo primeiro' },
    })
    const long = validateNote('x'.repeat(20_001), noTime, UTC_ZONE, now)
    expect(long.ok ? null : long.errors.text).toBe('Notas têm no máximo 20000 caracteres')
  })
})

describe('submit chord', () => {
  it('is Ctrl or Cmd with Enter, never plain Enter', () => {
    expect(isSubmitChord({ key: 'Enter', ctrlKey: true, metaKey: false })).toBe(true)
    expect(isSubmitChord({ key: 'Enter', ctrlKey: false, metaKey: true })).toBe(true)
    expect(isSubmitChord({ key: 'Enter', ctrlKey: false, metaKey: false })).toBe(false)
  })

  it('is labelled for the platform', () => {
    expect(submitChordLabel('MacIntel')).toBe('⌘ Enter')
    expect(submitChordLabel('Linux x86_64')).toBe('Ctrl Enter')
  })
})
