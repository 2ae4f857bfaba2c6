// The text fields of the trace search form, read the way Jaeger UI reads them, so what the user
// types is checked in the same place for the form and the channel.
import { englishText } from '../i18n/english'
import { msg, type Message } from '../i18n/messages'

/** What is wrong with the text: in English, and as a message the form words in its language. */
export interface FilterProblem {
  error: string
  text: Message
}

function problem(text: Message): FilterProblem {
  return { error: englishText(text), text }
}

/** Go-style durations as Jaeger accepts them: "1.2s", "100ms", "500us", "2m", "1h30m". */
const DURATION_PART = /(\d+(?:\.\d+)?)\s*(ms|us|µs|ns|h|m|s)/gy
const UNIT_US: Record<string, number> = {
  h: 3_600_000_000,
  m: 60_000_000,
  s: 1_000_000,
  ms: 1_000,
  us: 1,
  µs: 1,
  ns: 0.001,
}

/** A duration in microseconds, or a message saying what is wrong with the text. */
export function parseDurationText(text: string): { us: number } | FilterProblem {
  const trimmed = text.trim()
  if (trimmed === '') return problem(msg('msgTraces:filter.durationEmpty'))
  if (/^\d+(\.\d+)?$/.test(trimmed)) {
    return problem(msg('msgTraces:filter.durationUnit', { text: trimmed }))
  }
  let us = 0
  let position = 0
  DURATION_PART.lastIndex = 0
  for (let match = DURATION_PART.exec(trimmed); match; match = DURATION_PART.exec(trimmed)) {
    us += Number(match[1]) * (UNIT_US[match[2] ?? ''] ?? 0)
    position = DURATION_PART.lastIndex
    while (trimmed[position] === ' ') position++
    DURATION_PART.lastIndex = position
  }
  if (position !== trimmed.length || position === 0) {
    return problem(msg('msgTraces:filter.durationFormat'))
  }
  return { us: Math.round(us) }
}

export type TagPair = [key: string, value: string]

/**
 * `key=value` pairs separated by spaces or new lines (logfmt, as in Jaeger UI's Tags field);
 * a value with spaces goes in double quotes: `http.route="/api/top scores" error=true`.
 */
export function parseTagFilter(text: string): { tags: TagPair[] } | FilterProblem {
  const tags: TagPair[] = []
  const pattern = /\s*([^\s=]+)=("((?:[^"\\]|\\.)*)"|[^\s"]*)\s*/y
  let position = 0
  const trimmed = text.trim()
  while (position < trimmed.length) {
    pattern.lastIndex = position
    const match = pattern.exec(trimmed)
    if (!match) {
      const rest = trimmed.slice(position).split(/\s+/)[0] ?? ''
      return problem(msg('msgTraces:filter.tagNotPair', { text: rest }))
    }
    const quoted = match[3]
    const value = quoted === undefined ? (match[2] ?? '') : quoted.replace(/\\(.)/g, '$1')
    if (value === '') return problem(msg('msgTraces:filter.tagNoValue', { key: match[1] ?? '' }))
    tags.push([match[1] ?? '', value])
    position = pattern.lastIndex
  }
  return { tags }
}

/** Tags back to the text the form shows (quoted where needed). */
export function formatTagFilter(tags: readonly TagPair[]): string {
  return tags
    .map(([key, value]) =>
      /[\s"]/.test(value) ? `${key}="${value.replace(/(["\\])/g, '\\$1')}"` : `${key}=${value}`,
    )
    .join(' ')
}
