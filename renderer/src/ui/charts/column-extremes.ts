// The decimation behind the chart: per pixel column, each series' first and last sample and its
// lowest and highest value (the "M4" reduction). A line through those four points per column
// covers the same pixels as a line through every sample, so a chart of 100 x 11,000 points
// draws at most a few points per series and column, every spike and dip kept at its true
// value. Gaps (NaN) stay gaps: a line joins two samples only when nothing missing lies between.

/** Where each sample of an index range falls on a plot `width` device pixels wide. */
export interface ColumnGrid {
  /** First and last sample index read: the visible ones and one either side of them. */
  from: number
  to: number
  width: number
  /** Runs of consecutive samples in the same pixel column: `groups` of them, in time order. */
  groups: number
  /** Pixel column of each run; below 0 or from `width` up when outside the plot. */
  groupColumn: Int32Array
  /** Index of each run's first sample; the run ends where the next one starts (or at `to`). */
  groupStart: Int32Array
}

/** One series reduced to its columns: `count` entries, in time order. */
export interface SeriesColumns {
  count: number
  column: Int32Array
  /** Index of the column's first and last sample that is a number. */
  firstIndex: Int32Array
  lastIndex: Int32Array
  min: Float64Array
  max: Float64Array
  /** Extremes of the samples inside the plot (NaN when it has none): the y scale's range. */
  visibleMin: number
  visibleMax: number
}

const FAR = 1e9

/** Columns for the samples between `minMs` and `maxMs`, plus the neighbours just outside. */
export function columnGrid(
  timestampsMs: Float64Array,
  minMs: number,
  maxMs: number,
  width: number,
): ColumnGrid {
  const last = timestampsMs.length - 1
  let to = lowerBound(timestampsMs, maxMs)
  if (to > last || (timestampsMs[to] ?? Infinity) > maxMs) to--
  const from = Math.max(0, lowerBound(timestampsMs, minMs) - 1)
  to = Math.min(last, to + 1)
  const pxPerMs = maxMs > minMs ? width / (maxMs - minMs) : 0
  const capacity = Math.max(0, Math.min(to - from + 1, width + 2))
  const groupColumn = new Int32Array(capacity)
  const groupStart = new Int32Array(capacity)
  let groups = 0
  for (let index = from; index <= to; index++) {
    const time = timestampsMs[index] ?? 0
    // The sample at the right edge belongs to the last column, not one past it.
    const px = time === maxMs ? width - 1 : Math.floor((time - minMs) * pxPerMs)
    const column = Math.max(-FAR, Math.min(FAR, px))
    if (groups > 0 && groupColumn[groups - 1] === column) continue
    groupColumn[groups] = column
    groupStart[groups] = index
    groups++
  }
  return { from, to, width, groups, groupColumn, groupStart }
}

/** First index whose time is at or after `timeMs`. */
export function lowerBound(timestampsMs: Float64Array, timeMs: number): number {
  let low = 0
  let high = timestampsMs.length
  while (low < high) {
    const middle = (low + high) >> 1
    if ((timestampsMs[middle] ?? Infinity) < timeMs) low = middle + 1
    else high = middle
  }
  return low
}

export function emptySeriesColumns(capacity: number): SeriesColumns {
  return {
    count: 0,
    column: new Int32Array(capacity),
    firstIndex: new Int32Array(capacity),
    lastIndex: new Int32Array(capacity),
    min: new Float64Array(capacity),
    max: new Float64Array(capacity),
    visibleMin: Number.NaN,
    visibleMax: Number.NaN,
  }
}

/**
 * `count` empty SeriesColumns of `capacity` entries sharing five buffers: a chart reduces a
 * hundred series at once, and five hundred typed arrays of their own took milliseconds to
 * allocate (and to collect) in Chromium.
 */
export function emptySeriesColumnsFor(count: number, capacity: number): SeriesColumns[] {
  const size = count * capacity
  const [column, firstIndex, lastIndex] = [0, 1, 2].map(() => new Int32Array(size))
  const [min, max] = [0, 1].map(() => new Float64Array(size))
  const part = <T extends Int32Array | Float64Array>(all: T | undefined, index: number) =>
    all?.subarray(index * capacity, (index + 1) * capacity) as T
  return Array.from({ length: count }, (_, index) => ({
    count: 0,
    column: part(column, index),
    firstIndex: part(firstIndex, index),
    lastIndex: part(lastIndex, index),
    min: part(min, index),
    max: part(max, index),
    visibleMin: Number.NaN,
    visibleMax: Number.NaN,
  }))
}

/** Entries a grid can produce: one per run of samples in a column. */
export function columnCapacity(grid: ColumnGrid): number {
  return grid.groups
}

/**
 * Reduces one series over the grid into `out` (reused between frames; its capacity must be at
 * least columnCapacity(grid)).
 */
export function reduceSeries(
  values: Float64Array,
  grid: ColumnGrid,
  out: SeriesColumns,
): SeriesColumns {
  const { groups, groupColumn, groupStart, width } = grid
  let count = 0
  let visibleMin = Infinity
  let visibleMax = -Infinity
  for (let group = 0; group < groups; group++) {
    const end = group + 1 < groups ? (groupStart[group + 1] ?? 0) : grid.to + 1
    let index = groupStart[group] ?? 0
    let value = values[index] ?? Number.NaN
    while (value !== value && ++index < end) value = values[index] ?? Number.NaN
    if (index >= end) continue
    // This loop runs over every sample in view (1.1 million at most), so it stays this tight.
    let low = value
    let high = value
    let lastIndex = index
    for (let at = index + 1; at < end; at++) {
      const next = values[at] ?? Number.NaN
      if (next !== next) continue
      if (next < low) low = next
      else if (next > high) high = next
      lastIndex = at
    }
    const column = groupColumn[group] ?? -1
    out.column[count] = column
    out.firstIndex[count] = index
    out.lastIndex[count] = lastIndex
    out.min[count] = low
    out.max[count] = high
    count++
    if (column >= 0 && column < width) {
      if (low < visibleMin) visibleMin = low
      if (high > visibleMax) visibleMax = high
    }
  }
  out.count = count
  out.visibleMin = visibleMin <= visibleMax ? visibleMin : Number.NaN
  out.visibleMax = visibleMin <= visibleMax ? visibleMax : Number.NaN
  return out
}

/** Two consecutive entries are joined by a line only when no missing sample lies between. */
export function joined(columns: SeriesColumns, entry: number): boolean {
  return entry > 0 && (columns.firstIndex[entry] ?? 0) - (columns.lastIndex[entry - 1] ?? 0) === 1
}
