// The first `count` incidents by score, best first: a page of results needs only those, and
// sorting every match of a common word (thousands) costs more than finding the few shown.

/** a ranks before b: higher score, then the more recent incident (seq grows with creation). */
const ranksBefore = (a: number, b: number, scores: Float64Array) => {
  const difference = (scores[a] ?? 0) - (scores[b] ?? 0)
  return difference > 0 || (difference === 0 && a > b)
}

/** Restores the heap below `index`, where the root is the weakest of the kept seqs. */
function siftDown(heap: number[], index: number, scores: Float64Array): void {
  let at = index
  for (;;) {
    const left = 2 * at + 1
    const right = left + 1
    let weakest = at
    const weakestSeq = () => heap[weakest] ?? 0
    if (left < heap.length && ranksBefore(weakestSeq(), heap[left] ?? 0, scores)) weakest = left
    if (right < heap.length && ranksBefore(weakestSeq(), heap[right] ?? 0, scores)) weakest = right
    if (weakest === at) return
    ;[heap[at], heap[weakest]] = [heap[weakest] ?? 0, heap[at] ?? 0]
    at = weakest
  }
}

/** The best `count` of `seqs` by `scores` (indexed by seq), best first. */
export function bestFirst(seqs: readonly number[], scores: Float64Array, count: number): number[] {
  const order = (a: number, b: number) => (ranksBefore(a, b, scores) ? -1 : 1)
  if (seqs.length <= count * 4) return [...seqs].sort(order).slice(0, count)
  const heap = seqs.slice(0, count)
  for (let i = (heap.length >> 1) - 1; i >= 0; i--) siftDown(heap, i, scores)
  for (let i = count; i < seqs.length; i++) {
    const seq = seqs[i] ?? 0
    if (!ranksBefore(seq, heap[0] ?? 0, scores)) continue
    heap[0] = seq
    siftDown(heap, 0, scores)
  }
  return heap.sort(order)
}
