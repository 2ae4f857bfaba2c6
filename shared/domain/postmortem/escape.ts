import { escapeMarkdownBlock } from './escape-block'
import {
  CONTROL_CHARS,
  defuseSchemes,
  escapeHtml,
  HTML_ENTITIES,
  SCRIPT_SCHEME,
} from './escape-chars'
import type { Position, ValueKind } from './template'

// Escaping of user text going into a Markdown document, so that a table never breaks, nothing
// renders as HTML, and no link runs script. Three kinds of value:
// - text: plain text (titles, names, timeline lines). Always one line, every Markdown character
//   that could mean something is escaped.
// - markdown: the author's Markdown. Alone on its line it keeps its formatting and code; raw HTML
//   is turned into visible text (< > & as entities) outside code, and script links are defused.
//   Inside a line it is flattened to one line; in a table cell it is plain text.
// - url: a link target; anything but http, https, mailto or a relative path is dropped.

const isWordChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c)

/**
 * Brackets become entities, not backslash escapes: marked unescapes an image's alt text and reads
 * it again, where an escaped \[x\](...) would turn back into a link.
 */
const TEXT_ENTITIES: Record<string, string> = { ...HTML_ENTITIES, '[': '&#91;', ']': '&#93;' }

/** Characters with a Markdown meaning anywhere in a line. `_` inside a word means nothing. */
function escapeInlineChars(text: string): string {
  return text.replace(/[\\`*_|~[\]<>&]/g, (c, at: number) => {
    if (c === '_' && isWordChar(text[at - 1]) && isWordChar(text[at + 1])) return c
    return TEXT_ENTITIES[c] ?? `\\${c}`
  })
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

/** Words with single spaces, no character with a Markdown meaning, not starting a block. */
const PLAIN =
  /^(?![#+=-]|\d+[.)](?:\s|$))(?:[^\\`*_|~[\]<>&\s\p{Cc}]+(?: [^\\`*_|~[\]<>&\s\p{Cc}]+)*)?$/u
const HAS_SCRIPT_SCHEME = new RegExp(SCRIPT_SCHEME.source, 'i')

/**
 * Plain text on one line: newlines become spaces, every Markdown character is escaped. Brackets
 * are escaped so no link can form; the colon after a script scheme is escaped too (it still reads
 * ":") so the file holds no "javascript:" for a careless tool to pick up.
 */
export function escapeText(value: string): string {
  // Most titles, names and timeline lines need nothing: one test instead of the full pass.
  if (PLAIN.test(value) && !HAS_SCRIPT_SCHEME.test(value)) return value
  const flat = value.replace(CONTROL_CHARS, '').replace(/\s+/g, ' ').trim()
  return escapeLineStart(escapeInlineChars(flat)).replace(SCRIPT_SCHEME, '$1$2\\$3')
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
