import fc from 'fast-check'
import { Lexer, walkTokens, type Token, type Tokens } from 'marked'
import { describe, expect, it } from 'vitest'
import { escapeValue } from './escape'
import { hasUnsafeMarkdown } from './escape-block'
import { compileTemplate, renderTemplate, type TemplateScope, type Vocabulary } from './template'

// Whatever a user types, the exported Markdown keeps its structure: tables keep their rows and
// columns, headings stay headings, and marked finds no raw HTML and no script link in it.

const PIECES = [
  '<',
  '>',
  '&',
  '|',
  '\\',
  '\\|',
  '`',
  '``',
  '```',
  '~~~',
  '*',
  '**',
  '_',
  '[',
  ']',
  '(',
  ')',
  '!',
  '#',
  '# ',
  '- ',
  '+ ',
  '1. ',
  '2) ',
  '=',
  '===',
  '---',
  '.',
  ':',
  '"',
  "'",
  '\n',
  '\n\n',
  '\r\n',
  '\r',
  '\t',
  ' ',
  '    ',
  '> ',
  '<script>',
  '</script>',
  '</td>',
  '<div>',
  '<!--',
  '-->',
  '<img src=x onerror=alert(1)>',
  'javascript:',
  'JaVaScRiPt:',
  'java\tscript:',
  'vbscript:',
  'data:text/html,',
  '&#106;',
  '&#x6A;',
  '&colon;',
  'data:,x',
  '[a](data:,x)',
  '[a](&#106;avascript:x)',
  '&lt;',
  '&amp;',
  '[x](',
  '](javascript:alert(1))',
  '<http://a>',
  '<javascript:alert(1)>',
  '[a]: javascript:x',
  'www.x.com',
  'é',
  'ção',
  '\u0000',
  '\u00a0',
  '{{',
  '}}',
  'a',
  'b',
  'x y',
  '<a title="`">',
  "<b x='`'>",
  '<x y=`>',
]

const userText = fc.oneof(
  fc.array(fc.constantFrom(...PIECES), { maxLength: 25 }).map((parts) => parts.join('')),
  fc.string({ maxLength: 60 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
)

const VOCABULARY: Vocabulary = {
  text: { kind: 'text', doc: '' },
  markdown: { kind: 'markdown', doc: '' },
  url: { kind: 'url', doc: '' },
  rows: {
    kind: 'list',
    doc: '',
    item: {
      a: { kind: 'text', doc: '' },
      b: { kind: 'markdown', doc: '' },
      c: { kind: 'url', doc: '' },
    },
  },
}

function render(source: string, data: TemplateScope): string {
  const compiled = compileTemplate(source, VOCABULARY)
  if (!compiled.ok) throw new Error(JSON.stringify(compiled.problems))
  return renderTemplate(compiled.template, data, escapeValue)
}

const lex = (markdown: string) => Lexer.lex(markdown, { gfm: true })

function unsafeTokens(markdown: string): string[] {
  const found: string[] = []
  walkTokens(lex(markdown), (token: Token) => {
    if (token.type === 'html') found.push(`html: ${token.raw}`)
    if (token.type === 'link' || token.type === 'image') {
      const href = token.href.replace(/[\s\p{Cc}]/gu, '').toLowerCase()
      if (/^(?:javascript|vbscript|data):/.test(href)) found.push(`${token.type}: ${token.href}`)
    }
  })
  return found
}

describe('escaping, for any user text', () => {
  it('never breaks a table: every row keeps its columns and its first and last cell', () => {
    const source = [
      '| S | A | B | C | E |',
      '|---|---|---|---|---|',
      '{{#rows}}',
      '| S | {{a}} | {{b}} | [l]({{c}}) | E |',
      '{{/rows}}',
      '',
    ].join('\n')
    const row = fc.record({ a: userText, b: userText, c: userText })
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 6 }), (rows) => {
        const tokens = lex(render(source, { rows })).filter((t) => t.type !== 'space')
        expect(tokens.map((t) => t.type)).toEqual(['table'])
        const table = tokens[0] as Tokens.Table
        expect(table.header).toHaveLength(5)
        expect(table.rows).toHaveLength(rows.length)
        for (const cells of table.rows) {
          expect(cells).toHaveLength(5)
          expect(cells[0]?.text).toBe('S')
          expect(cells[4]?.text).toBe('E')
        }
      }),
      { numRuns: 400 },
    )
  })

  it('never yields raw HTML or a script link, wherever the value lands', () => {
    const source = [
      '# {{text}}',
      '',
      '{{markdown}}',
      '',
      'Said: {{markdown}} and {{text}}',
      '',
      '[link]({{url}}) ![img]({{url}}) ![{{text}}](x.png) [{{text}}](x.md)',
      '',
      '| {{text}} | {{markdown}} |',
      '|---|---|',
      '',
    ].join('\n')
    fc.assert(
      fc.property(userText, userText, userText, (text, markdown, url) => {
        expect(unsafeTokens(render(source, { text, markdown, url }))).toEqual([])
      }),
      { numRuns: 600 },
    )
  })

  it('keeps every template heading a heading after any Markdown block', () => {
    const source = '# First\n\n{{markdown}}\n\n## Second\n\n{{markdown}}\n\n## Third\n'
    fc.assert(
      fc.property(userText, (markdown) => {
        const headings = lex(render(source, { markdown }))
          .filter((t): t is Tokens.Heading => t.type === 'heading')
          .map((t) => t.text)
        const ours = headings.filter((h) => ['First', 'Second', 'Third'].includes(h))
        expect(ours).toEqual(['First', 'Second', 'Third'])
      }),
      { numRuns: 400 },
    )
  })

  it('shows plain text back as typed, apart from collapsed spaces', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), (text) => {
        const paragraph = lex(
          `Value: ${escapeValue(text, 'text', 'inline')}`,
        )[0] as Tokens.Paragraph
        const shown = paragraph.tokens
          .map((t) => ('text' in t ? t.text : ''))
          .join('')
          .replace(/&lt;/g, '<')
          .replace(/&gt;/g, '>')
          .replace(/&amp;/g, '&')
          .replace(/&quot;/g, '"')
          .replace(/&#39;/g, "'")
          .replace(/&#91;/g, '[')
          .replace(/&#93;/g, ']')
        expect(shown.trimEnd()).toBe(`Value: ${text.replace(/\s+/g, ' ').trim()}`.trimEnd())
      }),
      { numRuns: 300 },
    )
  })
})

