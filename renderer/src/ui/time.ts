// Pure time formatting and parsing. The app stores epoch ms (UTC) and shows one zone at a time,
// always labelled, so every function here takes the zone being displayed.

import type { Settings } from '../../../shared/contract/settings'
import { currentLanguage } from '../i18n/locale'

export type TimeZoneChoice = Settings['timeZone']

/** The zone times are shown in: UTC, or this machine's zone (an IANA name). */
export interface DisplayZone {
  kind: TimeZoneChoice
  timeZone: string
}

export const UTC_ZONE: DisplayZone = { kind: 'utc', timeZone: 'UTC' }

export function systemTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC'
}

export function displayZone(choice: TimeZoneChoice, localTimeZone = systemTimeZone()): DisplayZone {
  return choice === 'utc' ? UTC_ZONE : { kind: 'local', timeZone: localTimeZone }
}

interface WallClock {
  year: number
  month: number
  day: number
  hour: number
  minute: number
  second: number
}

// Building a DateTimeFormat is costly and timelines format hundreds of times per render.
const formatters = new Map<string, Intl.DateTimeFormat>()

function wallClockFormatter(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone)
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    })
    formatters.set(timeZone, formatter)
  }
  return formatter
}

function wallClock(ms: number, timeZone: string): WallClock {
  const fields: Record<string, number> = {}
  for (const part of wallClockFormatter(timeZone).formatToParts(ms)) {
    if (part.type !== 'literal') fields[part.type] = Number(part.value)
  }
  return {
    year: fields.year ?? 0,
    month: fields.month ?? 1,
    day: fields.day ?? 1,
    hour: fields.hour ?? 0,
    minute: fields.minute ?? 0,
    second: fields.second ?? 0,
  }
}

function wallClockAsUtc(wall: WallClock): number {
  return Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second)
}

/** Minutes the zone is ahead of UTC at that instant (negative west of Greenwich). */
export function offsetMinutes(ms: number, timeZone: string): number {
  const wholeSecond = Math.floor(ms / 1000) * 1000
  return Math.round((wallClockAsUtc(wallClock(wholeSecond, timeZone)) - wholeSecond) / 60_000)
}

/** "UTC+05:30", "UTC−03:00" (a true minus sign), "UTC+00:00". */
export function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? '\u2212' : '+'
  const abs = Math.abs(minutes)
  return `UTC${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`
}

function pad(value: number, width = 2): string {
  return String(value).padStart(width, '0')
}

/** The label that follows a time: "UTC", or the local offset in parentheses. */
export function zoneSuffix(ms: number, zone: DisplayZone): string {
  return zone.kind === 'utc' ? 'UTC' : `(${formatOffset(offsetMinutes(ms, zone.timeZone))})`
}

/** A sentence-friendly zone name: "UTC" or "America/Sao_Paulo (UTC−03:00)". */
export function describeZone(ms: number, zone: DisplayZone): string {
  if (zone.kind === 'utc') return 'UTC'
  return `${zone.timeZone} (${formatOffset(offsetMinutes(ms, zone.timeZone))})`
}

/** "14:03:12" on the zone's wall clock, without a label (pair it with zoneSuffix). */
export function formatClock(ms: number, zone: DisplayZone): string {
  const wall = wallClock(ms, zone.timeZone)
  return `${pad(wall.hour)}:${pad(wall.minute)}:${pad(wall.second)}`
}

/**
 * The day on the zone's calendar, as the UI language writes it: "2024-05-01" in English
 * (ISO 8601, unambiguous for teams across countries), "01/05/2024" in Portuguese.
 */
export function formatDay(ms: number, zone: DisplayZone): string {
  const wall = wallClock(ms, zone.timeZone)
  if (currentLanguage() === 'pt-BR')
    return `${pad(wall.day)}/${pad(wall.month)}/${pad(wall.year, 4)}`
  return isoDay(wall)
}

/** The day without its year, for axis labels: "05-01" in English, "01/05" in Portuguese. */
export function formatMonthDay(ms: number, zone: DisplayZone): string {
  const wall = wallClock(ms, zone.timeZone)
  if (currentLanguage() === 'pt-BR') return `${pad(wall.day)}/${pad(wall.month)}`
  return `${pad(wall.month)}-${pad(wall.day)}`
}

function isoDay(wall: WallClock): string {
  return `${pad(wall.year, 4)}-${pad(wall.month)}-${pad(wall.day)}`
}

/** "14:03:12 UTC" or "11:03:12 (UTC−03:00)". */
export function formatTime(ms: number, zone: DisplayZone): string {
  return `${formatClock(ms, zone)} ${zoneSuffix(ms, zone)}`
}

/** "2024-05-01 14:03:12 UTC". */
export function formatDateTime(ms: number, zone: DisplayZone): string {
  return `${formatDay(ms, zone)} ${formatTime(ms, zone)}`
}

/** The value a `datetime-local` input shows for that instant in the zone: "2024-05-01T14:03:12". */
export function toDateTimeInputValue(ms: number, zone: DisplayZone): string {
  return `${isoDay(wallClock(ms, zone.timeZone))}T${formatClock(ms, zone)}`
}

const INPUT_VALUE = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,3})?)?$/

function parseWallClock(value: string): WallClock | null {
  const match = INPUT_VALUE.exec(value.trim())
  if (!match) return null
  const [year, month, day, hour, minute, second] = match.slice(1, 7).map((n) => Number(n ?? 0))
  const wall = { year, month, day, hour, minute, second } as WallClock
  // Date.UTC rolls 31 April over to 1 May; a value that does not round-trip was not a real date.
  const roundTrip = wallClock(wallClockAsUtc(wall), 'UTC')
  const same = (Object.keys(wall) as (keyof WallClock)[]).every((k) => wall[k] === roundTrip[k])
  return same ? wall : null
}

/**
 * The instant a `datetime-local` value means when read on the zone's wall clock, or NaN when
 * it is not a real date and time. A wall time skipped by a DST jump lands just after the jump.
 */
export function fromDateTimeInputValue(value: string, zone: DisplayZone): number {
  const wall = parseWallClock(value)
  if (!wall) return Number.NaN
  const asUtc = wallClockAsUtc(wall)
  if (zone.kind === 'utc') return asUtc
  const firstGuess = asUtc - offsetMinutes(asUtc, zone.timeZone) * 60_000
  return asUtc - offsetMinutes(firstGuess, zone.timeZone) * 60_000
}
