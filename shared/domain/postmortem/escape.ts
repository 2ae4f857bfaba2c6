import { Lexer, walkTokens, type Token } from 'marked'
import type { Position, ValueKind } from './template'

// Escaping of user text going into a Markdown document, so that a table never breaks, nothing
// renders as HTML, and no link runs script. Three kinds of value:
// - text: plain text (titles, names, timeline lines). Always one line, every Markdown character
//   that could mean something is escaped.
// - markdown: the author's Markdown. Alone on its line it keeps its formatting and code; raw HTML
//   is turned into visible text (< > & as entities) outside code, and script links are defused.
//   Inside a line it is flattened to one line; in a table cell it is plain text.
// - url: a link target; anything but http, https, mailto or a relative path is dropped.

/** Control characters other than tab, newline and carriage return. */
const CONTROL_CHARS = /[^\P{Cc}\t\n\r]/gu
const LINE_BREAKS = /\r\n?/g

/** "javascript:", "vbscript:" and "data:<mime>/" become "unsafe:..." so a link to them is inert. */
const SCRIPT_SCHEME = /(^|[^a-z0-9+.-])((?:java|vb)script|data(?=\\?:[a-z]+\/))(\\?:)/gi

export function defuseSchemes(text: string): string {
  return text.replace(SCRIPT_SCHEME, '$1unsafe:$2$3')
}

const HTML_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' }
const escapeHtml = (text: string) => text.replace(/[&<>]/g, (c) => HTML_ENTITIES[c] ?? c)

const isWordChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c)

/**
 * Brackets become entities, not backslash escapes: marked unescapes an image's alt text and reads
 * it again, where an escaped \[x\](...) would turn back into a link.
 */
const TEXT_ENTITIES: Record<string, string> = { ...HTML_ENTITIES, '[': '&#91;', ']': '&#93;' }

/** Characters with a Markdown meaning anywhere in a line. `_` inside a word means nothing. */
function escapeInlineChars(text: string): string {
  let out = ''
  for (let i = 0; i < text.length; i++) {
    const c = text.charAt(i)
    if (c === '_' && isWordChar(text[i - 1]) && isWordChar(text[i + 1])) out += c
    else if ('\\`*_|~'.includes(c)) out += `\\${c}`
    else out += TEXT_ENTITIES[c] ?? c
  }
  return out
}

/**
 * A value may land at the start of a line, where "# x", "- x", "1. x" or "===" start a block.
 * Only those exact shapes are escaped, so "18.3%" or "-5 ms" stay as written.
 */