describe('escaping examples', () => {
  it('turns HTML into visible text and keeps code as written', () => {
    const block = escapeValue('Run `a < b` then <script>alert(1)</script>', 'markdown', 'block')
    expect(block).toBe('Run `a < b` then &lt;script&gt;alert(1)&lt;/script&gt;')
  })

  it('falls back to escaping code too when an HTML tag would otherwise reappear', () => {
    // In the raw text the tag wins over the code span; once the tag is escaped the backticks pair
    // differently and <script> would become live HTML: so everything is escaped.
    const block = escapeValue('<a title="`">`<script>`', 'markdown', 'block')
    expect(block).toBe('&lt;a title="`"&gt;`&lt;script&gt;`')
  })

  it('defuses script links, including escaped colons', () => {
    expect(escapeValue('[x](javascript\\:alert(1))', 'markdown', 'block')).toBe(
      '[x](unsafe:javascript\\:alert(1))',
    )
    expect(escapeValue('javascript:alert(1)', 'url', 'inline')).toBe('')
    expect(escapeValue('https://x.test/a b?q=1&r=(2)', 'url', 'cell')).toBe(
      'https://x.test/a%20b?q=1&amp;r=%282%29',
    )
  })

  it('closes a fence that only appears once the HTML around it is escaped', () => {
    // Raw, the fence sits inside an HTML comment; escaped, the comment is text and the fence opens.
    expect(escapeValue('<!--\n```', 'markdown', 'block')).toBe('&lt;!--\n```\n```')
  })

  it('does not keep code that was only code because an HTML block ended before it', () => {
    // Raw, "    <b>" is indented code after an HTML block; escaped, it would join the paragraph.
    const block = escapeValue('<pre>\n</pre>\n    <b>bold</b>', 'markdown', 'block')
    expect(hasUnsafeMarkdown(block)).toBe(false)
    expect(block).toBe('&lt;pre&gt;\n&lt;/pre&gt;\n    &lt;b&gt;bold&lt;/b&gt;')
  })

  it('closes a code fence the author left open, so it cannot swallow the document', () => {
    expect(escapeValue('```sh\nrm -rf /tmp/x', 'markdown', 'block')).toBe(
      '```sh\nrm -rf /tmp/x\n```',
    )
  })

  it('escapes a pipe and flattens newlines in a table cell', () => {
    expect(escapeValue('a | b\nc', 'markdown', 'cell')).toBe('a \\| b c')
  })
})
