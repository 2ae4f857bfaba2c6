// A min/max pyramid per series, built once: the value scale of any zoom (the lowest and highest
// sample in view) is read from a few hundred block summaries instead of every sample, so the
// axes can be set in the frame the zoom happens, before the lines are drawn.

/** Block sizes, smallest first: level k summarises blocks of BLOCK * FANOUT^k samples. */
const BLOCK = 64
const FANOUT = 64

interface Level {
  size: number
  /** Per block, the lowest and highest number (Infinity / -Infinity when all are NaN). */
  min: Float64Array
  max: Float64Array
}

export interface ExtremesIndex {
  levels: Level[]
}

export function buildExtremesIndex(values: Float64Array): ExtremesIndex {
  const levels: Level[] = []
  let size = BLOCK
  let below: Level | undefined
  while (size < values.length || levels.length === 0) {
    const blocks = Math.ceil(values.length / size)
    const level: Level = {
      size,
      min: new Float64Array(blocks).fill(Infinity),
      max: new Float64Array(blocks).fill(-Infinity),
    }
    if (below) summarizeLevel(below, level)
    else summarizeSamples(values, level)
    levels.push(level)
    below = level
    size *= FANOUT
  }
  return { levels }
}

function summarizeSamples(values: Float64Array, level: Level) {
  for (let index = 0; index < values.length; index++) {
    const value = values[index] ?? Number.NaN
    if (value !== value) continue
    const block = (index / level.size) | 0
    if (value < (level.min[block] ?? Infinity)) level.min[block] = value
    if (value > (level.max[block] ?? -Infinity)) level.max[block] = value
  }
}

function summarizeLevel(below: Level, level: Level) {
  const ratio = level.size / below.size
  for (let block = 0; block < below.min.length; block++) {
    const parent = (block / ratio) | 0
    level.min[parent] = Math.min(level.min[parent] ?? Infinity, below.min[block] ?? Infinity)
    level.max[parent] = Math.max(level.max[parent] ?? -Infinity, below.max[block] ?? -Infinity)
  }
}

/** Lowest and highest number among samples [from, to]; NaN and NaN when there is none. */
export function rangeExtremes(
  values: Float64Array,
  index: ExtremesIndex,
  from: number,
  to: number,
): [number, number] {
  let low = Infinity
  let high = -Infinity
  let at = Math.max(0, from)
  const end = Math.min(values.length - 1, to)
  while (at <= end) {
    const level = widestBlockAt(index, at, end)
    if (level) {
      const block = at / level.size
      low = Math.min(low, level.min[block] ?? Infinity)
      high = Math.max(high, level.max[block] ?? -Infinity)
      at += level.size
      continue
    }
    const value = values[at] ?? Number.NaN
    if (value < low) low = value
    if (value > high) high = value
    at++
  }
  return low <= high ? [low, high] : [Number.NaN, Number.NaN]
}

/** The widest level whose block starts at `at` and ends by `end`. */
function widestBlockAt(index: ExtremesIndex, at: number, end: number): Level | undefined {
  for (let k = index.levels.length - 1; k >= 0; k--) {
    const level = index.levels[k]
    if (level && at % level.size === 0 && at + level.size - 1 <= end) return level
  }
  return undefined
}
