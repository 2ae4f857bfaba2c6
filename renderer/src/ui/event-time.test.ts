import { afterEach, describe, expect, it } from 'vitest'
import { problemWithEventTime } from '../../../shared/domain/incident'
import { i18n } from '../i18n'
import { wordShared } from '../i18n/messages'
import { readEventTimeField } from './event-time'
import { UTC_ZONE, displayZone } from './time'

const now = Date.UTC(2024, 4, 1, 12)

describe('readEventTimeField', () => {
  it('treats an empty field as "now", leaving the stamp to the backend', () => {
    expect(readEventTimeField({ value: '', badInput: false }, UTC_ZONE, now)).toEqual({
      ok: true,
      time: undefined,
    })
  })

  it('reads a backdated time in the chosen zone', () => {
    const field = { value: '2024-05-01T08:15', badInput: false }
    expect(readEventTimeField(field, UTC_ZONE, now)).toEqual({
      ok: true,
      time: Date.UTC(2024, 4, 1, 8, 15),
    })
    expect(readEventTimeField(field, displayZone('local', 'Asia/Tokyo'), now)).toEqual({
      ok: true,
      time: Date.UTC(2024, 4, 0, 23, 15),
    })
  })

  it('refuses a half-typed date even though the input reports an empty value', () => {
    expect(readEventTimeField({ value: '', badInput: true }, UTC_ZONE, now)).toEqual({
      ok: false,
      error: 'Enter a valid date and time',
    })
  })

  it('refuses a time more than a day ahead, with the backend wording', () => {
    const field = { value: '2024-05-02T12:01', badInput: false }
    expect(readEventTimeField(field, UTC_ZONE, now)).toEqual({
      ok: false,
      error: 'This time is more than a day in the future',
    })
  })

  it('accepts a clock a few hours fast', () => {
    const field = { value: '2024-05-01T15:00', badInput: false }
    expect(readEventTimeField(field, UTC_ZONE, now).ok).toBe(true)
  })
})

describe('event time refusals in Portuguese', () => {
  afterEach(async () => {
    await i18n.changeLanguage('en')
  })

  it('words the refusal in the UI language', async () => {
    await i18n.changeLanguage('pt-BR')
    const field = { value: '2024-05-02T12:01', badInput: false }
    expect(readEventTimeField(field, UTC_ZONE, now)).toEqual({
      ok: false,
      error: 'Este horário está mais de um dia no futuro',
    })
    expect(readEventTimeField({ value: '', badInput: true }, UTC_ZONE, now)).toEqual({
      ok: false,
      error: 'Informe uma data e hora válidas',
    })
  })

  it('has a translation for every refusal the shared rule can give', async () => {
    await i18n.changeLanguage('pt-BR')
    const problems = [Number.NaN, now + 2 * 86_400_000, Date.UTC(1980, 0, 1)].map(
      (time) => problemWithEventTime(time, now) ?? '',
    )
    expect(problems.map(wordShared)).toEqual([
      'Informe uma data e hora válidas',
      'Este horário está mais de um dia no futuro',
      'Este horário é anterior a 1990; confira a data',
    ])
  })
})
