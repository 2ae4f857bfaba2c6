// Messages between the page and the chart worker (series-worker.ts).
import type { LineRequest } from './line-renderer'

export type ChartWorkerRequest =
  | {
      kind: 'load'
      chart: number
      timestampsMs: Float64Array
      /** Every series' values one after the other, `points` each. */
      values: Float64Array
      points: number
    }
  | { kind: 'draw'; chart: number; ticket: number; request: LineRequest }
  | { kind: 'drop'; chart: number }

export type ChartWorkerReply =
  | {
      kind: 'drawn'
      chart: number
      ticket: number
      request: LineRequest
      /** The frame's RGBA bytes (straight alpha), width x height. */
      pixels: ArrayBuffer
    }
  | { kind: 'failed'; chart: number; ticket: number; message: string }
