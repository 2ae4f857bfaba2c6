// The JSON reading behind the matrix fast path: a cursor over the text that reads what it expects
// and throws StepAside at anything else, so the caller can hand the text to JSON.parse instead.

/** Thrown inside the scanner to step aside; never escapes scanMatrixAnswer. */
export class StepAside extends Error {}

export const QUOTE = 34
export const BACKSLASH = 92
export const COMMA = 44
export const COLON = 58
export const OPEN_ARRAY = 91
export const CLOSE_ARRAY = 93
export const OPEN_OBJECT = 123
export const CLOSE_OBJECT = 125

export class Scanner {
  pos = 0
  constructor(readonly text: string) {}

  skipSpace(): number {
    const { text } = this
    let pos = this.pos
    // JSON's spaces are all below '!': most calls end here, cheap enough to be inlined.
    const first = text.charCodeAt(pos)
    if (first > 32) return first
    for (;;) {
      const code = text.charCodeAt(pos)
      if (code !== 32 && code !== 10 && code !== 13 && code !== 9) break
      pos++
    }
    this.pos = pos
    return text.charCodeAt(pos)
  }

  expect(code: number): void {
    if (this.skipSpace() !== code) throw new StepAside()
    this.pos++
  }

  /** After a member or element: true if another follows, false at the closing bracket. */
  more(close: number): boolean {
    const code = this.skipSpace()
    this.pos++
    if (code === COMMA) return true
    if (code === close) return false
    throw new StepAside()
  }

  /** Index just past the closing quote of the string starting at pos; whether it has escapes. */
  stringEnd(): { end: number; escaped: boolean } {
    const { text } = this
    let escaped = false
    for (let pos = this.pos + 1; pos < text.length; pos++) {
      const code = text.charCodeAt(pos)
      if (code === QUOTE) return { end: pos + 1, escaped }
      if (code === BACKSLASH) {
        escaped = true
        pos++
      }
    }
    throw new StepAside()
  }

  string(): string {
    if (this.skipSpace() !== QUOTE) throw new StepAside()
    const start = this.pos
    const { end, escaped } = this.stringEnd()
    this.pos = end
    return escaped
      ? (JSON.parse(this.text.slice(start, end)) as string)
      : this.text.slice(start + 1, end - 1)
  }

  key(): string {
    const key = this.string()
    this.expect(COLON)
    return key
  }

  /** Parses any one value with JSON.parse after finding where it ends. */
  value(): unknown {
    this.skipSpace()
    const start = this.pos
    let depth = 0
    const { text } = this
    while (this.pos < text.length) {
      const code = text.charCodeAt(this.pos)
      if (code === QUOTE) {
        this.pos = this.stringEnd().end
        if (depth === 0) break
        continue
      }
      if (code === OPEN_ARRAY || code === OPEN_OBJECT) depth++
      else if (code === CLOSE_ARRAY || code === CLOSE_OBJECT) {
        if (depth === 0) break
        depth--
        if (depth === 0) {
          this.pos++
          break
        }
      } else if (
        depth === 0 &&
        (code === COMMA || code === 32 || code === 10 || code === 13 || code === 9)
      ) {
        break
      }
      this.pos++
    }
    return JSON.parse(text.slice(start, this.pos))
  }
}

export function numberAt(scanner: Scanner): number {
  const { text } = scanner
  const start = scanner.pos
  let pos = start
  // Timestamps are nearly always whole seconds: add the digits up (exact below 2^53).
  let whole = 0
  for (let code = text.charCodeAt(pos); code >= 48 && code <= 57; code = text.charCodeAt(++pos)) {
    whole = whole * 10 + (code - 48)
  }
  const next = text.charCodeAt(pos)
  if (pos > start && pos - start < 16 && next !== 46 && next !== 101 && next !== 69) {
    scanner.pos = pos
    return whole
  }
  // Anything else (fractions, exponents, signs): scan the number's characters, let Number decide.
  for (;;) {
    const code = text.charCodeAt(pos)
    const numeric = (code >= 48 && code <= 57) || code === 46 || code === 101 || code === 69
    if (numeric || code === 43 || code === 45) pos++
    else break
  }
  if (pos === start) throw new StepAside()
  scanner.pos = pos
  const value = Number(text.slice(start, pos))
  if (Number.isNaN(value)) throw new StepAside()
  return value
}

/** Index of the closing quote of a sample value; escapes never occur there, so they step aside. */
export function plainStringEnd(text: string, start: number): number {
  for (let pos = start; pos < text.length; pos++) {
    const code = text.charCodeAt(pos)
    if (code === QUOTE) return pos
    if (code === BACKSLASH) throw new StepAside()
  }
  throw new StepAside()
}
