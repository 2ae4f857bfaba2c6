// A tiny logic-less template engine in the spirit of Mustache, for Markdown postmortem templates:
// {{name}} values, {{#name}}...{{/name}} blocks (repeated for a list, shown once for a non-empty
// value), {{^name}}...{{/name}} inverted blocks, {{! comments }} and {{.}} for the current item of
// a list of plain values. Tags alone on their line vanish with their line.
//
// The engine never escapes anything itself: it knows, for every value, its kind (plain text,
// Markdown, URL) from the vocabulary and where it sits in the Markdown (a table row, alone on its
// line, inside a line), and hands both to the caller's escape function.

import { englishText } from '../../i18n/english'
import { msg, type Message, type MessageKey, type MessageParams } from '../../i18n/messages'

export type ValueKind = 'text' | 'markdown' | 'url'
export type Position = 'block' | 'inline' | 'cell'

export interface ValueSpec {
  kind: ValueKind
  doc: string
}
export interface ListSpec {
  kind: 'list'
  doc: string
  /** The fields of each item, or a ValueSpec for a list of plain values ({{.}}). */
  item: Vocabulary | ValueSpec
}
export type FieldSpec = ValueSpec | ListSpec
export type Vocabulary = Readonly<Record<string, FieldSpec>>

export type TemplateValue = string | readonly string[] | readonly TemplateScope[]
export interface TemplateScope {
  readonly [name: string]: TemplateValue | undefined
}

export type Escape = (value: string, kind: ValueKind, position: Position) => string

export type TemplateNode =
  | { type: 'text'; text: string }
  | { type: 'var'; name: string; kind: ValueKind; position: Position; ownLine: boolean }
  | { type: 'section'; name: string; inverted: boolean; children: TemplateNode[] }

export interface CompiledTemplate {
  readonly nodes: readonly TemplateNode[]
  /** Top-level names the template uses, so callers know which sections it shows. */
  readonly usedNames: ReadonlySet<string>
}

export interface TemplateProblem {
  /** In English, as logs and older clients read it. */
  message: string
  /** The same as a catalogue message, for the reader's language. */
  text: Message
  /** 1-based line in the file. */
  line: number
  /** The placeholder at fault, e.g. "{{#action_items}}"; null for a problem with no tag. */
  placeholder: string | null
}

export type CompileResult =
  { ok: true; template: CompiledTemplate } | { ok: false; problems: TemplateProblem[] }

const TAG = /\{\{([\s\S]*?)\}\}/g
const NAME = /^(?:[a-z_][a-z0-9_]*|\.)$/
const isValueSpec = (spec: FieldSpec | Vocabulary | ValueSpec): spec is ValueSpec =>
  typeof spec.kind === 'string' && spec.kind !== 'list' && typeof spec.doc === 'string'

interface Frame {
  name: string
  tag: string
  line: number
  inverted: boolean
  children: TemplateNode[]
  /** Names visible inside: the item fields of a list, or the value kind behind {{.}}. */
  scope: Vocabulary | ValueSpec | null
}

interface Tag {
  sigil: '' | '#' | '^' | '/' | '!'
  name: string
  raw: string
  start: number
  end: number
}

