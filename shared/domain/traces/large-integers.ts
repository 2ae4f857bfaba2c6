/**
 * JSON.parse turns every number into a float64, so an int64 tag such as 9223372036854775807
 * silently becomes 9223372036854775808. Jaeger v1 writes int64 tag values as bare JSON numbers,
 * so the only place the exact digits survive is the raw text. Before parsing, we quote integer
 * literals beyond 2^53 that are the value of a `"value"` (v1 tags and log fields) or `"intValue"`
 * (OTLP, normally a string already) member; the tag converters then see exact decimal text.
 *
 * The pattern cannot match inside a JSON string: there a quote is written `\"`, so `"value"`
 * followed by a colon never appears literally. Other members (startTime, duration) are left as
 * numbers: microsecond timestamps are below 2^53 until the year 2255.
 */

const UNSAFE_INTEGER_MEMBER = /("(?:value|intValue)"\s*:\s*)(-?\d{16,})(?=\s*[,}\]])/g
const MAX_SAFE_DIGITS = String(Number.MAX_SAFE_INTEGER)

function isBeyondSafeRange(digits: string): boolean {
  const unsigned = digits.startsWith('-') ? digits.slice(1) : digits
  if (unsigned.length !== MAX_SAFE_DIGITS.length) return unsigned.length > MAX_SAFE_DIGITS.length
  return unsigned > MAX_SAFE_DIGITS
}

/** Returns the text with unsafe integer tag values quoted, and how many were found. */
export function quoteLargeIntegerValues(text: string): { text: string; quoted: number } {
  let quoted = 0
  const result = text.replace(UNSAFE_INTEGER_MEMBER, (match, member: string, digits: string) => {
    if (!isBeyondSafeRange(digits)) return match
    quoted++
    return `${member}"${digits}"`
  })
  return { text: quoted > 0 ? result : text, quoted }
}
