// A range result as the charts use it: decoded once from the bridge's base64 columns into typed
// arrays, with no object per point. See columnsWireSchema in shared/contract/prometheus.ts.
import type { ColumnsWire } from '../../../../shared/contract/prometheus'
import { seriesName, type Labels } from '../../../../shared/domain/prometheus/columnar'

export interface ChartSeries {
  labels: Labels
  /** The legend's name: the metric name and its labels. */
  name: string
  /** One value per timestamp; NaN where the series has no sample. */
  values: Float64Array
}

export interface ChartData {
  /** Epoch ms, ascending. */
  timestampsMs: Float64Array
  series: ChartSeries[]
  droppedSeries: number
  histogramSeries: number
}

type Base64Decoder = (text: string) => Uint8Array
const fromBase64 = (Uint8Array as unknown as { fromBase64?: Base64Decoder }).fromBase64

function base64ToBytes(text: string): Uint8Array {
  // Native in Chromium 140+ and Node 25: a single pass, no intermediate binary string.
  if (fromBase64) return fromBase64(text)
  const binary = atob(text)
  const bytes = new Uint8Array(binary.length)
  for (let index = 0; index < binary.length; index++) bytes[index] = binary.charCodeAt(index)
  return bytes
}

function float64s(text: string, expected: number, what: string): Float64Array {
  const bytes = base64ToBytes(text)
  if (bytes.byteLength !== expected * 8) {
    throw new Error(
      `The chart data is damaged: ${what} has ${bytes.byteLength} bytes, not ${expected * 8}`,
    )
  }
  return bytes.byteOffset % 8 === 0
    ? new Float64Array(bytes.buffer, bytes.byteOffset, expected)
    : new Float64Array(bytes.slice().buffer)
}

export function decodeColumnsWire(wire: ColumnsWire): ChartData {
  const timestampsMs = float64s(wire.timestamps, wire.points, 'the time axis')
  const all = float64s(wire.values, wire.points * wire.series.length, 'the values')
  return {
    timestampsMs,
    series: wire.series.map((series, index) => ({
      labels: series.labels,
      name: seriesName(series.labels),
      values: all.subarray(index * wire.points, (index + 1) * wire.points),
    })),
    droppedSeries: wire.droppedSeries,
    histogramSeries: wire.histogramSeries,
  }
}

/** Index of the last timestamp at or before `timeMs` (0 when before the first). */
export function indexAtOrBefore(timestampsMs: Float64Array, timeMs: number): number {
  let low = 0
  let high = timestampsMs.length - 1
  while (low < high) {
    const middle = (low + high + 1) >> 1
    if ((timestampsMs[middle] ?? Infinity) <= timeMs) low = middle
    else high = middle - 1
  }
  return Math.max(0, low)
}

/** The timestamp nearest to `timeMs`, as an index. */
export function nearestIndex(timestampsMs: Float64Array, timeMs: number): number {
  const before = indexAtOrBefore(timestampsMs, timeMs)
  const after = Math.min(before + 1, timestampsMs.length - 1)
  const distanceBefore = Math.abs((timestampsMs[before] ?? 0) - timeMs)
  const distanceAfter = Math.abs((timestampsMs[after] ?? 0) - timeMs)
  return distanceAfter < distanceBefore ? after : before
}

/** Last value that is a number, or NaN. */
export function lastValue(values: Float64Array): number {
  for (let index = values.length - 1; index >= 0; index--) {
    const value = values[index] ?? Number.NaN
    if (!Number.isNaN(value)) return value
  }
  return Number.NaN
}

export interface SeriesStats {
  last: number
  min: number
  max: number
  mean: number
}

export function seriesStats(values: Float64Array): SeriesStats {
  let min = Infinity
  let max = -Infinity
  let sum = 0
  let count = 0
  for (const value of values) {
    if (Number.isNaN(value)) continue
    if (value < min) min = value
    if (value > max) max = value
    sum += value
    count++
  }
  return count === 0
    ? { last: Number.NaN, min: Number.NaN, max: Number.NaN, mean: Number.NaN }
    : { last: lastValue(values), min, max, mean: sum / count }
}
