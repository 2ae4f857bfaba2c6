// What the user typed in "Search incidents", turned into FTS5 terms. Every term is quoted, so
// FTS5 syntax (AND, NOT, column filters, stray quotes) in the text is searched as plain words and
// can never make the query fail.

export const MAX_TERMS = 12
/** The last word counts as a prefix while typing, once it is this long. */
export const PREFIX_MIN_LENGTH = 3

export interface SearchTerm {
  /** As shown back to the user. */
  text: string
  /** The FTS5 expression matching it. */
  expression: string
}

const hasWordCharacter = (text: string) => /[\p{L}\p{N}]/u.test(text)
const quote = (text: string) => `"${text.replace(/"/g, '""')}"`

/** Splits into words, keeping "quoted phrases" whole. */
function pieces(text: string): { text: string; phrase: boolean }[] {
  const out: { text: string; phrase: boolean }[] = []
  const pattern = /"([^"]*)"?|(\S+)/g
  for (const match of text.matchAll(pattern)) {
    const phrase = match[1] !== undefined
    const value = (match[1] ?? match[2] ?? '').trim()
    if (value && hasWordCharacter(value)) out.push({ text: value, phrase })
  }
  return out
}

export function parseSearch(text: string): SearchTerm[] {
  const found = pieces(text)
  const typingLast = text.length > 0 && !/\s$/.test(text) && !text.trimEnd().endsWith('"')
  const seen = new Set<string>()
  const terms: SearchTerm[] = []
  found.forEach((piece, index) => {
    const key = piece.text.toLowerCase()
    if (seen.has(key) || terms.length >= MAX_TERMS) return
    seen.add(key)
    const prefix =
      typingLast &&
      index === found.length - 1 &&
      !piece.phrase &&
      /^[\p{L}\p{N}]+$/u.test(piece.text) &&
      piece.text.length >= PREFIX_MIN_LENGTH
    terms.push({ text: piece.text, expression: quote(piece.text) + (prefix ? '*' : '') })
  })
  return terms
}

/** Any of the terms: what picks the passage shown for an incident that matched them all. */
export function anyOf(terms: readonly SearchTerm[]): string {
  return terms.map((term) => term.expression).join(' OR ')
}
