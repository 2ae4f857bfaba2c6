// Columns to and from the bridge's wire form (base64 Float64 bytes), so a big range result
// crosses JSON and IPC alike without an object per point. See columnsWireSchema.
import { AppError } from '../../../shared/contract/errors'
import type { ColumnsWire } from '../../../shared/contract/prometheus'
import type { ColumnarMatrix } from '../../../shared/domain/prometheus/columnar'
import { msg } from '../../../shared/i18n/messages'

function float64ToBase64(values: Float64Array): string {
  return Buffer.from(values.buffer, values.byteOffset, values.byteLength).toString('base64')
}

function base64ToFloat64(
  text: string,
  expected: number,
  what: 'damagedTimes' | 'damagedValues',
): Float64Array {
  const bytes = Buffer.from(text, 'base64')
  if (bytes.byteLength !== expected * 8) {
    throw new AppError(
      'invalid_input',
      msg(`msgSources:evidence.${what}`, { bytes: bytes.byteLength, expected: expected * 8 }),
    )
  }
  // A copy: Buffer's pool may hand out an offset that is not a multiple of 8.
  const aligned = new Uint8Array(bytes.byteLength)
  aligned.set(bytes)
  return new Float64Array(aligned.buffer)
}

export function encodeColumns(matrix: ColumnarMatrix): ColumnsWire {
  const points = matrix.timestampsMs.length
  const all = new Float64Array(points * matrix.series.length)
  matrix.series.forEach((series, index) => all.set(series.values, index * points))
  return {
    timestamps: float64ToBase64(matrix.timestampsMs),
    values: float64ToBase64(all),
    points,
    series: matrix.series.map((series) => ({ labels: series.labels })),
    droppedSeries: matrix.droppedSeries,
    histogramSeries: matrix.histogramSeries,
  }
}

/** Checks that the wire form is whole (the sizes agree) and returns the columns. */
export function decodeColumns(wire: ColumnsWire): ColumnarMatrix {
  const timestampsMs = base64ToFloat64(wire.timestamps, wire.points, 'damagedTimes')
  const all = base64ToFloat64(wire.values, wire.points * wire.series.length, 'damagedValues')
  return {
    timestampsMs,
    series: wire.series.map((series, index) => ({
      labels: series.labels,
      values: all.subarray(index * wire.points, (index + 1) * wire.points),
    })),
    droppedSeries: wire.droppedSeries,
    histogramSeries: wire.histogramSeries,
  }
}

/** A number as Prometheus writes samples, so NaN and the infinities survive JSON. */
export function sampleText(value: number): string {
  if (Number.isNaN(value)) return 'NaN'
  if (value === Infinity) return '+Inf'
  if (value === -Infinity) return '-Inf'
  return String(value)
}
