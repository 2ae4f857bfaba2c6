// Prometheus sends sample values as strings so that NaN and the infinities survive JSON.

/** "1e+00" -> 1, "NaN" -> NaN, "+Inf" -> Infinity, "-Inf" -> -Infinity. Unparseable -> NaN. */
export function parseSampleValue(text: string): number {
  switch (text) {
    case '+Inf':
    case 'Inf':
      return Infinity
    case '-Inf':
      return -Infinity
    case 'NaN':
    case '':
      return NaN
    default:
      return Number(text)
  }
}

/** 10^0 to 10^22: the powers of ten a double holds exactly. */
const EXACT_POWERS_OF_TEN = Array.from({ length: 23 }, (_, power) => 10 ** power)
/** Below this every whole number is a double, so the digits add up without rounding. */
const EXACT_INTEGERS = 2 ** 53
const DIGIT_0 = 48
const DIGIT_9 = 57
const MINUS = 45
const PLUS = 43
const DOT = 46

/**
 * parseSampleValue(text.slice(start, end)), without the slice for plain decimals: a big range
 * answer has a million of them. The digits are added up as a whole number and scaled once by an
 * exact power of ten (Clinger's fast path), which rounds exactly as Number does when that number
 * is below 2^53 and the power within 10^±22. Anything else (17 significant digits, NaN, +Inf,
 * odd syntax) goes through parseSampleValue.
 */
export function parseSampleValueAt(text: string, start: number, end: number): number {
  let pos = start
  const negative = text.charCodeAt(pos) === MINUS
  if (negative) pos++
  let whole = 0
  let digits = 0
  let scale = 0
  let code = text.charCodeAt(pos)
  for (; pos < end && code >= DIGIT_0 && code <= DIGIT_9; code = text.charCodeAt(++pos)) {
    whole = whole * 10 + (code - DIGIT_0)
    digits++
  }
  if (pos < end && code === DOT) {
    for (code = text.charCodeAt(++pos); pos < end && code >= DIGIT_0 && code <= DIGIT_9;) {
      whole = whole * 10 + (code - DIGIT_0)
      digits++
      scale--
      code = text.charCodeAt(++pos)
    }
  }
  if (pos < end && (code | 32) === 101) {
    const exponent = exponentAt(text, pos + 1, end)
    if (exponent === undefined) return parseSampleValue(text.slice(start, end))
    scale += exponent
    pos = end
  }
  if (pos !== end || digits === 0 || whole >= EXACT_INTEGERS || scale < -22 || scale > 22) {
    return parseSampleValue(text.slice(start, end))
  }
  const magnitude =
    scale < 0
      ? whole / (EXACT_POWERS_OF_TEN[-scale] ?? 1)
      : whole * (EXACT_POWERS_OF_TEN[scale] ?? 1)
  return negative ? -magnitude : magnitude
}

/** The exponent written from `pos` to `end` ("-05", "+3", "12"); undefined if not that. */
function exponentAt(text: string, pos: number, end: number): number | undefined {
  const sign = text.charCodeAt(pos)
  const negative = sign === MINUS
  if (negative || sign === PLUS) pos++
  // Three digits at most: more cannot fit the fast path anyway.
  if (end - pos < 1 || end - pos > 3) return undefined
  let exponent = 0
  for (; pos < end; pos++) {
    const code = text.charCodeAt(pos)
    if (code < DIGIT_0 || code > DIGIT_9) return undefined
    exponent = exponent * 10 + (code - DIGIT_0)
  }
  return negative ? -exponent : exponent
}

/** Prometheus timestamps are float seconds; the app uses epoch milliseconds. */
export function secondsToMs(seconds: number): number {
  return Math.round(seconds * 1000)
}

/** Query parameters take float seconds; keep millisecond precision, no float noise. */
export function msToSecondsParam(ms: number): string {
  return (ms / 1000).toFixed(3).replace(/\.?0+$/, '')
}

/**
 * RFC 3339 with nanoseconds ("2026-11-21T19:04:51.188674269Z") to epoch ms, or null when absent
 * or Go's zero time ("0001-01-01T00:00:00Z"), which Prometheus uses for "never".
 */
export function parseRfc3339Ms(text: string | undefined | null): number | null {
  if (!text) return null
  const ms = Date.parse(text)
  if (!Number.isFinite(ms) || ms < Date.UTC(1971, 0, 1)) return null
  return ms
}
