import { afterEach, describe, expect, it } from 'vitest'
import { i18n } from '../../i18n'
import { UTC_ZONE, displayZone } from '../../ui/time'
import { parseServices, validateNewIncident, type NewIncidentDraft } from './new-incident-form'

const now = Date.UTC(2024, 4, 1, 12)
const valid: NewIncidentDraft = {
  title: '  Checkout errors  ',
  severity: 'SEV2',
  services: 'checkout, payments-api, ,checkout',
  startedAt: { value: '2024-05-01T11:40', badInput: false },
}

describe('validateNewIncident', () => {
  it('builds the create input: trimmed title, clean services, start in the chosen zone', () => {
    expect(validateNewIncident(valid, UTC_ZONE, now)).toEqual({
      ok: true,
      input: {
        title: 'Checkout errors',
        severity: 'SEV2',
        services: ['checkout', 'payments-api'],
        startedAt: Date.UTC(2024, 4, 1, 11, 40),
      },
    })
    const inTokyo = validateNewIncident(valid, displayZone('local', 'Asia/Tokyo'), now)
    expect(inTokyo.ok && inTokyo.input.startedAt).toBe(Date.UTC(2024, 4, 1, 2, 40))
  })

  it('leaves the start to the backend clock when the field is empty', () => {
    const result = validateNewIncident(
      { ...valid, startedAt: { value: '', badInput: false } },
      UTC_ZONE,
      now,
    )
    expect(result.ok && 'startedAt' in result.input).toBe(false)
  })

  it('reports every bad field at once, with a message for each', () => {
    const result = validateNewIncident(
      {
        title: '   ',
        severity: '',
        services: '',
        startedAt: { value: '2024-05-03T12:00', badInput: false },
      },
      UTC_ZONE,
      now,
    )
    expect(result).toEqual({
      ok: false,
      errors: {
        title: 'Enter a title',
        severity: 'Choose a severity: SEV1, SEV2, SEV3 or SEV4',
        startedAt: 'This time is more than a day in the future',
      },
    })
  })

  it('refuses a title over 200 characters and accepts exactly 200', () => {
    const long = validateNewIncident({ ...valid, title: 'x'.repeat(201) }, UTC_ZONE, now)
    expect(long.ok ? null : long.errors.title).toBe('Keep the title under 200 characters')
    expect(validateNewIncident({ ...valid, title: 'x'.repeat(200) }, UTC_ZONE, now).ok).toBe(true)
  })

  it('refuses an unknown severity and a half-typed start time', () => {
    const result = validateNewIncident(
      { ...valid, severity: 'SEV5', startedAt: { value: '', badInput: true } },
      UTC_ZONE,
      now,
    )
    expect(result.ok ? null : result.errors).toEqual({
      severity: 'Choose a severity: SEV1, SEV2, SEV3 or SEV4',
      startedAt: 'Enter a valid date and time',
    })
  })
})

describe('service limits', () => {
  it('names the limit that was passed: the list or one name', () => {
    const many = Array.from({ length: 51 }, (_, i) => `svc${i}`).join(',')
    const tooMany = validateNewIncident({ ...valid, services: many }, UTC_ZONE, now)
    expect(tooMany.ok ? null : tooMany.errors.services).toBe('At most 50 services')
    const long = validateNewIncident({ ...valid, services: 's'.repeat(101) }, UTC_ZONE, now)
    expect(long.ok ? null : long.errors.services).toBe('Service names are at most 100 characters')
  })
})

describe('parseServices', () => {
  it('splits on commas, trims and drops duplicates and blanks', () => {
    expect(parseServices(' api ,web,, api ')).toEqual(['api', 'web'])
    expect(parseServices('')).toEqual([])
  })
})

describe('validateNewIncident in Portuguese', () => {
  afterEach(async () => {
    await i18n.changeLanguage('en')
  })

  it('says what to fix in the UI language, next to each field', async () => {
    await i18n.changeLanguage('pt-BR')
    const result = validateNewIncident(
      {
        title: 'x'.repeat(201),
        severity: '',
        services: 's'.repeat(101),
        startedAt: { value: '', badInput: true },
      },
      UTC_ZONE,
      now,
    )
    expect(result.ok ? null : result.errors).toEqual({
      title: 'O título deve ter menos de 200 caracteres',
      severity: 'Escolha uma severidade: SEV1, SEV2, SEV3 ou SEV4',
      services: 'Nomes de serviço têm no máximo 100 caracteres',
      startedAt: 'Informe uma data e hora válidas',
    })
  })

  it('tells a too-long list of services from a too-long name', async () => {
    await i18n.changeLanguage('pt-BR')
    const many = Array.from({ length: 51 }, (_, i) => `svc${i}`).join(',')
    const result = validateNewIncident({ ...valid, services: many }, UTC_ZONE, now)
    expect(result.ok ? null : result.errors.services).toBe('No máximo 50 serviços')
  })
})
