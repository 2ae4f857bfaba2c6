// Character-level pieces shared by the escaping of text, Markdown and URLs.

/** Control characters other than tab, newline and carriage return. */
export const CONTROL_CHARS = /[^\P{Cc}\t\n\r]/gu

/** "javascript:", "vbscript:" and "data:<mime>/..." (or "data:," "data:;") become "unsafe:...", so a link to them is inert. */
export const SCRIPT_SCHEME =
  /(^|[^a-z0-9+.-])((?:java|vb)script|data(?=\\?:(?:[a-z]+\/|[,;])))(\\?:)/gi

export function defuseSchemes(text: string): string {
  return text.replace(SCRIPT_SCHEME, '$1unsafe:$2$3')
}

export const HTML_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;' }
export const escapeHtml = (text: string) => text.replace(/[&<>]/g, (c) => HTML_ENTITIES[c] ?? c)
