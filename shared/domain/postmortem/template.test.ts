import { describe, expect, it } from 'vitest'
import {
  compileTemplate,
  renderTemplate,
  type Escape,
  type TemplateScope,
  type Vocabulary,
} from './template'
import { parseTemplateFile } from './template-file'

const VOCABULARY: Vocabulary = {
  title: { kind: 'text', doc: '' },
  summary: { kind: 'markdown', doc: '' },
  link: { kind: 'url', doc: '' },
  services: { kind: 'list', doc: '', item: { kind: 'text', doc: '' } },
  items: {
    kind: 'list',
    doc: '',
    item: { name: { kind: 'text', doc: '' }, note: { kind: 'markdown', doc: '' } },
  },
}

/** Shows what the engine asked for instead of escaping: kind and position of every value. */
const tagging: Escape = (value, kind, position) => `<${kind}:${position}:${value}>`

function render(source: string, data: TemplateScope, escape: Escape = (v) => v): string {
  const compiled = compileTemplate(source, VOCABULARY)
  if (!compiled.ok) throw new Error(JSON.stringify(compiled.problems))
  return renderTemplate(compiled.template, data, escape)
}

function problems(source: string) {
  const compiled = compileTemplate(source, VOCABULARY)
  if (compiled.ok) throw new Error('expected problems')
  return compiled.problems
}

describe('template rendering', () => {
  it('fills values, repeats list blocks and drops lines that hold only a block tag', () => {
    const source = '# {{title}}\n{{#items}}\n- {{name}}\n{{/items}}\nend\n'
    const data = { title: 'Outage', items: [{ name: 'a' }, { name: 'b' }] }
    expect(render(source, data)).toBe('# Outage\n- a\n- b\nend\n')
  })

  it('shows a block once for a non-empty value and an inverted block only for empty ones', () => {
    const source =
      '{{#title}}has {{title}}{{/title}}{{^title}}none{{/title}}|{{^items}}no items{{/items}}'
    expect(render(source, { title: 'x', items: [] })).toBe('has x|no items')
    expect(render(source, { title: '  ', items: [{ name: 'a' }] })).toBe('none|')
  })

  it('gives {{.}} the current plain value and lets items see outer names', () => {
    const source = '{{#services}}{{.}}@{{title}} {{/services}}'
    expect(render(source, { title: 'T', services: ['api', 'db'] })).toBe('api@T db@T ')
  })

  it('tells the escaper each value kind and where it sits: table cell, own line or inside a line', () => {
    const source = '| {{title}} | {{summary}} |\n{{summary}}\nsee {{summary}} at {{link}}\n'
    const out = render(source, { title: 't', summary: 's', link: 'u' }, tagging)
    expect(out).toBe(
      '| <text:cell:t> | <markdown:cell:s> |\n\n<markdown:block:s>\n\nsee <markdown:inline:s> at <url:inline:u>\n',
    )
  })

  it('keeps a Markdown block apart from template lines, and drops its line when it is empty', () => {
    const source = 'Intro\n{{summary}}\nOutro\n'
    expect(render(source, { summary: 'Para' })).toBe('Intro\n\nPara\n\nOutro\n')
    expect(render(source, { summary: '' })).toBe('Intro\nOutro\n')
  })

  it('renders a missing value as empty and ignores comments', () => {
    expect(render('a{{! note }}[{{title}}]b', {})).toBe('a[]b')
  })
})

describe('template problems name the placeholder and the line', () => {
  it('reports an unknown placeholder', () => {
    expect(problems('# Title\n\n{{titel}}\n')).toEqual([
      {
        message: 'Unknown placeholder {{titel}}',
        text: { key: 'msgWork:templateFile.unknown', params: { tag: '{{titel}}' } },
        line: 3,
        placeholder: '{{titel}}',
      },
    ])
  })

  it('reports a field used outside its list', () => {
    expect(problems('{{name}}')[0]?.message).toBe('Unknown placeholder {{name}}')
    expect(problems('{{#items}}{{nam}}{{/items}}')[0]?.message).toBe(
      'Unknown placeholder {{nam}} inside {{#items}}',
    )
  })

  it('reports an unclosed block at the line that opened it', () => {
    expect(problems('a\n{{#items}}\n- {{name}}\n')).toMatchObject([
      {
        message: '{{#items}} opened on line 2 is never closed',
        line: 2,
        placeholder: '{{#items}}',
      },
    ])
  })

  it('reports a close that does not match, or matches nothing', () => {
    expect(problems('{{#items}}\n{{/services}}\n{{/items}}')[0]).toMatchObject({
      message: '{{/services}} does not match {{#items}} opened on line 1',
      line: 2,
      placeholder: '{{/services}}',
    })
    expect(problems('x\n{{/items}}')[0]?.message).toBe(
      '{{/items}} closes a block that was never opened',
    )
  })

  it('reports a list used as a value, a bad name and an unclosed tag', () => {
    expect(problems('{{items}}')[0]?.message).toBe(
      '{{items}} is a list; use {{#items}}...{{/items}}',
    )
    expect(problems('{{{title}}}')[0]?.placeholder).toBe('{{{title}}')
    expect(problems('ok\n{{title')[0]).toMatchObject({
      message: 'A "{{" is not closed by "}}" on the same line',
      line: 2,
      placeholder: null,
    })
  })

  it('counts lines from the top of the file, front matter included', () => {
    const file = '---\nname: Mine\n---\n# {{title}}\n\n{{#action_items}}\n'
    const parsed = parseTemplateFile('mine', file)
    expect(parsed).toMatchObject({
      ok: false,
      problems: [
        {
          message: '{{#action_items}} opened on line 6 is never closed',
          line: 6,
          placeholder: '{{#action_items}}',
        },
      ],
    })
  })

  it('refuses a file without a name in its front matter', () => {
    const parsed = parseTemplateFile('x', '---\ndescription: d\n---\n# {{title}}\n')
    expect(parsed.ok).toBe(false)
    expect(!parsed.ok && parsed.problems[0]?.message).toMatch(/name/)
    expect(parseTemplateFile('x', '# {{title}}\n').ok).toBe(false)
  })

  it('lists the postmortem parts a template shows, in editor order', () => {
    const parsed = parseTemplateFile(
      'x',
      '---\nname: X\n---\n{{#action_items}}{{/action_items}}\n{{summary}}\n{{title}}\n',
    )
    expect(parsed.ok && parsed.template.parts).toEqual(['title', 'summary', 'actionItems'])
  })
})
