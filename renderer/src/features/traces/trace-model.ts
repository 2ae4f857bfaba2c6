// A trace view from the backend, decoded once into typed arrays: the waterfall reads these
// directly, so a 100,000-span trace costs a few MB of arrays, not 100,000 objects.
import type { TraceView } from '../../../../shared/contract/traces'

type Base64Decoder = (text: string) => Uint8Array
const nativeFromBase64 = (Uint8Array as unknown as { fromBase64?: Base64Decoder }).fromBase64

/** Bytes of a base64 string, always in a fresh buffer (so every typed array view is aligned). */
export function decodeBase64(text: string): Uint8Array {
  if (nativeFromBase64) return nativeFromBase64(text)
  const binary = atob(text)
  const bytes = new Uint8Array(binary.length)
  for (let index = 0; index < binary.length; index++) bytes[index] = binary.charCodeAt(index)
  return bytes
}

const int32 = (text: string) => new Int32Array(decodeBase64(text).buffer)
const float64 = (text: string) => new Float64Array(decodeBase64(text).buffer)
const uint16 = (text: string) => new Uint16Array(decodeBase64(text).buffer)

/** Span IDs stay where the trace was parsed (details carry them): 100,000 strings the page never reads. */
export interface TraceModel extends Omit<
  TraceView,
  'columns' | 'criticalSegments' | 'adjustedStartUs' | 'spanIds'
> {
  serviceIndex: Int32Array
  operationIndex: Int32Array
  startUs: Float64Array
  durationUs: Float64Array
  parent: Int32Array
  flags: Uint16Array
  depth: Int32Array
  displayOrder: Int32Array
  /** Per span: its row in displayOrder. */
  displayRow: Int32Array
  subtreeSize: Int32Array
  selfUs: Float64Array
  criticalUs: Float64Array
  /** Critical-path stretches of span s: pairs [start, end] at criticalOffsets[s]..[s + 1]. */
  criticalOffsets: Int32Array
  criticalStretches: Float64Array
  adjustedStartUs: Float64Array | null
  maxDepth: number
}

/** Critical segments grouped by span (CSR), so a row finds its stretches without a search. */
export function groupCritical(segments: Float64Array, spanCount: number) {
  const offsets = new Int32Array(spanCount + 1)
  const count = segments.length / 3
  for (let i = 0; i < count; i++) {
    const span = segments[i * 3] ?? 0
    offsets[span + 1] = (offsets[span + 1] ?? 0) + 1
  }
  for (let span = 0; span < spanCount; span++) {
    offsets[span + 1] = (offsets[span + 1] ?? 0) + (offsets[span] ?? 0)
  }
  const cursor = offsets.slice(0, spanCount)
  const stretches = new Float64Array(count * 2)
  for (let i = 0; i < count; i++) {
    const span = segments[i * 3] ?? 0
    const at = (cursor[span] = (cursor[span] ?? 0) + 1) - 1
    stretches[at * 2] = segments[i * 3 + 1] ?? 0
    stretches[at * 2 + 1] = segments[i * 3 + 2] ?? 0
  }
  return { offsets, stretches }
}

export function toTraceModel(view: TraceView): TraceModel {
  const { columns, criticalSegments, adjustedStartUs, spanIds: _spanIds, ...rest } = view
  const displayOrder = int32(columns.displayOrder)
  const displayRow = new Int32Array(view.spanCount)
  for (let row = 0; row < displayOrder.length; row++) displayRow[displayOrder[row] ?? 0] = row
  const depth = int32(columns.depth)
  const critical = groupCritical(float64(criticalSegments), view.spanCount)
  return {
    ...rest,
    serviceIndex: int32(columns.serviceIndex),
    operationIndex: int32(columns.operationIndex),
    startUs: float64(columns.startUs),
    durationUs: float64(columns.durationUs),
    parent: int32(columns.parent),
    flags: uint16(columns.flags),
    depth,
    displayOrder,
    displayRow,
    subtreeSize: int32(columns.subtreeSize),
    selfUs: float64(columns.selfUs),
    criticalUs: float64(columns.criticalUs),
    criticalOffsets: critical.offsets,
    criticalStretches: critical.stretches,
    adjustedStartUs: adjustedStartUs === null ? null : float64(adjustedStartUs),
    maxDepth: depth.reduce((max, value) => Math.max(max, value), 0),
  }
}

export function serviceOf(model: TraceModel, span: number): string {
  return model.services[model.serviceIndex[span] ?? -1] ?? ''
}

export function operationOf(model: TraceModel, span: number): string {
  return model.operations[model.operationIndex[span] ?? -1] ?? ''
}
