// Keyboard navigation of the span tree, as in a file tree: arrows move and open or close,
// Enter opens or closes, Home and End jump, Page keys move a screenful.

export type TreeAction =
  | { kind: 'move'; row: number }
  | { kind: 'toggle'; span: number }
  | { kind: 'expand'; span: number }
  | { kind: 'collapse'; span: number }
  | { kind: 'none' }

interface TreeState {
  /** Spans on screen, top to bottom. */
  rows: Int32Array
  /** Row of the active span in `rows`, -1 when none. */
  activeRow: number
  hasChildren: (span: number) => boolean
  isCollapsed: (span: number) => boolean
  parentOf: (span: number) => number
  /** Rows that fit on screen, for Page Up / Page Down. */
  pageRows: number
}

function rowOfSpan(rows: Int32Array, span: number, before: number): number {
  for (let row = before; row >= 0; row--) if (rows[row] === span) return row
  return -1
}

export function treeAction(key: string, state: TreeState): TreeAction {
  const { rows, activeRow } = state
  const last = rows.length - 1
  if (last < 0) return { kind: 'none' }
  const clamp = (row: number) => ({ kind: 'move', row: Math.max(0, Math.min(last, row)) }) as const
  if (activeRow < 0) return key === 'End' ? clamp(last) : clamp(0)
  const span = rows[activeRow] ?? -1
  switch (key) {
    case 'ArrowDown':
      return clamp(activeRow + 1)
    case 'ArrowUp':
      return clamp(activeRow - 1)
    case 'Home':
      return clamp(0)
    case 'End':
      return clamp(last)
    case 'PageDown':
      return clamp(activeRow + state.pageRows)
    case 'PageUp':
      return clamp(activeRow - state.pageRows)
    case 'Enter':
      return state.hasChildren(span) ? { kind: 'toggle', span } : { kind: 'none' }
    case 'ArrowRight':
      if (!state.hasChildren(span)) return { kind: 'none' }
      return state.isCollapsed(span) ? { kind: 'expand', span } : clamp(activeRow + 1)
    case 'ArrowLeft': {
      if (state.hasChildren(span) && !state.isCollapsed(span)) return { kind: 'collapse', span }
      const parentRow = rowOfSpan(rows, state.parentOf(span), activeRow - 1)
      return parentRow >= 0 ? clamp(parentRow) : { kind: 'none' }
    }
    default:
      return { kind: 'none' }
  }
}
