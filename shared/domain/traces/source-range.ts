/**
 * Marks on the lean span objects of the fast path: where the span's full JSON text starts and
 * ends. The accumulator keeps these two numbers instead of the object, so a 100,000-span trace
 * holds its text plus ranges, not 100,000 objects.
 */
export const SOURCE_START = Symbol('source start')
export const SOURCE_END = Symbol('source end')

export interface SourceMarked {
  [SOURCE_START]?: number
  [SOURCE_END]?: number
}

/**
 * A piece of the payload text, from `start` in the whole payload. A payload scanned as it arrived
 * is kept as the pieces it was scanned in (each may run a little into the next); every span lies
 * whole in the last piece starting at or before it, the one it was scanned in.
 */
export interface SourceWindow {
  text: string
  start: number
}

/** Index of the window holding the text at `position` (windows by ascending start). */
export function windowAt(windows: readonly SourceWindow[], position: number): number {
  let low = 0
  let high = windows.length - 1
  while (low < high) {
    const middle = (low + high + 1) >> 1
    if ((windows[middle]?.start ?? 0) <= position) low = middle
    else high = middle - 1
  }
  return low
}

/** The payload text in [start, end). */
export function sourceSlice(windows: readonly SourceWindow[], start: number, end: number): string {
  const window = windows[windowAt(windows, start)]
  if (!window) return ''
  return window.text.slice(start - window.start, end - window.start)
}