function tagsOf(line: string): Tag[] {
  const tags: Tag[] = []
  for (const match of line.matchAll(TAG)) {
    const inner = (match[1] ?? '').trim()
    const sigil = (/^[#^/!]/.test(inner) ? inner[0] : '') as Tag['sigil']
    tags.push({
      sigil,
      name: inner.slice(sigil.length).trim(),
      raw: match[0],
      start: match.index,
      end: match.index + match[0].length,
    })
  }
  return tags
}

/** Where a value lands: any pipe outside tags makes the line a table row, so cells stay intact. */
function positionOf(
  line: string,
  outside: string,
  tags: readonly Tag[],
): { position: Position; ownLine: boolean } {
  if (outside.includes('|')) return { position: 'cell', ownLine: false }
  const only = tags.length === 1 && line.trimEnd() === tags[0]?.raw
  return only ? { position: 'block', ownLine: true } : { position: 'inline', ownLine: false }
}

const T = 'msgWork:templateFile'

class Compiler {
  readonly problems: TemplateProblem[] = []
  readonly usedNames = new Set<string>()
  private readonly root: Frame
  private readonly stack: Frame[]

  constructor(private readonly vocabulary: Vocabulary) {
    this.root = { name: '', tag: '', line: 0, inverted: false, children: [], scope: vocabulary }
    this.stack = [this.root]
  }

  private get top(): Frame {
    return this.stack[this.stack.length - 1] ?? this.root
  }

  private problem(
    key: MessageKey,
    params: MessageParams,
    line: number,
    placeholder: string | null,
  ): void {
    const text = msg(key, params)
    this.problems.push({ message: englishText(text), text, line, placeholder })
  }

  /** The spec a name refers to, searching from the innermost block outwards. */
  private lookup(name: string): FieldSpec | undefined {
    for (let i = this.stack.length - 1; i >= 0; i--) {
      const scope = this.stack[i]?.scope
      if (!scope) continue
      if (isValueSpec(scope)) {
        if (name === '.') return scope
        continue
      }
      const spec = scope[name]
      if (spec) {
        if (i === 0) this.usedNames.add(name)
        return spec
      }
    }
    return undefined
  }

  line(text: string, lineNo: number, newline: string): void {
    const tags = tagsOf(text)
    const outside = tags.reduceRight((rest, t) => rest.slice(0, t.start) + rest.slice(t.end), text)
    if (outside.includes('{{')) {
      this.problem(`${T}.unclosedTag`, { open: '{{', close: '}}' }, lineNo, null)
    }
    const standalone =
      tags.length === 1 && tags[0]?.sigil !== '' && text.trim() === tags[0]?.raw.trim()
    const { position, ownLine } = positionOf(text, outside, tags)
    let cursor = 0
    for (const tag of tags) {
      if (!standalone) this.text(text.slice(cursor, tag.start))
      this.tag(tag, lineNo, position, ownLine)
      cursor = tag.end
    }
    if (standalone || ownLine) return
    this.text(text.slice(cursor) + newline)
  }

  private text(text: string): void {
    if (text) this.top.children.push({ type: 'text', text })
  }

  private tag(tag: Tag, line: number, position: Position, ownLine: boolean): void {
    const shown = tag.raw
    if (tag.sigil === '!') return
    if (!NAME.test(tag.name)) {
      return this.problem(`${T}.badName`, { tag: shown }, line, shown)
    }
    if (tag.sigil === '/') return this.close(tag, line)
    const spec = this.lookup(tag.name)
    if (!spec) {
      if (this.stack.length === 1) return this.problem(`${T}.unknown`, { tag: shown }, line, shown)
      const block = `{{#${this.top.name}}}`
      return this.problem(`${T}.unknownInside`, { tag: shown, block }, line, shown)
    }
    if (tag.sigil === '') {
      if (spec.kind === 'list') {
        const block = { open: `{{#${tag.name}}}`, close: `{{/${tag.name}}}` }
        return this.problem(`${T}.listAsValue`, { tag: shown, ...block }, line, shown)
      }
      this.top.children.push({ type: 'var', name: tag.name, kind: spec.kind, position, ownLine })
      return
    }
    const scope = spec.kind === 'list' ? spec.item : null
    this.stack.push({
      name: tag.name,
      tag: shown,
      line,
      inverted: tag.sigil === '^',
      children: [],
      scope,
    })
  }

  private close(tag: Tag, line: number): void {
    const open = this.top
    if (this.stack.length === 1) {
      return this.problem(`${T}.closesNothing`, { tag: tag.raw }, line, tag.raw)
    }
    if (open.name !== tag.name) {
      const opened = { open: open.tag, line: open.line }
      return this.problem(`${T}.mismatch`, { tag: tag.raw, ...opened }, line, tag.raw)
    }
    this.stack.pop()
    this.top.children.push({
      type: 'section',
      name: open.name,
      inverted: open.inverted,
      children: open.children,
    })
  }

  finish(): CompileResult {
    for (const open of this.stack.slice(1).reverse()) {
      const opened = { tag: open.tag, line: open.line }
      this.problem(`${T}.neverClosed`, opened, open.line, open.tag)
    }
    if (this.problems.length > 0) return { ok: false, problems: this.problems }
    return { ok: true, template: { nodes: this.root.children, usedNames: this.usedNames } }
  }
}

/** Parses and checks a template against the placeholders it may use. */
export function compileTemplate(
  source: string,
  vocabulary: Vocabulary,
  options: { firstLine?: number } = {},
): CompileResult {
  const compiler = new Compiler(vocabulary)
  const lines = source.replace(/\r\n?/g, '\n').split('\n')
  const first = options.firstLine ?? 1
  lines.forEach((text, i) => compiler.line(text, first + i, i < lines.length - 1 ? '\n' : ''))
  return compiler.finish()
}

export { renderTemplate } from './template-render'
