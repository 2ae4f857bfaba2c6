// Where a chart's lines come from: drawn on the page for small charts (a millisecond or two), or
// by the chart worker for large ones, so the UI thread only copies the finished pixels in (a
// mid-sized chart's first frame excepted, see FIRST_FRAME_ON_PAGE_WORK).
import type { ChartData } from './columns'
import { LineRenderer, sameLines, type LineRequest } from './line-renderer'
import { openChartWorker } from './series-worker-client'
import type { ChartWorkerReply } from './series-worker-protocol'

export interface DrawnLines {
  request: LineRequest
  image: OffscreenCanvas | HTMLCanvasElement
}

export interface LineSource {
  /** Draws on the page, at once: nothing to wait for. */
  readonly immediate: boolean
  /** The lines for `request` if they are drawn; the page source draws them now. */
  get(request: LineRequest): DrawnLines | undefined
  /** The latest lines of any view, shown rescaled while the exact ones are being drawn. */
  latest(): DrawnLines | undefined
  /** Asks for `request`; `onReady` follows once it is drawn. */
  want(request: LineRequest): void
  destroy(): void
}

type OnReady = (request: LineRequest, startedMs: number) => void

/**
 * Above this, the lines are drawn in the worker: the work grows with the samples read and with
 * the columns painted per series (about a thousand).
 */
const WORKER_WORK = 200_000
/**
 * Up to this, a worker-drawn chart still draws its first frame on the page: 100 series x 1,500
 * points take 20 to 40 ms there once the code is warm, and waiting for the worker's answer and
 * then for the next frame to show it cost 10 to 15 ms more. Zooms and the rest go to the worker.
 */
const FIRST_FRAME_ON_PAGE_WORK = 300_000
const KEPT_FRAMES = 3

function canvasOf(pixels: Uint8ClampedArray<ArrayBuffer>, width: number, height: number) {
  const image =
    typeof OffscreenCanvas === 'function'
      ? new OffscreenCanvas(width, height)
      : Object.assign(document.createElement('canvas'), { width, height })
  const context = image.getContext('2d') as
    OffscreenCanvasRenderingContext2D | CanvasRenderingContext2D | null
  context?.putImageData(new ImageData(pixels, width, height), 0, 0)
  return image
}

function pageSource(data: ChartData): LineSource {
  const renderer = new LineRenderer(
    data.timestampsMs,
    data.series.map((series) => series.values),
  )
  let last: DrawnLines | undefined
  const get = (request: LineRequest) => {
    if (sameLines(last?.request, request)) return last
    const frame = renderer.render(request)
    last = { request, image: canvasOf(frame.bytes, frame.width, frame.height) }
    return last
  }
  return {
    immediate: true,
    get,
    latest: () => last,
    want: (request) => void get(request),
    destroy: () => {},
  }
}

function workerSource(
  data: ChartData,
  onReady: OnReady,
  firstOnPage: boolean,
): LineSource | undefined {
  const kept: DrawnLines[] = []
  // Dropped once used: its reduced columns and frame are only needed for that one frame.
  let firstFrame = firstOnPage ? pageSource(data) : undefined
  let inFlight: LineRequest | undefined
  let queued: LineRequest | undefined
  let ticket = 0
  let fallback: LineSource | undefined
  const send = (request: LineRequest) => {
    inFlight = request
    handle?.draw(++ticket, request)
  }
  const onReply = (reply: ChartWorkerReply) => {
    const startedMs = performance.now()
    if (reply.kind === 'failed') {
      // Drawn on the page from now on: the same lines, only on the UI thread.
      fallback = pageSource(data)
      const request = queued ?? inFlight
      inFlight = queued = undefined
      if (request) onReady(request, startedMs)
      return
    }
    const { request, pixels } = reply
    kept.unshift({
      request,
      image: canvasOf(new Uint8ClampedArray(pixels), request.width, request.height),
    })
    kept.length = Math.min(kept.length, KEPT_FRAMES)
    inFlight = undefined
    if (queued) send(queued)
    queued = undefined
    onReady(request, startedMs)
  }
  const handle = openChartWorker(
    data.timestampsMs,
    data.series.map((series) => series.values),
    onReply,
  )
  if (!handle) return undefined
  const get = (request: LineRequest) => {
    if (fallback) return fallback.get(request)
    const found = kept.find((lines) => sameLines(lines.request, request))
    if (found || !firstFrame || inFlight) return found
    const drawn = firstFrame.get(request)
    firstFrame = undefined
    if (drawn) kept.unshift(drawn)
    return drawn
  }
  return {
    get immediate() {
      return fallback !== undefined
    },
    get,
    latest: () => fallback?.latest() ?? kept[0],
    want: (request) => {
      if (fallback) return fallback.want(request)
      if (get(request) || sameLines(inFlight, request)) return
      if (inFlight) queued = request
      else send(request)
    },
    destroy: () => handle.drop(),
  }
}

export function createLineSource(data: ChartData, onReady: OnReady): LineSource {
  const work = data.series.length * (data.timestampsMs.length + 1000)
  const firstOnPage = work <= FIRST_FRAME_ON_PAGE_WORK
  return (work > WORKER_WORK && workerSource(data, onReady, firstOnPage)) || pageSource(data)
}
