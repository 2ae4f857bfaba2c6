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
  /** Its words as the index sees them (see foldToken): one, or several for a phrase. */
  tokens: string[]
  /** The last token matches any word it starts. */
  prefix: boolean
}

/** A word as FTS5's unicode61 tokenizer (remove_diacritics 2) indexes it: no accents, lower case. */
export function foldToken(word: string): string {
  return word
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
}

/** The words of a text with where they are, split the way the index splits them. */
export function tokensOf(text: string): { token: string; start: number; end: number }[] {
  const out: { token: string; start: number; end: number }[] = []
  // Most stored text is ASCII: lower-casing it once is all the folding it needs.
  if (!/[^\p{ASCII}]/u.test(text)) {
    for (const match of text.toLowerCase().matchAll(/[a-z0-9]+/g))
      out.push({ token: match[0], start: match.index, end: match.index + match[0].length })
    return out
  }
  for (const match of text.matchAll(/[\p{L}\p{N}\p{M}\p{Co}]+/gu)) {
    const token = foldToken(match[0])
    if (token) out.push({ token, start: match.index, end: match.index + match[0].length })
  }
  return out
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
    terms.push({
      text: piece.text,
      expression: quote(piece.text) + (prefix ? '*' : ''),
      tokens: tokensOf(piece.text).map((t) => t.token),
      prefix,
    })
  })
  return terms
}

/** Any of the terms: what picks the passage shown for an incident that matched them all. */
export function anyOf(terms: readonly SearchTerm[]): string {
  return terms.map((term) => term.expression).join(' OR ')
}
