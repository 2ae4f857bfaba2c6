import { Lexer, walkTokens, type Token, type Tokens } from 'marked'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { ACTION_ITEMS, fixtureDocument } from './fixture.testing'
import type { PostmortemDocument } from './document'
import { evidenceSummaryMarkdown, renderPostmortem } from './render'
import { shippedTemplate } from './shipped-templates.testing'

const IDS = ['google-sre', 'pagerduty', 'five-whys', 'postmortem-oficial-pt-br']
const XSS = [
  '<img src=x onerror=alert(1)>',
  '[click](javascript:alert(1))',
  '<script>alert(1)</script>',
]

function render(id: string, doc: PostmortemDocument = fixtureDocument()) {
  const template = shippedTemplate(id)
  return renderPostmortem({ ...doc, templateName: template.name }, template.compiled, {
    templateId: id,
  })
}

/** The template's own headings, e.g. "## Root Causes", without placeholders. */
function templateHeadings(id: string): string[] {
  const body = shippedTemplate(id)
  const headings: string[] = []
  walkTokens(
    Lexer.lex(renderPostmortem(fixtureDocument(), body.compiled, { templateId: id }).body),
    (t: Token) => {
      if (t.type === 'heading') headings.push(t.text)
    },
  )
  return headings
}

function tokensOf(markdown: string): Token[] {
  const all: Token[] = []
  walkTokens(Lexer.lex(markdown, { gfm: true }), (t: Token) => {
    all.push(t)
  })
  return all
}

function tableCells(markdown: string): string[] {
  return tokensOf(markdown)
    .filter((t): t is Tokens.Table => t.type === 'table')
    .flatMap((table) => table.rows.flatMap((row) => row.map((cell) => cell.text)))
}

/** Every text field of the document replaced by an attack, ids and enums left alone. */
function hostileDocument(): PostmortemDocument {
  const doc = fixtureDocument()
  let n = 0
  const attack = () => `${XSS[n++ % XSS.length]} ${XSS[n++ % XSS.length]}`
  const deep = <T>(value: T): T => {
    if (typeof value === 'string') return attack() as T
    if (Array.isArray(value)) return value.map(deep) as T
    if (value && typeof value === 'object') {
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, deep(v)])) as T
    }
    return value
  }
  const { show, keyEventIds } = doc.sections.timeline
  return {
    ...doc,
    incident: { ...doc.incident, title: attack(), summary: attack(), services: [attack()] },
    sections: {
      ...deep(doc.sections),
      timeline: { show, keyEventIds },
      evidence: doc.sections.evidence.map((e) => ({ ...e, caption: attack() })),
      hypothesesRuledOut: doc.sections.hypothesesRuledOut.map((h) => ({
        ...h,
        text: attack(),
        reason: attack(),
      })),
    },
    timeline: doc.timeline.map((e) => ({ ...e, text: attack(), author: attack() })),
    actionItems: doc.actionItems.map((a) => ({
      ...a,
      title: attack(),
      owner: attack(),
      ticketUrl: 'javascript:alert(1)',
    })),
    evidence: doc.evidence.map((e) => ({
      ...e,
      caption: attack(),
      sourceName: attack(),
      summary: { q: attack() },
    })),
    roles: {
      commander: attack(),
      scribe: attack(),
      communications: attack(),
      responders: [attack()],
    },
  }
}

