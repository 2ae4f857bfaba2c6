// Sample values read straight from the answer's text, without a string per sample: a big range
// answer has a million of them. The result is always exactly what Number gives for that text
// (the nearest double): the arithmetic below is only used where it is provably exact, and
// anything else goes through parseSampleValue.
import { parseSampleValue } from './sample'

/** 10^0 to 10^22: the powers of ten a double holds exactly. */
const POWERS = Float64Array.from({ length: 23 }, (_, power) => 10 ** power)
/** Below this every whole number is a double, so the digits add up without rounding. */
const EXACT_INTEGERS = 2 ** 53
const DIGIT_0 = 48
const DIGIT_9 = 57
const MINUS = 45
const PLUS = 43
const DOT = 46

/** parseSampleValue(text.slice(start, end)), without the slice for plain decimals. */
export function parseSampleValueAt(text: string, start: number, end: number): number {
  const value = plainDecimalAt(text, start, end)
  return value === value ? value : parseSampleValue(text.slice(start, end))
}

/**
 * text[start, end) read from its digits when it is a plain decimal that can be read exactly, else
 * NaN (then parseSampleValue decides: "NaN", "+Inf", 17 digits, odd syntax). The digits are added
 * up as a whole number and scaled once by an exact power of ten (Clinger's fast path), which
 * rounds exactly as Number does when that number is below 2^53 (up to 15 or 16 significant
 * digits) and the power within 10^±22. (An exact path for 17 and 18 digits, Dekker's product
 * against half an ulp, measured no faster than Number.)
 */
export function plainDecimalAt(text: string, start: number, end: number): number {
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
    if (exponent === undefined) return NaN
    scale += exponent
    pos = end
  }
  if (pos !== end || digits === 0 || whole >= EXACT_INTEGERS || scale < -22 || scale > 22) {
    return NaN
  }
  const magnitude = scale < 0 ? whole / (POWERS[-scale] ?? NaN) : whole * (POWERS[scale] ?? NaN)
  return negative ? -magnitude : magnitude
}

/** The exponent written from `pos` to `end` ("-05", "+3", "12"); undefined if not that. */
function exponentAt(text: string, pos: number, end: number): number | undefined {
  const sign = text.charCodeAt(pos)
  const negative = sign === MINUS
  if (negative || sign === PLUS) pos++
  // Three digits at most: more cannot fit the fast paths anyway.
  if (end - pos < 1 || end - pos > 3) return undefined
  let exponent = 0
  for (; pos < end; pos++) {
    const code = text.charCodeAt(pos)
    if (code < DIGIT_0 || code > DIGIT_9) return undefined
    exponent = exponent * 10 + (code - DIGIT_0)
  }
  return negative ? -exponent : exponent
}
