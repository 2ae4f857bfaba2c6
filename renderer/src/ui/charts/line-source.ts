// Where a chart's lines come from: drawn on the page for small charts (a millisecond or two), or
// by the chart worker for large ones, so the UI thread only copies the finished pixels in (a
// mid-sized chart's first frame excepted, see FIRST_FRAME_ON_PAGE_WORK).
import type { ChartData } from './columns'
import { LineRenderer, sameLines, type LineRequest } from './line-renderer'
import { openChartWorker, type ChartWorkerHandle } from './series-worker-client'
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

/** Lines drawn by the chart worker, kept for the last few views. */
class WorkerLines implements LineSource {
  private readonly kept: DrawnLines[] = []
  /** Drops out once used: its reduced columns and frame are only needed for that one frame. */
  private firstFrame: LineSource | undefined
  private inFlight: LineRequest | undefined
  private queued: LineRequest | undefined
  private ticket = 0
  /** The page's own drawing, once the worker failed or could not start. */
  private fallback: LineSource | undefined
  private handle: ChartWorkerHandle | undefined

  constructor(
    private readonly data: ChartData,
    private readonly onReady: OnReady,
    firstOnPage: boolean,
  ) {
    this.firstFrame = firstOnPage ? pageSource(data) : undefined
  }

  /** Hands the samples to the worker; false where no worker can run. */
  open(): boolean {
    const values = this.data.series.map((series) => series.values)
    this.handle ??= openChartWorker(this.data.timestampsMs, values, (reply) => this.onReply(reply))
    return this.handle !== undefined
  }

  get immediate(): boolean {
    return this.fallback !== undefined
  }

  get(request: LineRequest): DrawnLines | undefined {
    if (this.fallback) return this.fallback.get(request)
    const found = this.kept.find((lines) => sameLines(lines.request, request))
    if (found || !this.firstFrame || this.inFlight) return found
    const drawn = this.firstFrame.get(request)
    this.firstFrame = undefined
    if (drawn) this.kept.unshift(drawn)
    return drawn
  }

  latest(): DrawnLines | undefined {
    return this.fallback?.latest() ?? this.kept[0]
  }

  want(request: LineRequest): void {
    if (this.fallback) return this.fallback.want(request)
    if (this.get(request) || sameLines(this.inFlight, request)) return
    if (this.inFlight) this.queued = request
    else this.send(request)
  }

  destroy(): void {
    this.handle?.drop()
  }

  private send(request: LineRequest) {
    if (this.open()) {
      this.inFlight = request
      this.handle?.draw(++this.ticket, request)
      return
    }
    // No worker after all: drawn on the page, as when the worker fails (after this draw).
    this.fallback = pageSource(this.data)
    queueMicrotask(() => this.onReady(request, performance.now()))
  }

  private onReply(reply: ChartWorkerReply) {
    const startedMs = performance.now()
    if (reply.kind === 'failed') {
      // Drawn on the page from now on: the same lines, only on the UI thread.
      this.fallback = pageSource(this.data)
      const request = this.queued ?? this.inFlight
      this.inFlight = this.queued = undefined
      if (request) this.onReady(request, startedMs)
      return
    }
    const { request, pixels } = reply
    const image = canvasOf(new Uint8ClampedArray(pixels), request.width, request.height)
    this.kept.unshift({ request, image })
    this.kept.length = Math.min(this.kept.length, KEPT_FRAMES)
    this.inFlight = undefined
    if (this.queued) this.send(this.queued)
    this.queued = undefined
    this.onReady(request, startedMs)
  }
}

function workerSource(data: ChartData, onReady: OnReady, firstOnPage: boolean) {
  const lines = new WorkerLines(data, onReady, firstOnPage)
  // A first frame drawn on the page needs no samples in the worker: they go with the next view.
  return firstOnPage || lines.open() ? lines : undefined
}

export function createLineSource(data: ChartData, onReady: OnReady): LineSource {
  const work = data.series.length * (data.timestampsMs.length + 1000)
  const firstOnPage = work <= FIRST_FRAME_ON_PAGE_WORK
  return (work > WORKER_WORK && workerSource(data, onReady, firstOnPage)) || pageSource(data)
}