describe('exported Markdown', () => {
  it.each(IDS)('%s: parsed back with marked, has every heading and every action item', (id) => {
    const { body } = render(id)
    const headings = tokensOf(body)
      .filter((t): t is Tokens.Heading => t.type === 'heading')
      .map((t) => t.text)
    const expected = templateHeadings(id)
    expect(expected.length).toBeGreaterThan(8)
    expect(headings).toEqual(expected)
    const cells = tableCells(body)
    for (const item of ACTION_ITEMS) expect(cells).toContain(item.title)
  })

  it.each(IDS)(
    '%s: attacks in every field stay text, in the body and in the front matter',
    (id) => {
      const doc = hostileDocument()
      const { markdown, frontMatter } = render(id, doc)
      const live = tokensOf(markdown).filter(
        (t) =>
          t.type === 'html' ||
          ((t.type === 'link' || t.type === 'image') && /^\s*javascript:/i.test(t.href)),
      )
      expect(live).toEqual([])
      expect(markdown).not.toMatch(/<(?:img|script)/i)
      expect(markdown).not.toMatch(/\]\(javascript:/i)
      // The payload is shown, not lost: it arrives as escaped text.
      expect(markdown).toContain('&lt;img src=x onerror=alert(1)&gt;')
      // The front matter still carries the exact title for tools that read YAML.
      const yaml = parse(frontMatter.replace(/^---\n|---\n$/g, '')) as { title: string }
      expect(yaml.title).toBe(doc.sections.title)
      // Even the heading level stays: the attack in the title does not add or remove headings.
      const h1 = tokensOf(markdown).filter(
        (t): t is Tokens.Heading => t.type === 'heading' && t.depth === 1,
      )
      expect(h1).toHaveLength(1)
    },
  )

  it('keeps Portuguese accents, in the text and in the front matter, with an ASCII file name', () => {
    const doc = fixtureDocument()
    const title = 'Falha na replicação: usuários não concluíam o pagamento às 09h'
    const written: PostmortemDocument = {
      ...doc,
      sections: {
        ...doc.sections,
        title,
        summary: 'Ação imediata: reinício dos serviços; lição aprendida.',
      },
    }
    const { markdown, names } = render('postmortem-oficial-pt-br', written)
    expect(markdown).toContain(`# Postmortem: ${title}`)
    expect(markdown).toContain('Ação imediata: reinício dos serviços; lição aprendida.')
    expect(markdown).toContain('### Remediação e melhorias'.slice(1))
    expect(markdown).toContain(`title: "${title}"`)
    expect(names.markdownFile).toBe(
      '2026-03-14-falha-na-replicacao-usuarios-nao-concluiam-o-pagamento-as-09.md',
    )
  })

  it('writes front matter a YAML reader understands, with machine durations', () => {
    const { frontMatter } = render('google-sre')
    expect(parse(frontMatter.replace(/^---\n|---\n$/g, ''))).toEqual({
      id: 'inc-2026-0314',
      title: 'Checkout API returning 502s after database failover',
      severity: 'SEV2',
      status: 'in_review',
      incident_status: 'postmortem',
      services: ['checkout-api', 'orders-db'],
      started_at: '2026-03-14T09:12:00.000Z',
      resolved_at: '2026-03-14T10:05:00.000Z',
      durations: {
        time_to_detect_seconds: 240,
        time_to_acknowledge_seconds: 120,
        time_to_mitigate_seconds: 2100,
        time_to_resolve_seconds: 3180,
        impact_duration_seconds: 3180,
      },
      tags: ['database', 'failover'],
      template: 'google-sre',
    })
  })

  it('links each kept evidence item into the evidence folder, PNG for charts, summary for traces', () => {
    const { evidenceFiles, body } = render('google-sre')
    const dir = 'checkout-api-returning-502s-after-database-failover-evidence'
    expect(evidenceFiles.map((f) => f.path)).toEqual([
      `${dir}/chart-01-evdchart.png`,
      `${dir}/chart-01-evdchart.md`,
      `${dir}/trace-02-evdtrace.md`,
    ])
    const images = tokensOf(body).filter((t): t is Tokens.Image => t.type === 'image')
    expect(images.map((i) => i.href)).toEqual([`${dir}/chart-01-evdchart.png`])
  })

  it('shows only the key events unless the author chose all of them', () => {
    const doc = fixtureDocument()
    const keyOnly = { ...doc.sections.timeline, keyEventIds: ['ev-02', 'ev-10'] }
    const key = render('five-whys', { ...doc, sections: { ...doc.sections, timeline: keyOnly } })
    const times = (body: string) => tableCells(body).filter((c) => /^\d{4}-\d\d-\d\d \d\d:/.test(c))
    expect(times(key.body)).toEqual(['2026-03-14 09:16:00', '2026-03-14 09:47:00'])
    const all = render('five-whys', {
      ...doc,
      sections: { ...doc.sections, timeline: { ...keyOnly, show: 'all' } },
    })
    expect(times(all.body)).toHaveLength(doc.timeline.length)
  })
})

describe('an evidence file', () => {
  it('lists a trace summary as its sentence, without the message kept for the screens', () => {
    const trace = fixtureDocument().evidence.find((item) => item.kind === 'trace')!
    const item = {
      ...trace,
      summary: {
        ...trace.summary,
        summary: 'The trace took 30 s.',
        summaryText: { key: 'msgTraces:summary.took', params: { duration: '30 s' } },
      },
    }
    const markdown = evidenceSummaryMarkdown(item, item.caption, null)
    expect(markdown).toContain('- summary: The trace took 30 s.\n')
    expect(markdown).toContain('- spans: 42\n')
    expect(markdown).not.toContain('summaryText')
    expect(markdown).not.toContain('msgTraces')
  })
})
