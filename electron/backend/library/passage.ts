import type { SearchTerm } from './query'
import { tokensOf } from './query'
import { HIT_END, HIT_START } from './segments'

// Marking the search words in a stored text, like FTS5's highlight() and snippet() but from the
// text alone: those functions need a MATCH query per incident, and on a large library each such
// query seeks through the common words' postings again (milliseconds per incident shown). Words
// are matched the way the index splits and folds them, so what is marked is what matched.

export interface MarkedPassage {
  /** The text (or its best stretch) with hits between HIT_START and HIT_END. */
  marked: string
  /** How many different search terms it holds. */
  distinct: number
  hits: number
}

interface Hit {
  start: number
  end: number
  term: number
}

const escapeRegex = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
const isAscii = (text: string) => !/[^\p{ASCII}]/u.test(text)

/** Plain ASCII text: one regular expression per term over the lower-cased text. */
function asciiHits(text: string, terms: readonly SearchTerm[]): Hit[] {
  const lower = text.toLowerCase()
  const hits: Hit[] = []
  terms.forEach((term, index) => {
    if (!term.tokens.every(isAscii)) return
    const body = term.tokens.map(escapeRegex).join('[^a-z0-9]+')
    const pattern = new RegExp(`(?<![a-z0-9])${body}${term.prefix ? '' : '(?![a-z0-9])'}`, 'g')
    for (const match of lower.matchAll(pattern)) {
      // A prefix match marks the whole word it starts.
      let end = match.index + match[0].length
      while (term.prefix && end < lower.length && /[a-z0-9]/.test(lower[end] ?? '')) end++
      hits.push({ start: match.index, end, term: index })
    }
  })
  return hits
}

/** Any text: split into folded words (accents removed) and compare word by word. */
function tokenHits(text: string, terms: readonly SearchTerm[]): Hit[] {
  const tokens = tokensOf(text)
  const hits: Hit[] = []
  terms.forEach((term, index) => {
    const last = term.tokens.length - 1
    for (let i = 0; i + last < tokens.length; i++) {
      let matches = true
      for (let k = 0; k <= last && matches; k++) {
        const token = tokens[i + k]?.token ?? ''
        const word = term.tokens[k] ?? ''
        matches = k === last && term.prefix ? token.startsWith(word) : token === word
      }
      const end = tokens[i + last]?.end
      if (matches && end !== undefined)
        hits.push({ start: tokens[i]?.start ?? 0, end, term: index })
    }
  })
  return hits
}

/** The stretch of about `width` characters holding the most different terms, then most hits. */
function bestWindow(text: string, hits: readonly Hit[], width: number) {
  let best = { start: 0, distinct: -1, count: 0 }
  for (const anchor of hits) {
    const start = Math.max(0, anchor.start - Math.floor(width / 4))
    const inside = hits.filter((h) => h.start >= start && h.end <= start + width)
    const distinct = new Set(inside.map((h) => h.term)).size
    if (distinct > best.distinct || (distinct === best.distinct && inside.length > best.count))
      best = { start, distinct, count: inside.length }
  }
  // Whole words only: move the edges out of any word they cut.
  let start = best.start
  while (start > 0 && /\S/.test(text[start - 1] ?? '')) start--
  let end = Math.min(text.length, start + width)
  while (end < text.length && /\S/.test(text[end] ?? '')) end++
  return { start, end }
}

/**
 * The text with its hits marked; with `width`, only the best stretch of about that many
 * characters, with "…" where it was cut.
 */
export function markPassage(
  text: string,
  terms: readonly SearchTerm[],
  width: number | null,
): MarkedPassage {
  const all = (isAscii(text) ? asciiHits(text, terms) : tokenHits(text, terms)).sort(
    (a, b) => a.start - b.start || b.end - a.end,
  )
  const span =
    width === null || text.length <= width
      ? { start: 0, end: text.length }
      : bestWindow(text, all, width)
  let marked = span.start > 0 ? '…' : ''
  let at = span.start
  const inside: Hit[] = []
  for (const hit of all) {
    if (hit.start < at || hit.end > span.end) continue
    marked += `${text.slice(at, hit.start)}${HIT_START}${text.slice(hit.start, hit.end)}${HIT_END}`
    at = hit.end
    inside.push(hit)
  }
  marked += text.slice(at, span.end) + (span.end < text.length ? '…' : '')
  return { marked, distinct: new Set(inside.map((h) => h.term)).size, hits: inside.length }
}
