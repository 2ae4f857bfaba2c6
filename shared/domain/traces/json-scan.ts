/**
 * A validating JSON scanner for the fast path: it walks the text without building objects for
 * the parts nobody needs yet (tags, logs, events), so a 100,000-span payload costs a fraction of
 * JSON.parse in time and heap. It accepts exactly what JSON.parse accepts; on anything it does
 * not handle it throws DECLINED and the caller falls back to JSON.parse, which stays the
 * reference for every odd or broken payload. Object keys are compared in place (`keyIs`), never
 * sliced out, and iteration is by plain calls rather than callbacks: 100,000 spans hold millions
 * of keys, and allocating for each is what makes JSON.parse slow here.
 */

export interface Cursor {
  text: string
  pos: number
  /** Where `text` starts in the whole payload (not 0 when the payload is scanned in pieces). */
  base: number
  /** Per field: strings that repeat across spans by a hash of their text (see readRepeated). */
  repeated: Map<number, string>[]
  /** Per field: the string it held last (see readRepeated). */
  lastRepeated: (string | undefined)[]
  /** The last key read by `readKey`: [keyStart, keyEnd) of the text, between the quotes. */
  keyStart: number
  keyEnd: number
}

export function cursorAt(text: string, pos = 0): Cursor {
  return { text, pos, base: 0, repeated: [], lastRepeated: [], keyStart: 0, keyEnd: 0 }
}

/** Thrown (one shared value: no stack to capture) when the fast path will not decide. */
export const DECLINED: unique symbol = Symbol('fast path declined')

export function decline(): never {
  throw DECLINED
}

const QUOTE = 34
const BACKSLASH = 92
const MAX_DEPTH = 512

export function skipWhitespace(c: Cursor): number {
  const { text } = c
  let pos = c.pos
  let code = text.charCodeAt(pos)
  while (code === 32 || code === 10 || code === 13 || code === 9) code = text.charCodeAt(++pos)
  c.pos = pos
  return code // NaN at the end of the text
}

function isSimpleEscape(code: number): boolean {
  // " \ / b f n r t
  return (
    code === 34 ||
    code === 92 ||
    code === 47 ||
    code === 98 ||
    code === 102 ||
    code === 110 ||
    code === 114 ||
    code === 116
  )
}

/** Skips the string at the cursor (on its quote); true when it held escapes. */
function skipString(c: Cursor): boolean {
  const { text } = c
  let pos = c.pos + 1
  let escaped = false
  for (;;) {
    const code = text.charCodeAt(pos)
    if (code === QUOTE) break
    if (code === BACKSLASH) {
      escaped = true
      const next = text.charCodeAt(pos + 1)
      if (next === 117 && /^[0-9a-fA-F]{4}$/.test(text.slice(pos + 2, pos + 6))) pos += 6
      else if (isSimpleEscape(next)) pos += 2
      else decline()
      continue
    }
    if (!(code >= 32)) decline() // a raw control character, or NaN past the end
    pos++
  }
  c.pos = pos + 1
  return escaped
}

export function readString(c: Cursor): string {
  if (skipWhitespace(c) !== QUOTE) decline()
  const start = c.pos
  if (!skipString(c)) return c.text.slice(start + 1, c.pos - 1)
  return JSON.parse(c.text.slice(start, c.pos)) as string
}

const MAX_REPEATED = 64

/**
 * A value that is usually one of a few strings (operation names, process keys, the trace ID in
 * every reference): a cached copy is returned when the text matches one, so 100,000 spans do not
 * allocate 100,000 copies. Anything else is read like readValue.
 */
