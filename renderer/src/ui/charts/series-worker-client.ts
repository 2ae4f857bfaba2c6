// One chart worker shared by every large chart on the page, started on first use.
import type { ChartWorkerReply, ChartWorkerRequest } from './series-worker-protocol'

type WorkerFactory = () => Worker

const defaultFactory: WorkerFactory = () =>
  new Worker(new URL('./series-worker.ts', import.meta.url), { type: 'module' })

let factory: WorkerFactory = defaultFactory
let worker: Worker | undefined
let unavailable = false
let nextChart = 1
const listeners = new Map<number, (reply: ChartWorkerReply) => void>()

/** For bundles that serve the worker script themselves (the chart benchmark). */
export function setChartWorkerFactory(next: WorkerFactory | undefined): void {
  factory = next ?? defaultFactory
  unavailable = false
}

function failAll(message: string) {
  unavailable = true
  worker = undefined
  for (const [chart, listener] of listeners)
    listener({ kind: 'failed', chart, ticket: -1, message })
}

function sharedWorker(): Worker | undefined {
  if (worker || unavailable) return worker
  try {
    const started = factory()
    started.onmessage = (event: MessageEvent<ChartWorkerReply>) =>
      listeners.get(event.data.chart)?.(event.data)
    // A worker whose script cannot load (no Worker, or refused) leaves charts on the page's
    // own drawing, which is the same code.
    started.onerror = () => failAll('the chart worker could not start')
    worker = started
  } catch {
    unavailable = true
  }
  return worker
}

export interface ChartWorkerHandle {
  draw(ticket: number, request: Extract<ChartWorkerRequest, { kind: 'draw' }>['request']): void
  drop(): void
}

/** Hands a chart's samples (copied) to the worker; undefined where no worker can run. */
export function openChartWorker(
  timestampsMs: Float64Array,
  series: readonly Float64Array[],
  onReply: (reply: ChartWorkerReply) => void,
): ChartWorkerHandle | undefined {
  const target = sharedWorker()
  if (!target) return undefined
  const chart = nextChart++
  const points = timestampsMs.length
  const values = new Float64Array(points * series.length)
  series.forEach((column, index) => values.set(column.subarray(0, points), index * points))
  const times = timestampsMs.slice()
  listeners.set(chart, onReply)
  const send = (message: ChartWorkerRequest, transfer: Transferable[] = []) =>
    target.postMessage(message, transfer)
  send({ kind: 'load', chart, timestampsMs: times, values, points }, [times.buffer, values.buffer])
  return {
    draw: (ticket, request) => send({ kind: 'draw', chart, ticket, request }),
    drop: () => {
      listeners.delete(chart)
      send({ kind: 'drop', chart })
    },
  }
}
