/**
 * Trace and span IDs are kept as the strings the source sent: Jaeger accepts non-hex IDs ("span-1",
 * "A") and clients drop leading zeros ("ec2b4e0bcea566d"), so we never assume hex or a fixed length.
 */

const BASE64_DIGITS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'
const BASE64_ID = /^[A-Za-z0-9+/]+={1,2}$/

/** An ID field as text: strings as they are, numbers (seen in hand-made files) in decimal. */
export function idText(value: unknown): string | undefined {
  if (typeof value === 'string') return value
  if (typeof value === 'number' && Number.isFinite(value)) return String(value)
  return undefined
}

/**
 * The comparison key used only when an exact ID match fails: hex IDs lower-cased with leading
 * zeros dropped, so "0ec2b4e0bcea566d" finds "ec2b4e0bcea566d". Non-hex IDs compare as they are.
 * One pass over the characters and no allocation for IDs already in that form (the usual case).
 */
export function canonicalId(id: string): string {
  let needsWork = id.length > 1 && id.charCodeAt(0) === 48
  for (let i = 0; i < id.length; i++) {
    const code = id.charCodeAt(i)
    const digitOrLower = (code >= 48 && code <= 57) || (code >= 97 && code <= 102)
    if (digitOrLower) continue
    if (code >= 65 && code <= 70) needsWork = true
    else return id
  }
  if (!needsWork) return id
  const lower = id.toLowerCase()
  let first = 0
  while (first < lower.length - 1 && lower.charCodeAt(first) === 48) first++
  return lower.slice(first)
}

/**
 * Jaeger <= 1.52 answered API v3 through grpc-gateway, which writes 16- and 8-byte IDs as padded
 * base64 ("AAAAAAAAAJYAAAAAAAAAoA=="). Hex never contains '=', so the padded lengths are
 * unambiguous; we show those as hex so they can be searched in Jaeger. Anything else is kept.
 */
export function otlpIdToDisplay(id: string): { id: string; wasBase64: boolean } {
  const paddedLength = id.length === 24 || id.length === 12
  if (!paddedLength || !BASE64_ID.test(id)) return { id, wasBase64: false }
  return { id: base64ToHex(id), wasBase64: true }
}

function base64ToHex(text: string): string {
  let hex = ''
  let buffer = 0
  let bits = 0
  for (const char of text) {
    if (char === '=') break
    buffer = (buffer << 6) | BASE64_DIGITS.indexOf(char)
    bits += 6
    if (bits >= 8) {
      bits -= 8
      hex += ((buffer >> bits) & 0xff).toString(16).padStart(2, '0')
    }
  }
  return hex
}
