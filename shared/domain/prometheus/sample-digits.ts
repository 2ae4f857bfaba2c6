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

/** Where parseSampleValueAt has readPlainDecimal put its number. */
const scratch = new Float64Array(1)

/** parseSampleValue(text.slice(start, end)), without the slice for plain decimals. */
export function parseSampleValueAt(text: string, start: number, end: number): number {
  return readPlainDecimal(text, start, end, scratch, 0)
    ? (scratch[0] ?? NaN)
    : parseSampleValue(text.slice(start, end))
}

/**
 * Reads text[start, end) into out[index] if it is a plain decimal that can be read exactly from
 * its digits, and says whether it did (else parseSampleValue decides: "NaN", "+Inf", more than 18
 * digits, odd syntax). Written into an array rather than returned: a number returned from a call
 * the compiler does not inline is a heap object, one per sample. The digits are added up as a
 * whole number and scaled once by an exact power of ten (Clinger's fast path), which rounds
 * exactly as Number does when that number is below 2^53 (up to 15 or 16 significant digits) and
 * the power within 10^±22; 17 or 18 digits, as Go and JavaScript write most fractions, go
 * through exactQuotient.
 */
export function readPlainDecimal(
  text: string,
  start: number,
  end: number,
  out: Float64Array,
  index: number,
): boolean {
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
    if (exponent === undefined) return false
    scale += exponent
    pos = end
  }
  if (pos !== end || digits === 0 || scale < -22 || scale > 22) return false
  if (whole < EXACT_INTEGERS) {
    const magnitude = scale < 0 ? whole / (POWERS[-scale] ?? NaN) : whole * (POWERS[scale] ?? NaN)
    out[index] = negative ? -magnitude : magnitude
    return true
  }
  if (scale >= 0 || !longDecimal(text, negative ? start + 1 : start, digits, -scale, out, index)) {
    return false
  }
  if (negative) out[index] = -(out[index] ?? NaN)
  return true
}

/**
 * The `digits` digits from `start` (a dot among them skipped) divided by 10^power, into
 * out[index]; false when there are more than 18: the first ten and the rest are kept apart, so
 * that head * 10^(rest) stays exact.
 */
function longDecimal(
  text: string,
  start: number,
  digits: number,
  power: number,
  out: Float64Array,
  index: number,
): boolean {
  if (digits > 18) return false
  let head = 0
  let tail = 0
  let seen = 0
  for (let pos = start; seen < digits; pos++) {
    const digit = text.charCodeAt(pos) - DIGIT_0
    if (digit < 0 || digit > 9) continue
    if (seen++ < 10) head = head * 10 + digit
    else tail = tail * 10 + digit
  }
  return exactQuotient(head * (POWERS[digits - 10] ?? NaN), tail, power, out, index)
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

/** Veltkamp's constant, 2^27 + 1: splits a double into two halves whose products are exact. */
const SPLITTER = 134_217_729
const POWERS_HIGH = POWERS.map((power) => SPLITTER * power - (SPLITTER * power - power))
const POWERS_LOW = POWERS.map((power, index) => power - (POWERS_HIGH[index] ?? 0))
const bits = new Float64Array(1)
const words = new Uint32Array(bits.buffer)
/** Which word of a double holds its sign and exponent, on this machine. */
const HIGH = new Uint8Array(Float64Array.of(1).buffer)[7] === 0x3f ? 1 : 0
const LOW = 1 - HIGH

/**
 * (shifted + low) / 10^power, rounded to the nearest double, into out[index]; false when
 * undecided. The
 * numerator has up to 18 digits, so it may not be a double; the quotient of its nearest double is
 * then within an ulp of the answer, and which neighbour is nearest is decided by the exact sign
 * of numerator - quotient * 10^power (Dekker's exact product) against half an ulp.
 *
 * The error-free sums (Knuth's two-sum: a + b = s + e exactly) are written out in place: as a
 * function returning its error through a variable, this ran four times slower.
 */
function exactQuotient(
  shifted: number,
  low: number,
  power: number,
  out: Float64Array,
  index: number,
): boolean {
  const numerator = shifted + low
  let part = numerator - shifted
  const numeratorLow = shifted - (numerator - part) + (low - part)
  const divisor = POWERS[power] ?? NaN
  const quotient = numerator / divisor
  bits[0] = quotient
  const exponent = (words[HIGH] ?? 0) >>> 20
  // Subnormals, and powers of two (whose lower neighbour is nearer): left to Number.
  if (exponent < 54 || ((words[HIGH] ?? 0) & 0xfffff) + (words[LOW] ?? 0) === 0) return false
  const split = SPLITTER * quotient
  const quotientHigh = split - (split - quotient)
  const quotientLow = quotient - quotientHigh
  const [divisorHigh, divisorLow] = [POWERS_HIGH[power] ?? NaN, POWERS_LOW[power] ?? NaN]
  const product = quotient * divisor
  const productLow =
    quotientHigh * divisorHigh -
    product +
    quotientHigh * divisorLow +
    quotientLow * divisorHigh +
    quotientLow * divisorLow
  // Half an ulp of the quotient, 2^(exponent - 1076), written as a double's bits.
  words[HIGH] = (exponent - 53) << 20
  words[LOW] = 0
  const halfUlp = bits[0] ?? NaN
  const halfStep = halfUlp * divisor
  // remainder = numerator - quotient * divisor, from the two exact pairs, with the bound of the
  // rounding errors left out (each two-sum's e).
  const big = numerator - product
  part = big - numerator
  let error = Math.abs(numerator - (big - part) + (-product - part))
  const small = numeratorLow - productLow
  part = small - numeratorLow
  error += Math.abs(numeratorLow - (small - part) + (-productLow - part))
  const remainder = big + small
  part = remainder - big
  error += Math.abs(big - (remainder - part) + (small - part))
  const over = remainder - halfStep
  part = over - remainder
  const overError = error + Math.abs(remainder - (over - part) + (-halfStep - part))
  const under = remainder + halfStep
  part = under - remainder
  const underError = error + Math.abs(remainder - (under - part) + (halfStep - part))
  // A remainder this close to half an ulp (a tie, or too close to tell) is left to Number.
  if (Math.abs(over) <= 2 * overError || Math.abs(under) <= 2 * underError) return false
  out[index] = over > 0 ? quotient + 2 * halfUlp : under < 0 ? quotient - 2 * halfUlp : quotient
  return true
}
