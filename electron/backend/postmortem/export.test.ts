import { existsSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { unzipSync } from 'fflate'
import { Lexer, walkTokens, type Token } from 'marked'
import { describe, expect, it } from 'vitest'
import { tempDir } from '../testing/support'
import { PNG_1PX, postmortemBackend, respondToIncident } from './testing'

const XSS = '<img src=x onerror=alert(1)> [x](javascript:alert(1)) <script>alert(1)</script>'

/** An incident with a postmortem, on a desktop backend whose folder dialog picks `folder`. */
async function writtenIncident(title?: string, folder: string | null = tempDir()) {
  const h = await postmortemBackend({ chooseFolder: async () => folder })
  const id = await respondToIncident(h, title)
  await h.call('postmortem.get', { incidentId: id })
  await h.call('actionItem.add', {
    incidentId: id,
    title: 'Re-resolve the database host',
    ticketUrl: 'https://tracker.example.com/OPS-1',
  })
  return { h, id, folder }
}

function links(markdown: string): string[] {
  const hrefs: string[] = []
  walkTokens(Lexer.lex(markdown), (t: Token) => {
    if (t.type === 'link' || t.type === 'image') hrefs.push(t.href)
  })
  return hrefs
}

describe('export to a folder (desktop)', () => {
  it('writes <date>-<slug>.md and <slug>-evidence/ with the PNG as pinned, every link resolving', async () => {
    const { h, id, folder } = await writtenIncident()
    const result = await h.call('postmortem.exportToFolder', { incidentId: id })
    if (!result || !folder) throw new Error('export was cancelled')
    expect(result.markdownPath).toBe(join(folder, '2026-03-14-checkout-api-returning-502s.md'))
    expect(result.evidenceDir).toBe(join(folder, 'checkout-api-returning-502s-evidence'))
    const markdown = readFileSync(result.markdownPath, 'utf8')
    const local = links(markdown).filter((href) => !href.startsWith('https://'))
    expect(local).toEqual([
      'checkout-api-returning-502s-evidence/chart-01-' + local[0]?.slice(-12, -4) + '.png',
      expect.stringMatching(/trace-02-.{8}\.md$/),
      expect.stringMatching(/chart-01-.{8}\.png$/),
      expect.stringMatching(/trace-02-.{8}\.md$/),
    ])
    for (const href of local)
      expect(existsSync(join(dirname(result.markdownPath), href))).toBe(true)
    const png = readFileSync(join(folder, local[0] ?? ''))
    expect(png.toString('base64')).toBe(PNG_1PX)
    const summary = readFileSync(join(folder, local[1] ?? ''), 'utf8')
    expect(summary).toContain('# Trace: Slow checkout')
    expect(summary).toContain('- traceId: 4bf92f3577b34da6a3ce929d0e0e4736')
  })

  it('keeps Portuguese accents in the file, byte for byte UTF-8', async () => {
    const { h, id } = await writtenIncident('Falha no pagamento após a migração')
    await h.call('postmortem.setTemplate', {
      incidentId: id,
      templateId: 'postmortem-oficial-pt-br',
    })
    await h.call('postmortem.updateSection', {
      incidentId: id,
      section: 'conclusion',
      value: 'Ação corretiva concluída; lições registradas.',
    })
    const exported = await h.call('postmortem.exportToFolder', { incidentId: id })
    const markdownPath = exported?.markdownPath ?? ''
    expect(markdownPath.endsWith('2026-03-14-falha-no-pagamento-apos-a-migracao.md')).toBe(true)
    const text = readFileSync(markdownPath, 'utf8')
    expect(text).toContain('# Postmortem: Falha no pagamento após a migração')
    expect(text).toContain('## Remediação e melhorias')
    expect(text).toContain('Ação corretiva concluída; lições registradas.')
  })

  it('refuses a folder that does not exist, writes nothing when the dialog is cancelled, and is not offered in browser mode', async () => {
    const { h, id } = await writtenIncident(undefined, join(tempDir(), 'nope'))
    const missing = await h.fail('postmortem.exportToFolder', { incidentId: id })
    expect(missing.code).toBe('invalid_input')
    const cancelled = await writtenIncident(undefined, null)
    expect(
      await cancelled.h.call('postmortem.exportToFolder', { incidentId: cancelled.id }),
    ).toBeNull()
    expect(missing.message).toMatch(/does not exist/)
    const browser = await postmortemBackend({ mode: 'browser' })
    const other = await respondToIncident(browser)
    await browser.call('postmortem.get', { incidentId: other })
    const refused = await browser.fail('postmortem.exportToFolder', { incidentId: other })
    expect(refused.code).toBe('unavailable')
  })
})

describe('render and downloads (browser mode)', () => {
  it('gives the Markdown text and the evidence folder as a zip with the same names', async () => {
    const { h, id } = await writtenIncident()
    const rendered = await h.call('postmortem.renderMarkdown', { incidentId: id })
    expect(rendered.fileName).toBe('2026-03-14-checkout-api-returning-502s.md')
    expect(rendered.markdown.startsWith('---\nid: ')).toBe(true)
    expect(rendered.markdown.endsWith(rendered.body)).toBe(true)
    const zip = await h.call('postmortem.evidenceZip', { incidentId: id })
    expect(zip.fileName).toBe('checkout-api-returning-502s-evidence.zip')
    const files = unzipSync(Buffer.from(zip.base64, 'base64'))
    expect(Object.keys(files).sort()).toEqual([...rendered.evidenceFiles].sort())
    const png = Object.entries(files).find(([name]) => name.endsWith('.png'))?.[1]
    expect(Buffer.from(png ?? []).toString('base64')).toBe(PNG_1PX)
  })

  it('escapes attacks typed into sections, action items and evidence captions', async () => {
    const { h, id } = await writtenIncident()
    await h.call('postmortem.updateSection', { incidentId: id, section: 'summary', value: XSS })
    await h.call('postmortem.updateSection', { incidentId: id, section: 'title', value: XSS })
    await h.call('actionItem.add', { incidentId: id, title: XSS, owner: XSS })
    const view = await h.call('postmortem.get', { incidentId: id })
    await h.call('postmortem.updateSection', {
      incidentId: id,
      section: 'evidence',
      value: view.sections.evidence.map((e) => ({ ...e, caption: XSS })),
    })
    const { markdown } = await h.call('postmortem.renderMarkdown', { incidentId: id })
    expect(markdown).not.toMatch(/<(?:img|script)/i)
    expect(
      links(markdown).filter((href) => /javascript:/i.test(href) && !href.startsWith('unsafe:')),
    ).toEqual([])
    expect(markdown).toContain('&lt;script&gt;alert(1)&lt;/script&gt;')
  })

  it('redacts secrets by default, more on request, and names a broken pattern', async () => {
    const { h, id } = await writtenIncident()
    await h.call('postmortem.updateSection', {
      incidentId: id,
      section: 'summary',
      value: 'Used token=0123456789abcdef0123456789abcdef from ana@example.com on 10.2.3.4',
    })
    const plain = await h.call('postmortem.renderMarkdown', { incidentId: id })
    expect(plain.markdown).toContain('token=[redacted secret] from ana@example.com on 10.2.3.4')
    const options = { emails: true, ipAddresses: true, customPatterns: ['Stale \\w+'] }
    const preview = await h.call('postmortem.redactionPreview', {
      incidentId: id,
      redaction: options,
    })
    // The custom pattern also finds the confirmed hypothesis in the root cause and the timeline.
    expect(preview.byRule).toEqual({ secret: 1, email: 1, ipv4: 1, custom: 3 })
    expect(preview.findings).toContainEqual({
      rule: 'email',
      text: 'ana@example.com',
      where: 'Summary',
    })
    const strict = await h.call('postmortem.renderMarkdown', { incidentId: id, redaction: options })
    expect(strict.markdown).not.toMatch(/ana@example\.com|10\.2\.3\.4|Stale connection/)
    const bad = await h.fail('postmortem.renderMarkdown', {
      incidentId: id,
      redaction: { customPatterns: ['ok', '(unclosed'] },
    })
    expect(bad.code).toBe('invalid_input')
    expect(bad.message).toMatch(
      /^Redaction pattern 2 \("\(unclosed"\): Not a valid regular expression/,
    )
    expect(Object.keys(bad.detail?.fields ?? {})).toEqual(['redaction.customPatterns.1'])
  })
})
