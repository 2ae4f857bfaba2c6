import { afterEach, describe, expect, it } from 'vitest'
import { setCurrentLanguage } from '../i18n/locale'
import {
  UTC_ZONE,
  describeZone,
  displayZone,
  formatDateTime,
  formatMonthDay,
  formatOffset,
  formatTime,
  fromDateTimeInputValue,
  offsetMinutes,
  toDateTimeInputValue,
} from './time'

const saoPaulo = displayZone('local', 'America/Sao_Paulo')
const newYork = displayZone('local', 'America/New_York')
const kolkata = displayZone('local', 'Asia/Kolkata')
// 2024-05-01 14:03:12.345 UTC
const instant = Date.UTC(2024, 4, 1, 14, 3, 12, 345)

describe('formatTime', () => {
  it('labels UTC times with UTC', () => {
    expect(formatTime(instant, UTC_ZONE)).toBe('14:03:12 UTC')
  })

  it('shows local times on the local wall clock with their offset', () => {
    expect(formatTime(instant, saoPaulo)).toBe('11:03:12 (UTC\u221203:00)')
    expect(formatTime(instant, kolkata)).toBe('19:33:12 (UTC+05:30)')
  })

  it('follows daylight saving time per instant', () => {
    expect(formatTime(Date.UTC(2024, 0, 15, 12), newYork)).toBe('07:00:00 (UTC\u221205:00)')
    expect(formatTime(Date.UTC(2024, 6, 15, 12), newYork)).toBe('08:00:00 (UTC\u221204:00)')
  })

  it('never shows hour 24 at midnight', () => {
    expect(formatTime(Date.UTC(2024, 4, 1, 0, 0, 5), UTC_ZONE)).toBe('00:00:05 UTC')
  })
})

describe('formatDateTime', () => {
  it('puts the date of the shown zone first, which can differ from the UTC date', () => {
    const lateEvening = Date.UTC(2024, 4, 2, 1, 30)
    expect(formatDateTime(lateEvening, UTC_ZONE)).toBe('2024-05-02 01:30:00 UTC')
    expect(formatDateTime(lateEvening, saoPaulo)).toBe('2024-05-01 22:30:00 (UTC\u221203:00)')
  })
})

describe('zone descriptions', () => {
  it('formats offsets with a true minus sign and zero as plus', () => {
    expect(formatOffset(-180)).toBe('UTC\u221203:00')
    expect(formatOffset(345)).toBe('UTC+05:45')
    expect(formatOffset(0)).toBe('UTC+00:00')
  })

  it('names the local zone and its offset', () => {
    expect(describeZone(instant, saoPaulo)).toBe('America/Sao_Paulo (UTC\u221203:00)')
    expect(describeZone(instant, UTC_ZONE)).toBe('UTC')
    expect(offsetMinutes(instant, 'Asia/Kolkata')).toBe(330)
  })
})

describe('datetime-local values', () => {
  it('round-trips an instant through the input value in either zone', () => {
    const whole = Date.UTC(2024, 4, 1, 14, 3, 12)
    for (const zone of [UTC_ZONE, saoPaulo, kolkata, newYork]) {
      expect(fromDateTimeInputValue(toDateTimeInputValue(whole, zone), zone)).toBe(whole)
    }
  })

  it('reads the same wall time as different instants depending on the zone', () => {
    expect(toDateTimeInputValue(instant, saoPaulo)).toBe('2024-05-01T11:03:12')
    expect(fromDateTimeInputValue('2024-05-01T11:03', saoPaulo)).toBe(Date.UTC(2024, 4, 1, 14, 3))
    expect(fromDateTimeInputValue('2024-05-01T11:03', UTC_ZONE)).toBe(Date.UTC(2024, 4, 1, 11, 3))
  })

  it('reads wall times on both sides of a daylight saving change', () => {
    expect(fromDateTimeInputValue('2024-03-10T01:30', newYork)).toBe(Date.UTC(2024, 2, 10, 6, 30))
    expect(fromDateTimeInputValue('2024-03-10T03:30', newYork)).toBe(Date.UTC(2024, 2, 10, 7, 30))
  })

  it('rejects values that are not real dates', () => {
    for (const value of [
      '',
      'yesterday',
      '2024-02-30T10:00',
      '2024-13-01T10:00',
      '2024-05-01T24:00',
    ]) {
      expect(fromDateTimeInputValue(value, UTC_ZONE)).toBeNaN()
    }
  })
})

describe('dates in the UI language', () => {
  const may1 = Date.UTC(2024, 4, 1, 14, 3, 12)
  afterEach(() => setCurrentLanguage('en'))

  it('writes ISO days in English and day/month/year in Portuguese', () => {
    expect(formatDateTime(may1, UTC_ZONE)).toBe('2024-05-01 14:03:12 UTC')
    setCurrentLanguage('pt-BR')
    expect(formatDateTime(may1, UTC_ZONE)).toBe('01/05/2024 14:03:12 UTC')
    expect(formatMonthDay(may1, UTC_ZONE)).toBe('01/05')
  })

  it('keeps the datetime-local input value in ISO form whatever the language', () => {
    setCurrentLanguage('pt-BR')
    expect(toDateTimeInputValue(may1, UTC_ZONE)).toBe('2024-05-01T14:03:12')
  })
})