export function readRepeated(c: Cursor, field: number): unknown {
  if (skipWhitespace(c) !== QUOTE) return readValue(c)
  const { text } = c
  const start = c.pos
  // Most often the field holds what it held in the span before (the trace ID always): one
  // comparison then. The cached string has no escapes, so a quote right after it ends the string.
  const last = c.lastRepeated[field]
  if (
    last !== undefined &&
    text.charCodeAt(start + 1 + last.length) === QUOTE &&
    matchesAt(text, start + 1, last)
  ) {
    c.pos = start + last.length + 2
    return last
  }
  if (skipString(c)) return JSON.parse(text.slice(start, c.pos)) as string
  const from = start + 1
  const to = c.pos - 1
  let hash = to - from
  // Kept below 2^30 so it stays a small integer for the Map (no boxed numbers).
  for (let i = from; i < to; i++) hash = (Math.imul(hash, 31) + text.charCodeAt(i)) & 0x3fffffff
  const cache = (c.repeated[field] ??= new Map())
  const known = cache.get(hash)
  if (known !== undefined && known.length === to - from && matchesAt(text, from, known))
    return (c.lastRepeated[field] = known)
  const value = text.slice(from, to)
  if (known === undefined && cache.size < MAX_REPEATED) cache.set(hash, value)
  return (c.lastRepeated[field] = value)
}

/** Reads a member key and its colon; the key stays in the text (see `keyIs`). */
export function readKey(c: Cursor): void {
  if (skipWhitespace(c) !== QUOTE) decline()
  const start = c.pos
  if (skipString(c)) decline() // escaped keys are too rare to handle here
  c.keyStart = start + 1
  c.keyEnd = c.pos - 1
  if (skipWhitespace(c) !== 58) decline()
  c.pos++
}

/**
 * Reads a member key and its colon when the key is `key`, written plainly; false (the cursor
 * before the key) otherwise. One comparison instead of scanning the key and looking it up.
 */
export function readKeyIf(c: Cursor, key: string): boolean {
  if (skipWhitespace(c) !== QUOTE) return false
  const { text } = c
  const from = c.pos + 1
  const to = from + key.length
  // `key` has no escapes, so a quote right after it closes the key.
  if (text.charCodeAt(to) !== QUOTE || !matchesAt(text, from, key)) return false
  c.keyStart = from
  c.keyEnd = to
  c.pos = to + 1
  if (skipWhitespace(c) !== 58) decline()
  c.pos++
  return true
}

/** Skips a member key (escapes allowed: its content does not matter) and its colon. */
function skipKey(c: Cursor): void {
  if (skipWhitespace(c) !== QUOTE) decline()
  skipString(c)
  if (skipWhitespace(c) !== 58) decline()
  c.pos++
}

/**
 * Skips a string value, leaving its content range in keyStart/keyEnd (like a key) so it can be
 * compared in place; true when it held escapes (then compare the decoded text instead).
 */
export function scanString(c: Cursor): boolean {
  if (skipWhitespace(c) !== QUOTE) decline()
  const start = c.pos
  const escaped = skipString(c)
  c.keyStart = start + 1
  c.keyEnd = c.pos - 1
  return escaped
}

/** Whether `text` holds `literal` at `at`; a plain loop, cheaper than startsWith for short keys. */
function matchesAt(text: string, at: number, literal: string): boolean {
  for (let i = 0; i < literal.length; i++) {
    if (text.charCodeAt(at + i) !== literal.charCodeAt(i)) return false
  }
  return true
}

export function keyIs(c: Cursor, key: string): boolean {
  return c.keyEnd - c.keyStart === key.length && matchesAt(c.text, c.keyStart, key)
}

export function keyText(c: Cursor): string {
  return c.text.slice(c.keyStart, c.keyEnd)
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57
}

