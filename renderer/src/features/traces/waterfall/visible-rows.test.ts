import { describe, expect, it } from 'vitest'
import { collapsedAncestors, filterMask, visibleSpans, withAncestors } from './visible-rows'

// A tree in display order:  0 ─┬─ 1 ─┬─ 2
//                              │     └─ 3
//                              └─ 4 ── 5      6 (a second root)
const tree = {
  displayOrder: Int32Array.from([0, 1, 2, 3, 4, 5, 6]),
  subtreeSize: Int32Array.from([6, 3, 1, 1, 2, 1, 1]),
  parent: Int32Array.from([-1, 0, 1, 1, 0, 4, -1]),
}
const rows = (collapsed: number[], shown: Uint8Array | null = null) => [
  ...visibleSpans(tree, new Set(collapsed), shown),
]

describe('waterfall rows', () => {
  it('shows every span in tree order, and hides what a collapsed span holds', () => {
    expect(rows([])).toEqual([0, 1, 2, 3, 4, 5, 6])
    expect(rows([1])).toEqual([0, 1, 4, 5, 6])
    expect(rows([0])).toEqual([0, 6])
    expect(rows([4, 1])).toEqual([0, 1, 4, 6])
  })

  it('keeps the ancestors of filtered spans so they stay in place in the tree', () => {
    const keep = new Uint8Array(7)
    keep[3] = 1
    keep[6] = 1
    expect(rows([], withAncestors(tree, keep))).toEqual([0, 1, 3, 6])
  })

  it('filters errors and the critical path from the span flags and columns', () => {
    const model = {
      spanCount: 3,
      flags: Uint16Array.from([0, 16, 0]),
      criticalUs: Float64Array.from([5, 0, 2]),
    }
    expect([...(filterMask(model, 'errors', undefined) ?? [])]).toEqual([0, 1, 0])
    expect([...(filterMask(model, 'critical', undefined) ?? [])]).toEqual([1, 0, 1])
    expect([...(filterMask(model, 'matches', [2]) ?? [])]).toEqual([0, 0, 1])
    expect(filterMask(model, 'all', [2])).toBeNull()
  })

  it('names the collapsed ancestors that hide a span', () => {
    expect(collapsedAncestors(tree, new Set([0, 1, 4]), 3)).toEqual([1, 0])
    expect(collapsedAncestors(tree, new Set([4]), 6)).toEqual([])
  })
})
