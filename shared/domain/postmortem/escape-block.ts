import { Lexer, walkTokens, type Token } from 'marked'
import { CONTROL_CHARS, defuseSchemes, escapeHtml } from './escape-chars'

// The author's Markdown as a block of its own line(s): formatting and code stay as written.
// When the text could hold HTML, every < > & outside code becomes an entity (so nothing renders
// as HTML); script links are always defused, and a code fence left open is closed so it cannot
// swallow the rest of the document.
//
// Code is found by marked itself. Escaping outside code cannot change what is code, except where
// raw HTML or an autolink held a backtick (they bind tighter than code spans): only then is the
// result lexed again, and if marked would find HTML in it, everything is escaped, code included.

const lex = (markdown: string) => Lexer.lex(markdown, { gfm: true })
/** Block structure only (no inline pass): enough to see code blocks and fences, much cheaper. */
const blockLex = (markdown: string) => new Lexer({ gfm: true }).blockTokens(markdown)

/** Keeps blockquote markers ("> ") at the start of a line; every other < > & becomes an entity. */
export function escapeHtmlKeepingQuotes(text: string): string {
  return text
    .split('\n')
    .map((line) => {
      const quote = /^(?: {0,3}>)+/.exec(line)?.[0] ?? ''
      return quote + escapeHtml(line.slice(quote.length))
    })
    .join('\n')
}

interface CodeScan {
  /** Source ranges marked reads as code (fenced, indented, `spans`), in document order. */
  ranges: [number, number][]
  /** Raw HTML or an autolink somewhere: escaping may change what is code. */
  rawHtml: boolean
}

function scanCode(source: string, tokens: Token[]): CodeScan {
  const ranges: [number, number][] = []
  let rawHtml = false
  let cursor = 0
  walkTokens(tokens, (token: Token) => {
    if (token.type === 'html' || (token.type === 'link' && token.raw.startsWith('<'))) {
      rawHtml = true
    }
    if (token.type !== 'code' && token.type !== 'codespan') return
    const at = source.indexOf(token.raw, cursor)
    if (at < 0) return
    ranges.push([at, at + token.raw.length])
    cursor = at + token.raw.length
  })
  return { ranges, rawHtml }
}

function escapeOutside(source: string, ranges: readonly [number, number][]): string {
  let out = ''
  let cursor = 0
  for (const [start, end] of ranges) {
    out += escapeHtmlKeepingQuotes(source.slice(cursor, start)) + source.slice(start, end)
    cursor = end
  }
  return out + escapeHtmlKeepingQuotes(source.slice(cursor))
}

/** The fence that closes the last top-level code block, when it was left open; else ''. */
function missingFence(tokens: readonly Token[]): string {
  const last = tokens.filter((t) => t.type !== 'space').at(-1)
  if (last?.type !== 'code') return ''
  const fence = /^ {0,3}(`{3,}|~{3,})/.exec(last.raw)?.[1]
  if (!fence) return ''
  const lines = last.raw.trimEnd().split('\n')
  const closer = new RegExp(`^ {0,3}${fence[0] === '`' ? '`' : '~'}{${fence.length},}\\s*$`)
  return lines.length > 1 && closer.test(lines[lines.length - 1] ?? '') ? '' : fence
}

const withFence = (text: string, fence: string) => (fence ? `${text.trimEnd()}\n${fence}` : text)

function isUnsafeHref(href: string): boolean {
  const compact = href.replace(/[\s\p{Cc}]/gu, '').toLowerCase()
  return (
    /^(?:javascript|vbscript):/.test(compact) ||
    /^data:(?!image\/(?:png|gif|jpe?g|webp);)/.test(compact)
  )
}

function hasUnsafeTokens(tokens: Token[]): boolean {
  let unsafe = false
  walkTokens(tokens, (token: Token) => {
    if (token.type === 'html') unsafe = true
    if ((token.type === 'link' || token.type === 'image') && isUnsafeHref(token.href)) unsafe = true
  })
  return unsafe
}

/** True when marked would emit raw HTML or a script link for this Markdown. */
export function hasUnsafeMarkdown(markdown: string): boolean {
  return hasUnsafeTokens(lex(markdown))
}

const MAY_HOLD_CODE = /[`~]|^(?: {4}|\t)/m
const HAS_FENCE = /`{3}|~{3}/
/**
 * What HTML needs to exist at all: "<" opening a tag, comment, declaration or autolink, or an
 * entity reference (which could spell one out, or a "javascript:" link). "p99 < 200 ms & more"
 * has none: it renders as text as it is, so it is left as the author wrote it.
 */
const MAY_BECOME_HTML = /<[A-Za-z/!?]|&(?:#\d+|#x[0-9a-f]+|[a-z][a-z0-9]*);/i

export function escapeMarkdownBlock(value: string): string {
  const source = defuseSchemes(value.replace(/\r\n?/g, '\n').replace(CONTROL_CHARS, '')).trimEnd()
  if (source.trim() === '') return ''
  if (!MAY_BECOME_HTML.test(source)) {
    return HAS_FENCE.test(source) ? withFence(source, missingFence(blockLex(source))) : source
  }
  // No code anywhere: escaping everything loses nothing.
  if (!MAY_HOLD_CODE.test(source)) return escapeHtmlKeepingQuotes(source)
  const tokens = lex(source)
  const { ranges, rawHtml } = scanCode(source, tokens)
  const kept = escapeOutside(source, ranges)
  if (!rawHtml) return withFence(kept, missingFence(tokens))
  // Escaped HTML no longer hides what it held (a fence, backticks): read the result again.
  const keptTokens = lex(kept)
  if (!hasUnsafeTokens(keptTokens)) return withFence(kept, missingFence(keptTokens))
  const escaped = escapeHtmlKeepingQuotes(source)
  return withFence(escaped, missingFence(blockLex(escaped)))
}
