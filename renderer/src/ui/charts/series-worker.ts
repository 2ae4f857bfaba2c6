// The chart worker: keeps the samples of large charts and draws their lines off the UI thread,
// so reducing a million samples and painting a hundred series never blocks a frame.
import { LineRenderer } from './line-renderer'
import type { ChartWorkerReply, ChartWorkerRequest } from './series-worker-protocol'

const charts = new Map<number, LineRenderer>()

function load(message: Extract<ChartWorkerRequest, { kind: 'load' }>) {
  const { timestampsMs, values, points } = message
  const count = points > 0 ? values.length / points : 0
  const series = Array.from({ length: count }, (_, index) =>
    values.subarray(index * points, (index + 1) * points),
  )
  charts.set(message.chart, new LineRenderer(timestampsMs, series))
}

function reply(message: ChartWorkerReply, transfer: Transferable[] = []) {
  self.postMessage(message, { transfer })
}

self.onmessage = (event: MessageEvent<ChartWorkerRequest>) => {
  const message = event.data
  if (message.kind === 'load') return load(message)
  if (message.kind === 'drop') return void charts.delete(message.chart)
  const { chart, ticket, request } = message
  try {
    const renderer = charts.get(chart)
    if (!renderer) throw new Error('the chart worker no longer holds this chart')
    // A fresh frame each time: its buffer goes to the page.
    const pixels = renderer.render(request, true).bytes.buffer
    reply({ kind: 'drawn', chart, ticket, request, pixels }, [pixels])
  } catch (error) {
    reply({ kind: 'failed', chart, ticket, message: String(error) })
  }
}
