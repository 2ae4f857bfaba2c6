import { describe, expect, it } from 'vitest'
import { PLACEHOLDERS } from './vocabulary'

const README = Object.values(
  import.meta.glob<string>('../../../templates/README.md', {
    query: '?raw',
    import: 'default',
    eager: true,
  }),
)[0]

/** Every name a template may use, list fields included ("timeline.time"). */
function allNames(): string[] {
  return Object.entries(PLACEHOLDERS).flatMap(([name, { spec }]) => {
    if (spec.kind !== 'list' || typeof spec.item.kind === 'string') return [name]
    return [name, ...Object.keys(spec.item).map((field) => `${name}.${field}`)]
  })
}

describe('templates/README.md', () => {
  it('documents every placeholder and every list field', () => {
    expect(README).toBeDefined()
    const documented = new Set([...(README ?? '').matchAll(/`([a-z_]+)`/g)].map((m) => m[1]))
    const missing = allNames().filter((name) => !documented.has(name.split('.').at(-1)))
    expect(missing).toEqual([])
  })
})
