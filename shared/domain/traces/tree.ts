/** The span tree in compact form, computed once per trace for the waterfall and the analysis. */
export interface SpanTree {
  roots: Int32Array
  childOffsets: Int32Array
  children: Int32Array
  depth: Int32Array
  displayOrder: Int32Array
  displayRow: Int32Array
  subtreeSize: Int32Array
}

/** Span indices by start time, ties in input order (stable, so the waterfall never reshuffles). */
function byStartTime(startUs: Float64Array): Int32Array {
  const count = startUs.length
  const order = new Int32Array(count)
  let sorted = true
  let earliest = Infinity
  let latest = -Infinity
  for (let span = 0; span < count; span++) {
    order[span] = span
    const start = startUs[span] ?? 0
    if (span > 0 && start < (startUs[span - 1] ?? 0)) sorted = false
    earliest = Math.min(earliest, start)
    latest = Math.max(latest, start)
  }
  if (sorted) return order
  // Fast path: (start, index) packed into one exact float64 lets the engine sort natively,
  // several times faster than a comparator on 100,000 spans.
  if ((latest - earliest + 1) * count < Number.MAX_SAFE_INTEGER) {
    const keys = new Float64Array(count)
    for (let span = 0; span < count; span++) {
      keys[span] = ((startUs[span] ?? 0) - earliest) * count + span
    }
    keys.sort()
    for (let row = 0; row < count; row++) order[row] = (keys[row] ?? 0) % count
    return order
  }
  return order.sort((a, b) => (startUs[a] ?? 0) - (startUs[b] ?? 0) || a - b)
}

/** Children lists as one array plus offsets (CSR), each list in start-time order. */
function childLists(parent: Int32Array, order: Int32Array) {
  const count = parent.length
  const childOffsets = new Int32Array(count + 1)
  let rootCount = 0
  for (let span = 0; span < count; span++) {
    const up = parent[span] ?? -1
    if (up < 0) rootCount++
    else childOffsets[up + 1] = (childOffsets[up + 1] ?? 0) + 1
  }
  for (let span = 0; span < count; span++) {
    childOffsets[span + 1] = (childOffsets[span + 1] ?? 0) + (childOffsets[span] ?? 0)
  }
  const cursor = childOffsets.slice(0, count)
  const children = new Int32Array(count - rootCount)
  const roots = new Int32Array(rootCount)
  let nextRoot = 0
  for (const span of order) {
    const up = parent[span] ?? -1
    if (up < 0) roots[nextRoot++] = span
    else children[(cursor[up] = (cursor[up] ?? 0) + 1) - 1] = span
  }
  return { roots, childOffsets, children }
}

/** Depth-first pre-order without recursion, so a 100,000-deep chain cannot overflow the stack. */
function depthFirst(
  roots: Int32Array,
  childOffsets: Int32Array,
  children: Int32Array,
  count: number,
) {
  const displayOrder = new Int32Array(count)
  const depth = new Int32Array(count)
  const stack = new Int32Array(count)
  let top = 0
  let row = 0
  for (let r = roots.length - 1; r >= 0; r--) stack[top++] = roots[r] ?? 0
  while (top > 0) {
    const span = stack[--top] ?? 0
    displayOrder[row++] = span
    const from = childOffsets[span] ?? 0
    const to = childOffsets[span + 1] ?? 0
    for (let c = to - 1; c >= from; c--) {
      const child = children[c] ?? 0
      depth[child] = (depth[span] ?? 0) + 1
      stack[top++] = child
    }
  }
  return { displayOrder, depth }
}

/** Rows each span covers in display order, itself included; children follow their parent. */
function subtreeSizes(displayOrder: Int32Array, parent: Int32Array): Int32Array {
  const size = new Int32Array(parent.length).fill(1)
  for (let row = displayOrder.length - 1; row >= 0; row--) {
    const span = displayOrder[row] ?? 0
    const up = parent[span] ?? -1
    if (up >= 0) size[up] = (size[up] ?? 0) + (size[span] ?? 0)
  }
  return size
}

/** `parent` must be acyclic (see cutParentCycles); every span is then reached from a root. */
export function buildTree(parent: Int32Array, startUs: Float64Array): SpanTree {
  const count = parent.length
  const { roots, childOffsets, children } = childLists(parent, byStartTime(startUs))
  const { displayOrder, depth } = depthFirst(roots, childOffsets, children, count)
  const displayRow = new Int32Array(count)
  for (let row = 0; row < count; row++) displayRow[displayOrder[row] ?? 0] = row
  return {
    roots,
    childOffsets,
    children,
    depth,
    displayOrder,
    displayRow,
    subtreeSize: subtreeSizes(displayOrder, parent),
  }
}
