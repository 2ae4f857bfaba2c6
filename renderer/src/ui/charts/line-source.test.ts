import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import type { ChartData } from './columns'
import type { LineRequest } from './line-renderer'
import { createLineSource } from './line-source'
import { setChartWorkerFactory } from './series-worker-client'
import type { ChartWorkerReply, ChartWorkerRequest } from './series-worker-protocol'

/** The chart worker as the page sees it: what it was sent, and a way to answer. */
const posted: ChartWorkerRequest[] = []
const worker = {
  onmessage: null as ((event: MessageEvent<ChartWorkerReply>) => void) | null,
  onerror: null,
  postMessage: (message: ChartWorkerRequest) => posted.push(message),
}

function answer(request: LineRequest) {
  const load = posted.find((message) => message.kind === 'load')
  const draw = posted.findLast((message) => message.kind === 'draw')
  const pixels = new ArrayBuffer(request.width * request.height * 4)
  const reply = {
    kind: 'drawn',
    chart: load?.chart ?? 0,
    ticket: draw?.ticket ?? 0,
    request,
    pixels,
  }
  worker.onmessage?.({ data: reply } as MessageEvent<ChartWorkerReply>)
}

beforeAll(() => {
  // Node has no canvas: the lines' pixels go into a stand-in that keeps nothing.
  vi.stubGlobal(
    'OffscreenCanvas',
    class {
      getContext = () => ({ putImageData: () => {} })
    },
  )
  vi.stubGlobal('ImageData', class {})
  setChartWorkerFactory(() => worker as unknown as Worker)
})

afterAll(() => {
  vi.unstubAllGlobals()
  setChartWorkerFactory(undefined)
})

function chart(series: number, points: number): ChartData {
  return {
    timestampsMs: Float64Array.from({ length: points }, (_, index) => index * 15_000),
    series: Array.from({ length: series }, (_, index) => ({
      labels: {},
      name: `s${index}`,
      values: Float64Array.from({ length: points }, (_, at) => Math.sin(at / 10) * 100 + index),
    })),
    droppedSeries: 0,
    histogramSeries: 0,
  }
}

function view(data: ChartData, from: number, to: number): LineRequest {
  const last = data.timestampsMs[data.timestampsMs.length - 1] ?? 0
  return {
    minMs: from * last,
    maxMs: to * last,
    yMin: -150,
    yMax: 250,
    width: 300,
    height: 100,
    offsetX: 0,
    offsetY: 0,
    plotHeight: 100,
    lineWidth: 1.5,
    hidden: [],
  }
}

describe('line source', () => {
  it('draws the first view of a 100 x 1,500 chart at once, and later views in the worker', () => {
    posted.length = 0
    const data = chart(100, 1_500)
    const ready: LineRequest[] = []
    const source = createLineSource(data, (request) => ready.push(request))
    const whole = view(data, 0, 1)
    expect(source.get(whole)?.request).toEqual(whole)
    // Nothing sent yet: the samples go to the worker with the first view it has to draw.
    expect(posted).toEqual([])

    const zoomed = view(data, 0.2, 0.5)
    source.want(zoomed)
    expect(posted.map((message) => message.kind)).toEqual(['load', 'draw'])
    expect(source.get(zoomed)).toBeUndefined()
    answer(zoomed)
    expect(ready).toEqual([zoomed])
    expect(source.get(zoomed)?.request).toEqual(zoomed)
    // The first frame is still there to go back to.
    expect(source.get(whole)?.request).toEqual(whole)
  })

  it('leaves even the first view of a 100 x 11,000 chart to the worker', () => {
    posted.length = 0
    const data = chart(100, 11_000)
    const source = createLineSource(data, () => {})
    const whole = view(data, 0, 1)
    expect(source.get(whole)).toBeUndefined()
    source.want(whole)
    expect(posted.map((message) => message.kind)).toEqual(['load', 'draw'])
  })

  it('draws small charts on the page, without the worker', () => {
    posted.length = 0
    const data = chart(5, 300)
    const source = createLineSource(data, () => {})
    expect(source.immediate).toBe(true)
    expect(source.get(view(data, 0.1, 0.9))).toBeDefined()
    expect(posted).toEqual([])
  })

  it('draws a later view on the page when no worker can start', async () => {
    // A fresh copy of the modules, whose shared worker was never started.
    vi.resetModules()
    const client = await import('./series-worker-client')
    const { createLineSource: createFresh } = await import('./line-source')
    client.setChartWorkerFactory(() => {
      throw new Error('workers are not allowed here')
    })
    const data = chart(100, 1_500)
    const ready: LineRequest[] = []
    const source = createFresh(data, (request) => ready.push(request))
    expect(source.get(view(data, 0, 1))).toBeDefined()
    const zoomed = view(data, 0.2, 0.5)
    source.want(zoomed)
    await Promise.resolve()
    expect(ready).toEqual([zoomed])
    expect(source.immediate).toBe(true)
    expect(source.get(zoomed)?.request).toEqual(zoomed)
  })
})