/** JSON number grammar; integers below 2^53 are computed in place, others via Number(). */
export function readNumber(c: Cursor): number {
  const { text } = c
  const start = c.pos
  let pos = start
  if (text.charCodeAt(pos) === 45) pos++
  let code = text.charCodeAt(pos)
  let value = 0
  if (code === 48) code = text.charCodeAt(++pos)
  else if (isDigit(code)) {
    while (isDigit(code)) {
      value = value * 10 + (code - 48)
      code = text.charCodeAt(++pos)
    }
  } else decline()
  let simple = true
  if (code === 46) {
    simple = false
    if (!isDigit(text.charCodeAt(++pos))) decline()
    while (isDigit(text.charCodeAt(pos))) pos++
    code = text.charCodeAt(pos)
  }
  if (code === 101 || code === 69) {
    simple = false
    code = text.charCodeAt(++pos)
    if (code === 43 || code === 45) code = text.charCodeAt(++pos)
    if (!isDigit(code)) decline()
    while (isDigit(text.charCodeAt(pos))) pos++
  }
  c.pos = pos
  if (simple && value <= Number.MAX_SAFE_INTEGER)
    return text.charCodeAt(start) === 45 ? -value : value
  return Number(text.slice(start, pos))
}

function readLiteral(c: Cursor, literal: string): void {
  if (!c.text.startsWith(literal, c.pos)) decline()
  c.pos += literal.length
}

/** Opens an object; false (and consumed) when it is empty. Then: readKey, value, nextMember. */
export function openObject(c: Cursor): boolean {
  if (skipWhitespace(c) !== 123) decline()
  c.pos++
  if (skipWhitespace(c) !== 125) return true
  c.pos++
  return false
}

/** After a member's value: true when another member follows, false at the closing brace. */
export function nextMember(c: Cursor): boolean {
  const code = skipWhitespace(c)
  c.pos++
  if (code === 44) return true
  if (code !== 125) decline()
  return false
}

export function openArray(c: Cursor): boolean {
  if (skipWhitespace(c) !== 91) decline()
  c.pos++
  if (skipWhitespace(c) !== 93) return true
  c.pos++
  return false
}

export function nextItem(c: Cursor): boolean {
  const code = skipWhitespace(c)
  c.pos++
  if (code === 44) return true
  if (code !== 93) decline()
  return false
}

/** Any JSON value, built as JSON.parse builds it (for the small parts the fast path keeps). */
export function readValue(c: Cursor, depth = 0): unknown {
  const code = skipWhitespace(c)
  if (depth > MAX_DEPTH) decline()
  if (code === QUOTE) return readString(c)
  if (code === 123) {
    const record: Record<string, unknown> = {}
    for (let more = openObject(c); more; more = nextMember(c)) {
      readKey(c)
      const key = keyText(c)
      // "__proto__" would set the prototype here; JSON.parse makes it an own property.
      if (key === '__proto__') decline()
      record[key] = readValue(c, depth + 1)
    }
    return record
  }
  if (code === 91) {
    const items: unknown[] = []
    for (let more = openArray(c); more; more = nextItem(c)) items.push(readValue(c, depth + 1))
    return items
  }
  if (code === 116) {
    readLiteral(c, 'true')
    return true
  }
  if (code === 102) {
    readLiteral(c, 'false')
    return false
  }
  if (code === 110) {
    readLiteral(c, 'null')
    return null
  }
  return readNumber(c)
}

/** Skips any JSON value, validating it. */
export function skipValue(c: Cursor, depth = 0): void {
  const code = skipWhitespace(c)
  if (depth > MAX_DEPTH) decline()
  if (code === QUOTE) skipString(c)
  else if (code === 123) {
    for (let more = openObject(c); more; more = nextMember(c)) {
      skipKey(c)
      skipValue(c, depth + 1)
    }
  } else if (code === 91) {
    for (let more = openArray(c); more; more = nextItem(c)) skipValue(c, depth + 1)
  } else if (code === 116) readLiteral(c, 'true')
  else if (code === 102) readLiteral(c, 'false')
  else if (code === 110) readLiteral(c, 'null')
  else readNumber(c)
}

/** The kind of the next value: '"', '{', '[', or '' for a scalar. */
export function nextKind(c: Cursor): '"' | '{' | '[' | '' {
  const code = skipWhitespace(c)
  return code === QUOTE ? '"' : code === 123 ? '{' : code === 91 ? '[' : ''
}

/** Nothing but whitespace may follow the value. */
export function expectEnd(c: Cursor): void {
  if (!Number.isNaN(skipWhitespace(c))) decline()
}
