import { marked } from 'marked'
import { describe, expect, it } from 'vitest'
import { splitPreviewChunks } from './preview-chunks'

const html = (markdown: string) => marked.parse(markdown, { async: false, gfm: true })

describe('preview chunks', () => {
  it('cuts before each top-level section, keeping every line', () => {
    const markdown =
      '# Title\n\nIntro\n\n## Summary\n\nText\n\n### Detail\n\nMore\n\n## Impact\n\n| a |\n|---|\n| 1 |\n'
    const chunks = splitPreviewChunks(markdown)
    expect(chunks.map((c) => c.split('\n')[0])).toEqual(['# Title', '## Summary', '## Impact'])
    expect(chunks.join('\n')).toBe(markdown)
  })

  it('never cuts inside a code fence or before an indented heading', () => {
    const markdown =
      '## One\n\n```md\n## not a section\n```\n\n- item\n  ## part of the item\n\n## Two\n'
    const chunks = splitPreviewChunks(markdown)
    expect(chunks).toHaveLength(2)
    expect(chunks[0]).toContain('## not a section')
    expect(chunks[0]).toContain('  ## part of the item')
  })

  it('renders a long section in pieces to the same HTML as in one go', () => {
    const paragraph =
      'The pool kept **connecting** & retrying; see [docs](https://example.com).\n\n'
    const list = '- first\n- second\n\n  continued item text\n\n- a loose third\n\n'
    const fence = '```\n\nline after a blank inside code\n```\n\n'
    const markdown = `## Long\n\n${(paragraph + list + fence).repeat(400)}`
    const chunks = splitPreviewChunks(markdown)
    expect(chunks.length).toBeGreaterThan(3)
    expect(chunks.map(html).join('')).toBe(html(markdown))
  })
})
