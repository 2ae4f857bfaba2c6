import type {
  CompiledTemplate,
  Escape,
  TemplateNode,
  TemplateScope,
  TemplateValue,
} from './template'

// Rendering a compiled template: values through the caller's escape function, list blocks
// repeated, and Markdown blocks from user text kept apart from the template's own lines.

const isTruthy = (value: TemplateValue | undefined): boolean =>
  value !== undefined && (typeof value === 'string' ? value.trim() !== '' : value.length > 0)

/** Collects output and keeps Markdown blocks from user text apart from the template's lines. */
class Output {
  private readonly parts: string[] = []
  private tail = ''
  private blankLineOwed = false

  push(text: string): void {
    if (!text) return
    if (this.blankLineOwed && !text.startsWith('\n')) text = `\n${text}`
    this.blankLineOwed = false
    this.parts.push(text)
    this.tail = (this.tail + text).slice(-2)
  }

  /** A Markdown block on its own, with a blank line before and after it. */
  pushBlock(text: string): void {
    if (this.parts.length > 0 && this.tail !== '\n\n')
      this.push(this.tail.endsWith('\n') ? '\n' : '\n\n')
    this.push(`${text}\n`)
    this.blankLineOwed = true
  }

  toString(): string {
    return this.parts.join('')
  }
}

function lookupValue(stack: readonly (TemplateScope | string)[], name: string) {
  for (let i = stack.length - 1; i >= 0; i--) {
    const scope = stack[i]
    if (typeof scope === 'string') {
      if (name === '.') return scope
      continue
    }
    if (scope && Object.hasOwn(scope, name)) return scope[name]
  }
  return undefined
}

function renderNodes(
  nodes: readonly TemplateNode[],
  stack: (TemplateScope | string)[],
  escape: Escape,
  out: Output,
): void {
  for (const node of nodes) {
    if (node.type === 'text') {
      out.push(node.text)
    } else if (node.type === 'var') {
      const value = lookupValue(stack, node.name)
      const text = typeof value === 'string' ? escape(value, node.kind, node.position) : ''
      if (!node.ownLine) out.push(text)
      else if (text.trim() === '') continue
      else if (node.kind === 'markdown') out.pushBlock(text)
      else out.push(`${text}\n`)
    } else {
      const value = lookupValue(stack, node.name)
      if (node.inverted) {
        if (!isTruthy(value)) renderNodes(node.children, stack, escape, out)
      } else if (Array.isArray(value)) {
        for (const item of value as readonly (TemplateScope | string)[]) {
          renderNodes(node.children, [...stack, item], escape, out)
        }
      } else if (isTruthy(value)) {
        renderNodes(node.children, stack, escape, out)
      }
    }
  }
}

export function renderTemplate(
  template: CompiledTemplate,
  data: TemplateScope,
  escape: Escape,
): string {
  const out = new Output()
  renderNodes(template.nodes, [data], escape, out)
  return out.toString()
}
