// One series as the rows it covers in each pixel column, then painted into the raster frame.
// Collecting first means a column where a point and the lines to its neighbours meet is painted
// once (painting it twice would darken its antialiased ends), and a steep line's spill into the
// columns beside it is painted only where those columns have no line of their own.
import { joined, type SeriesColumns } from './column-extremes'
import { paintRun, type LineStyle, type RasterFrame } from './line-raster'

/** Data to frame pixels: x = (time - startMs) * pxPerMs + left; y = (topValue - value) * pxPerUnit + top. */
export interface PixelMapping {
  startMs: number
  pxPerMs: number
  left: number
  topValue: number
  pxPerUnit: number
  top: number
}

/** Per column, the rows [top, bottom] the line's centre crosses; NaN where it has none. */
export interface SeriesRuns {
  top: Float64Array
  bottom: Float64Array
  first: number
  last: number
}

export function createSeriesRuns(width: number): SeriesRuns {
  return {
    top: new Float64Array(width).fill(Number.NaN),
    bottom: new Float64Array(width).fill(Number.NaN),
    first: width,
    last: -1,
  }
}

function cover(runs: SeriesRuns, column: number, yA: number, yB: number) {
  if (column < 0 || column >= runs.top.length) return
  const top = Math.min(yA, yB)
  const bottom = Math.max(yA, yB)
  const current = runs.top[column] ?? Number.NaN
  if (current !== current) {
    runs.top[column] = top
    runs.bottom[column] = bottom
  } else {
    if (top < current) runs.top[column] = top
    if (bottom > (runs.bottom[column] ?? bottom)) runs.bottom[column] = bottom
  }
  if (column < runs.first) runs.first = column
  if (column > runs.last) runs.last = column
}

/** The straight line from (x0, y0) to (x1, y1), x0 <= x1, as the rows it crosses per column. */
function coverSegment(runs: SeriesRuns, x0: number, y0: number, x1: number, y1: number) {
  const first = Math.max(0, Math.floor(x0))
  const last = Math.min(runs.top.length - 1, Math.floor(x1))
  const slope = x1 > x0 ? (y1 - y0) / (x1 - x0) : 0
  for (let column = first; column <= last; column++) {
    const left = Math.max(x0, column)
    const right = Math.min(x1, column + 1)
    cover(runs, column, y0 + (left - x0) * slope, y0 + (right - x0) * slope)
  }
}

/** Fills `runs` with one series: its column extremes and the lines joining them. */
export function collectRuns(
  runs: SeriesRuns,
  columns: SeriesColumns,
  sample: { timestampsMs: Float64Array; values: Float64Array },
  mapping: PixelMapping,
): void {
  const { timestampsMs, values } = sample
  const { startMs, pxPerMs, left, topValue, pxPerUnit, top } = mapping
  for (let entry = 0; entry < columns.count; entry++) {
    if (joined(columns, entry)) {
      const before = columns.lastIndex[entry - 1] ?? 0
      const after = columns.firstIndex[entry] ?? 0
      coverSegment(
        runs,
        ((timestampsMs[before] ?? 0) - startMs) * pxPerMs + left,
        (topValue - (values[before] ?? 0)) * pxPerUnit + top,
        ((timestampsMs[after] ?? 0) - startMs) * pxPerMs + left,
        (topValue - (values[after] ?? 0)) * pxPerUnit + top,
      )
    }
    const column = columns.column[entry] ?? -1
    const high = (topValue - (columns.max[entry] ?? 0)) * pxPerUnit + top
    const low = (topValue - (columns.min[entry] ?? 0)) * pxPerUnit + top
    cover(runs, column, high, low)
  }
}

/**
 * How much of a neighbouring column a run spills into: a steep line wider than a pixel covers
 * part of the columns beside it, as a canvas stroke does; a flatter one is drawn there already.
 */
function spillShare(runs: SeriesRuns, column: number, lineWidth: number): number {
  const rise = (runs.bottom[column] ?? Number.NaN) - (runs.top[column] ?? Number.NaN)
  if (!(rise > 1)) return 0
  return Math.min(1, (lineWidth - 1) / 2) * Math.min(1, (rise - 1) / 2)
}

/** The part of a neighbour's run this column's own line leaves uncovered, at `share`. */
function paintSpill(
  frame: RasterFrame,
  runs: SeriesRuns,
  column: number,
  neighbour: number,
  style: LineStyle,
) {
  const share = spillShare(runs, neighbour, style.lineWidth)
  if (share <= 0.01) return
  const half = style.lineWidth / 2
  const top = (runs.top[neighbour] ?? 0) - half
  const bottom = (runs.bottom[neighbour] ?? 0) + half
  const ownTop = (runs.top[column] ?? Number.NaN) - half
  if (ownTop !== ownTop) {
    paintRun(frame, column, top, bottom, style, share)
    return
  }
  const ownBottom = (runs.bottom[column] ?? 0) + half
  if (top < ownTop) paintRun(frame, column, top, Math.min(bottom, ownTop), style, share)
  if (bottom > ownBottom) paintRun(frame, column, Math.max(top, ownBottom), bottom, style, share)
}

/**
 * True when everything this series could paint in the column (its own run and its neighbours'
 * spill) lies where the column is already opaque: with many noisy series, most columns of all
 * but the top-most few end here.
 */
function hiddenBehind(frame: RasterFrame, runs: SeriesRuns, column: number, half: number) {
  const opaqueTop = frame.opaqueTop[column] ?? 0
  const opaqueBottom = frame.opaqueBottom[column] ?? 0
  if (opaqueBottom <= opaqueTop) return false
  let top = Infinity
  let bottom = -Infinity
  for (let at = Math.max(0, column - 1); at <= Math.min(runs.top.length - 1, column + 1); at++) {
    const runTop = runs.top[at] ?? Number.NaN
    if (runTop !== runTop) continue
    top = Math.min(top, runTop - half)
    bottom = Math.max(bottom, (runs.bottom[at] ?? 0) + half)
  }
  return Math.max(top, 0) >= opaqueTop && Math.min(bottom, frame.height) <= opaqueBottom
}

/** Paints the collected series under what the frame holds, then empties `runs` for the next. */
export function paintRuns(frame: RasterFrame, runs: SeriesRuns, style: LineStyle): void {
  const half = style.lineWidth / 2
  const width = runs.top.length
  const spills = style.lineWidth > 1.02
  const last = Math.min(width - 1, runs.last + 1)
  for (let column = Math.max(0, runs.first - 1); column <= last; column++) {
    if (hiddenBehind(frame, runs, column, half)) continue
    const top = runs.top[column] ?? Number.NaN
    if (top === top) paintRun(frame, column, top - half, (runs.bottom[column] ?? 0) + half, style)
    if (!spills) continue
    if (column > 0) paintSpill(frame, runs, column, column - 1, style)
    if (column < width - 1) paintSpill(frame, runs, column, column + 1, style)
  }
  if (runs.last >= runs.first) {
    runs.top.fill(Number.NaN, runs.first, runs.last + 1)
    runs.bottom.fill(Number.NaN, runs.first, runs.last + 1)
  }
  runs.first = width
  runs.last = -1
}
