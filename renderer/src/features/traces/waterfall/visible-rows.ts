// Which spans the waterfall shows, in order: the tree in display order, collapsed subtrees
// skipped, and (when filtering) only the kept spans with their ancestors for context.
import { SpanFlag } from '../../../../../shared/domain/traces/model'
import type { TraceModel } from '../trace-model'

export type SpanFilter = 'all' | 'matches' | 'errors' | 'critical'

type TreeColumns = Pick<TraceModel, 'displayOrder' | 'subtreeSize' | 'parent'>

/** Kept spans plus every ancestor of one, so a filtered span keeps its place in the tree. */
export function withAncestors(tree: TreeColumns, keep: Uint8Array): Uint8Array {
  const shown = new Uint8Array(keep.length)
  for (let span = 0; span < keep.length; span++) {
    if (!keep[span]) continue
    for (let at = span; at >= 0 && !shown[at]; at = tree.parent[at] ?? -1) shown[at] = 1
  }
  return shown
}

/** The spans on screen, top to bottom. */
export function visibleSpans(
  tree: TreeColumns,
  collapsed: ReadonlySet<number>,
  shown: Uint8Array | null,
): Int32Array {
  const { displayOrder, subtreeSize } = tree
  const rows = new Int32Array(displayOrder.length)
  let count = 0
  for (let row = 0; row < displayOrder.length; row++) {
    const span = displayOrder[row] ?? 0
    if (shown && !shown[span]) {
      // Nothing below a hidden span is shown either: ancestors of shown spans are shown.
      row += (subtreeSize[span] ?? 1) - 1
      continue
    }
    rows[count++] = span
    if (collapsed.has(span)) row += (subtreeSize[span] ?? 1) - 1
  }
  return rows.slice(0, count)
}

/** Spans a filter keeps, or null for "all". */
export function filterMask(
  model: Pick<TraceModel, 'flags' | 'criticalUs' | 'spanCount'>,
  filter: SpanFilter,
  matches: readonly number[] | undefined,
): Uint8Array | null {
  if (filter === 'all') return null
  const keep = new Uint8Array(model.spanCount)
  if (filter === 'matches') for (const span of matches ?? []) keep[span] = 1
  for (let span = 0; span < model.spanCount; span++) {
    if (filter === 'errors' && ((model.flags[span] ?? 0) & SpanFlag.Error) !== 0) keep[span] = 1
    if (filter === 'critical' && (model.criticalUs[span] ?? 0) > 0) keep[span] = 1
  }
  return keep
}

/** Every span with children, for "collapse all". */
export function spansWithChildren(tree: Pick<TraceModel, 'subtreeSize'>): Set<number> {
  const parents = new Set<number>()
  tree.subtreeSize.forEach((size, span) => {
    if (size > 1) parents.add(span)
  })
  return parents
}

/** Collapsed ancestors of a span, to open so it can be shown (a search hit, a reference). */
export function collapsedAncestors(
  tree: Pick<TraceModel, 'parent'>,
  collapsed: ReadonlySet<number>,
  span: number,
): number[] {
  const closed: number[] = []
  for (let at = tree.parent[span] ?? -1; at >= 0; at = tree.parent[at] ?? -1) {
    if (collapsed.has(at)) closed.push(at)
  }
  return closed
}