function escapeLineStart(text: string): string {
  const ordered = /^(\d{1,9})([.)])(?=\s|$)/.exec(text)
  if (ordered) return `${ordered[1]}\\${ordered[2]}${text.slice(ordered[0].length)}`
  if (/^(?:#{1,6}|[-+])(?:\s|$)/.test(text) || /^[-=]+\s*$/.test(text)) return `\\${text}`
  return text
}

/**
 * Plain text on one line: newlines become spaces, every Markdown character is escaped. Brackets
 * are escaped so no link can form; the colon after a script scheme is escaped too (it still reads
 * ":") so the file holds no "javascript:" for a careless tool to pick up.
 */
export function escapeText(value: string): string {
  const flat = value.replace(CONTROL_CHARS, '').replace(/\s+/g, ' ').trim()
  return escapeLineStart(escapeInlineChars(flat)).replace(SCRIPT_SCHEME, '$1$2\\$3')
}

/** Keeps blockquote markers ("> ") at the start of a line; every other < > & becomes an entity. */
function escapeHtmlKeepingQuotes(text: string): string {
  return text
    .split('\n')
    .map((line) => {
      const quote = /^(?: {0,3}>)+/.exec(line)?.[0] ?? ''
      return quote + escapeHtml(line.slice(quote.length))
    })
    .join('\n')
}

/** Source ranges marked itself reads as code (fenced, indented, `spans`), in document order. */
function codeRanges(source: string): [number, number][] {
  const ranges: [number, number][] = []
  let cursor = 0
  walkTokens(Lexer.lex(source, { gfm: true }), (token: Token) => {
    if (token.type !== 'code' && token.type !== 'codespan') return
    const at = source.indexOf(token.raw, cursor)
    if (at < 0) return
    ranges.push([at, at + token.raw.length])
    cursor = at + token.raw.length
  })
  return ranges
}

function escapeOutsideCode(source: string): string {
  let out = ''
  let cursor = 0
  for (const [start, end] of codeRanges(source)) {
    out += escapeHtmlKeepingQuotes(source.slice(cursor, start)) + source.slice(start, end)
    cursor = end
  }
  return out + escapeHtmlKeepingQuotes(source.slice(cursor))
}

/** An unclosed top-level fence would swallow the rest of the document: close it. */
function closeOpenFence(markdown: string): string {
  const tokens = Lexer.lex(markdown, { gfm: true })
  const last = tokens.filter((t) => t.type !== 'space').at(-1)
  if (last?.type !== 'code') return markdown
  const fence = /^ {0,3}(`{3,}|~{3,})/.exec(last.raw)?.[1]
  if (!fence) return markdown
  const lines = last.raw.trimEnd().split('\n')
  const closer = new RegExp(`^ {0,3}${fence[0] === '`' ? '`' : '~'}{${fence.length},}\\s*$`)
  const closed = lines.length > 1 && closer.test(lines[lines.length - 1] ?? '')
  return closed ? markdown : `${markdown.trimEnd()}\n${fence}`
}

function isUnsafeHref(href: string): boolean {
  const compact = href.replace(/[\s\p{Cc}]/gu, '').toLowerCase()
  return (
    /^(?:javascript|vbscript):/.test(compact) ||
    /^data:(?!image\/(?:png|gif|jpe?g|webp);)/.test(compact)
  )
}

/** True when marked would emit raw HTML or a script link for this Markdown. */
export function hasUnsafeMarkdown(markdown: string): boolean {
  let unsafe = false
  walkTokens(Lexer.lex(markdown, { gfm: true }), (token: Token) => {
    if (token.type === 'html') unsafe = true
    if ((token.type === 'link' || token.type === 'image') && isUnsafeHref(token.href)) unsafe = true
  })
  return unsafe
}

/**
 * The author's Markdown as a block of its own. Code keeps its characters when marked agrees the
 * result is safe; otherwise every < > & is escaped, code included (ugly but inert).
 */
export function escapeMarkdownBlock(value: string): string {
  const source = defuseSchemes(
    value.replace(LINE_BREAKS, '\n').replace(CONTROL_CHARS, ''),
  ).trimEnd()
  if (source.trim() === '') return ''
  const kept = closeOpenFence(escapeOutsideCode(source))
  if (!hasUnsafeMarkdown(kept)) return kept
  return closeOpenFence(escapeHtmlKeepingQuotes(source))
}

/** The author's Markdown inside a line of the template: one line, no HTML, no script links. */
export function escapeMarkdownInline(value: string): string {
  const flat = value.replace(CONTROL_CHARS, '').replace(/\s+/g, ' ').trim()
  return escapeLineStart(escapeHtml(defuseSchemes(flat)))
}

const URL_ESCAPES: Record<string, string> = {
  ' ': '%20',
  '(': '%28',
  ')': '%29',
  '<': '%3C',
  '>': '%3E',
  '|': '%7C',
  '`': '%60',
  '\\': '%5C',
  '"': '%22',
  '[': '%5B',
  ']': '%5D',
  '*': '%2A',
  _: '%5F',
  '~': '%7E',
  // An entity, not %26: CommonMark decodes it in link targets, so query strings keep their meaning.
  '&': '&amp;',
}

/** A link target: web and mail links or relative paths only, with Markdown-active characters encoded. */
export function escapeUrl(value: string): string {
  // Browsers drop tabs and newlines inside URLs, so they cannot hide a scheme either.
  const url = value.trim().replace(/\p{Cc}+/gu, '')
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url)?.[1]?.toLowerCase()
  if (scheme !== undefined && !['http', 'https', 'mailto'].includes(scheme)) return ''
  return url.replace(/[ ()<>|`\\"[\]*_~&]/g, (c) => URL_ESCAPES[c] ?? c)
}

/** The escape function the template engine calls for every value. */
export function escapeValue(value: string, kind: ValueKind, position: Position): string {
  if (kind === 'url') return escapeUrl(value)
  if (kind === 'text' || position === 'cell') return escapeText(value)
  return position === 'block' ? escapeMarkdownBlock(value) : escapeMarkdownInline(value)
}
