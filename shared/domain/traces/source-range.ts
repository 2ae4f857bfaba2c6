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
