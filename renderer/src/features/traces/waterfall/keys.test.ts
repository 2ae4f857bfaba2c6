import { describe, expect, it } from 'vitest'
import { treeAction } from './keys'

// Rows on screen: 10 (children 11, 12), 11 (child 13, collapsed), 12 (leaf).
const state = (activeRow: number) => ({
  rows: Int32Array.from([10, 11, 12]),
  activeRow,
  pageRows: 2,
  hasChildren: (span: number) => span === 10 || span === 11,
  isCollapsed: (span: number) => span === 11,
  parentOf: (span: number) => (span === 10 ? -1 : 10),
})

describe('waterfall keyboard', () => {
  it('moves with the arrows, Home, End and the page keys, staying inside the list', () => {
    expect(treeAction('ArrowDown', state(0))).toEqual({ kind: 'move', row: 1 })
    expect(treeAction('ArrowUp', state(0))).toEqual({ kind: 'move', row: 0 })
    expect(treeAction('End', state(0))).toEqual({ kind: 'move', row: 2 })
    expect(treeAction('Home', state(2))).toEqual({ kind: 'move', row: 0 })
    expect(treeAction('PageDown', state(0))).toEqual({ kind: 'move', row: 2 })
    expect(treeAction('ArrowDown', state(-1))).toEqual({ kind: 'move', row: 0 })
  })

  it('opens and closes with Enter and the side arrows, and goes to the parent', () => {
    expect(treeAction('Enter', state(1))).toEqual({ kind: 'toggle', span: 11 })
    expect(treeAction('Enter', state(2))).toEqual({ kind: 'none' })
    expect(treeAction('ArrowRight', state(1))).toEqual({ kind: 'expand', span: 11 })
    expect(treeAction('ArrowRight', state(0))).toEqual({ kind: 'move', row: 1 })
    expect(treeAction('ArrowLeft', state(0))).toEqual({ kind: 'collapse', span: 10 })
    expect(treeAction('ArrowLeft', state(2))).toEqual({ kind: 'move', row: 0 })
    expect(treeAction('x', state(0))).toEqual({ kind: 'none' })
  })
})
