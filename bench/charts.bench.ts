// Charts in headless Chromium (issue 8, Performance): a query_range answer of 100 series x 11,000
// points (~37 MB of JSON) and the common 100 x 1,500.
//
// - Baseline, in the page: JSON.parse of Prometheus's answer, conversion to typed arrays, a plain
//   uPlot draw of every point.
// - Ours, from the answer received by the backend to the chart drawn: the backend (Node, off the
//   UI thread) scans the text straight into columns and sends them as base64 Float64 columns; the
//   page parses that envelope, decodes the columns, and draws through the app's own chart core
//   (per-column extremes, lines painted into the plot's pixels). Both sides' time is added;
//   transfer is excluded from both, as the baseline starts from text in memory.
// - Ours is timed until the frame is rendered (the canvas rasterized), not only until our
//   JavaScript returns: a software canvas (no GPU, as here) rasterizes on the UI thread when the
//   frame is painted, and that is where drawing many lines costs. The baseline keeps the issue's
//   definition (a plain uPlot draw, JavaScript only).
// - The longest main-thread block while ours runs (PerformanceObserver "longtask", or our own
//   longest synchronous step when no task passes 50 ms), hover and zoom frame times: from the
//   start of a frame (the input is handled there) to that frame rendered.
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { cpus, loadavg } from 'node:os'
import { build } from 'esbuild'
import { chromium } from 'playwright-core'
import { encodeColumns } from '../electron/backend/handlers/columns-wire'
import { scanMatrixAnswer } from '../shared/domain/prometheus/matrix-scan'
import { rangeAnswerJson } from './prometheus.bench'
import { figure, percentile, type BenchFigure } from './stats'

const SERIES = 100
const START_MS = 1_700_000_000_000
const STEP_MS = 15_000
const RUNS = 3
/**
 * Runs before the counted ones, on both sides. The scan and the line painting are long loops
 * that V8 keeps optimizing for several runs: the 100 x 1,500 scan took 77, 43, 42, 31, 33, 34,
 * 32, 24, then 18 ms from its 9th run on. With one warm-up, as before, the counted runs were the
 * code's 2nd to 4th. An incident in progress has run far more than ten (a health-check pack
 * alone is a query and a small chart per panel, through the same code), so the counted runs are
 * its steady state; a session's very first chart is reported beside them.
 */
const WARM_UP_RUNS = 10
const BASELINE_BUDGET_NOTE = 'ours must not be slower than the baseline measured in the same run'

// The page side, bundled by esbuild from the app's own modules.
const PAGE_ENTRY = `
import uPlot from 'uplot'
import { decodeColumnsWire } from './renderer/src/ui/charts/columns'
import { createTimeSeriesPlot } from './renderer/src/ui/charts/chart-core'
import { columnCapacity, columnGrid, emptySeriesColumns, reduceSeries } from './renderer/src/ui/charts/column-extremes'
import { chartTheme, seriesColor } from './renderer/src/ui/charts/palette'
import { setChartWorkerFactory } from './renderer/src/ui/charts/series-worker-client'
import { UTC_ZONE } from './renderer/src/ui/time'

// The app's bundler finds the chart worker by itself; this page serves it as /series-worker.js.
setChartWorkerFactory(() => new Worker('/series-worker.js'))

const longTasks = []
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) longTasks.push(entry)
}).observe({ type: 'longtask' })

const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0))
// uPlot commits its drawing in a microtask queued during the call that changed it.
const afterCommit = () => new Promise((resolve) => queueMicrotask(() => queueMicrotask(resolve)))
// Work started at the start of a frame (as input is handled), then that frame rendered: the
// rendering steps (style, layout, paint, canvas rasterization) follow the frame's callbacks in
// the same task, so a task queued from there runs once the frame is done.
const frameStart = () => new Promise((resolve) => requestAnimationFrame(() => resolve()))
const afterRender = () => new Promise((resolve) => setTimeout(resolve, 0))
const fetchText = async (url) => {
  const text = await (await fetch(url)).text()
  window.gc?.()
  return text
}

function box() {
  const element = document.createElement('div')
  element.style.width = '1200px'
  document.body.replaceChildren(element)
  return element
}

async function baseline(url) {
  const text = await fetchText(url)
  await nextTask()
  const t0 = performance.now()
  const json = JSON.parse(text)
  const t1 = performance.now()
  const result = json.data.result
  const points = result[0].values.length
  const xs = new Float64Array(points)
  for (let i = 0; i < points; i++) xs[i] = result[0].values[i][0] * 1000
  const ys = result.map((series) => {
    const column = new Float64Array(points)
    for (let i = 0; i < points; i++) column[i] = parseFloat(series.values[i][1])
    return column
  })
  const t2 = performance.now()
  const options = { width: 1200, height: 300, ms: 1, series: [{}, ...ys.map((_, i) => ({ stroke: seriesColor(i) }))] }
  const plot = new uPlot(options, [xs, ...ys], box())
  await afterCommit()
  const t3 = performance.now()
  plot.destroy()
  return { parseMs: t1 - t0, convertMs: t2 - t1, drawMs: t3 - t2, totalMs: t3 - t0 }
}

/**
 * Runs change() at the start of a frame and follows it until its lines are on screen. Returns
 * the UI thread's time in each frame it touched (the frame it was asked in; for a large chart
 * also the frame the worker's lines were put in) and the time until the lines were shown.
 */
async function follow(change) {
  await nextTask()
  await frameStart()
  const t0 = performance.now()
  let drawnAt = 0
  // change() makes the change and returns chartPlot.drawn(), asked before the change.
  const drawn = change().then((startedMs) => {
    drawnAt = performance.now()
    return startedMs
  })
  await afterCommit()
  await afterRender()
  const t1 = performance.now()
  if (drawnAt) return { frames: [t1 - t0], shownMs: t1 - t0 }
  const startedMs = await drawn
  const applyMs = drawnAt - startedMs
  // That frame's rendering (style, layout, paint, canvas) comes at its next frame.
  await frameStart()
  const r0 = performance.now()
  await afterRender()
  const r1 = performance.now()
  return { frames: [t1 - t0, applyMs + (r1 - r0)], shownMs: r1 - t0 }
}

async function ours(url) {
  const text = await fetchText(url)
  await nextTask()
  const t0 = performance.now()
  // What the HTTP bridge's response.json() does with the backend's answer, then the decode.
  const chart = decodeColumnsWire(JSON.parse(text).value.columns)
  const t1 = performance.now()
  // React shows the result in a later task.
  const container = box()
  let chartPlot
  const first = await follow(() => {
    chartPlot = createTimeSeriesPlot({
      container, data: chart, unit: 'none', zone: UTC_ZONE, theme: chartTheme(false), height: 300,
      compact: false, markers: [], hidden: () => new Set(),
    })
    return chartPlot.drawn()
  })
  const t3 = performance.now()
  // Entries arrive later than their task: keep those that started while ours ran.
  await new Promise((resolve) => setTimeout(resolve, 50))
  const ours = longTasks.filter((task) => task.startTime >= t0 - 1 && task.startTime <= t3)
  const longestBlockMs = Math.max(...ours.map((task) => task.duration), t1 - t0, ...first.frames)
  const frames = await interact(chartPlot, chart)
  chartPlot.destroy()
  return {
    parseDecodeMs: t1 - t0, drawMs: first.shownMs, rendererMs: t1 - t0 + first.shownMs,
    longestBlockMs, ...frames,
  }
}

/** Hover: a mouse pass over the plot; zoom: what a drag-select does. Frame times, in ms. */
async function interact(chartPlot, chart) {
  const { plot } = chartPlot
  const rect = plot.over.getBoundingClientRect()
  const hover = []
  for (let i = 0; i < 80; i++) {
    const event = { clientX: rect.left + ((i + 0.5) / 80) * rect.width, clientY: rect.top + rect.height / 2, bubbles: true }
    await frameStart()
    const t0 = performance.now()
    plot.over.dispatchEvent(new MouseEvent('mousemove', event))
    await afterCommit()
    await afterRender()
    hover.push(performance.now() - t0)
  }
  const zoom = []
  const zoomShown = []
  const reduce = []
  const first = chart.timestampsMs[0]
  const span = chart.timestampsMs[chart.timestampsMs.length - 1] - first
  for (const [from, to] of [[0.1, 0.9], [0.2, 0.5], [0.3, 0.35], [0, 1], [0.5, 0.9], [0.05, 0.95]]) {
    const [minMs, maxMs] = [first + from * span, first + to * span]
    // The decimation alone, as drawing a zoom does it (in the worker for this chart).
    const s0 = performance.now()
    const grid = columnGrid(chart.timestampsMs, minMs, maxMs, plot.bbox.width)
    for (const series of chart.series) reduceSeries(series.values, grid, emptySeriesColumns(columnCapacity(grid)))
    reduce.push(performance.now() - s0)
    const result = await follow(() => {
      const drawn = chartPlot.drawn()
      chartPlot.zoomTo(minMs, maxMs)
      return drawn
    })
    zoom.push(...result.frames)
    zoomShown.push(result.shownMs)
  }
  return { hover, zoom, zoomShown, reduce }
}

window.runChartBench = async (which, url) => (which === 'baseline' ? baseline(url) : ours(url))
`

/** The page, or (given `entryPoint`) the chart worker, bundled from the app's own modules. */
async function bundle(entryPoint?: string): Promise<string> {
  const result = await build({
    ...(entryPoint
      ? { entryPoints: [entryPoint] }
      : { stdin: { contents: PAGE_ENTRY, resolveDir: process.cwd(), loader: 'ts' as const } }),
    bundle: true,
    write: false,
    format: 'iife',
    outdir: 'bench-out',
    loader: { '.module.css': 'local-css', '.css': 'css' },
    logLevel: 'silent',
  })
  const js = result.outputFiles.find((file) => file.path.endsWith('.js'))
  if (!js) throw new Error('esbuild produced no JavaScript for the chart bench page')
  return js.text
}

/** What the backend does with Prometheus's answer: text to columns to the bridge's JSON. */
function backendAnswer(prometheusJson: string, points: number) {
  const grid = { startMs: START_MS, endMs: START_MS + (points - 1) * STEP_MS, stepMs: STEP_MS }
  const samples: number[] = []
  let text = ''
  for (let run = 0; run < WARM_UP_RUNS + RUNS; run++) {
    const t0 = performance.now()
    const scanned = scanMatrixAnswer(prometheusJson, { grid, maxSeries: 200 })
    if (!scanned) throw new Error('the bench answer did not take the fast path')
    const value = {
      sourceName: 'bench',
      query: 'q',
      ...grid,
      columns: encodeColumns(scanned.matrix),
      warnings: [],
    }
    text = JSON.stringify({ ok: true, value })
    samples.push(performance.now() - t0)
  }
  return {
    text,
    backendMs: median(samples.slice(WARM_UP_RUNS)),
    firstRunMs: samples[0] ?? Number.NaN,
  }
}

function median(samples: number[]): number {
  return percentile(
    [...samples].sort((a, b) => a - b),
    50,
  )
}

async function serve(files: Record<string, string>): Promise<{ server: Server; base: string }> {
  const server = createServer((req, res) => {
    const body = files[req.url ?? '']
    res.writeHead(body === undefined ? 404 : 200, {
      'content-type': req.url?.endsWith('.js')
        ? 'text/javascript'
        : req.url === '/'
          ? 'text/html'
          : 'application/json',
    })
    res.end(body ?? 'not found')
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return { server, base: `http://127.0.0.1:${(server.address() as AddressInfo).port}` }
}

interface OursRun {
  parseDecodeMs: number
  drawMs: number
  rendererMs: number
  longestBlockMs: number
  hover: number[]
  zoom: number[]
  zoomShown: number[]
  reduce: number[]
}

type BaselineRun = Record<'parseMs' | 'convertMs' | 'drawMs' | 'totalMs', number>

export async function benchCharts(): Promise<BenchFigure[]> {
  const files: Record<string, string> = {
    '/': '<!doctype html><html><body style="margin:0"><script src="/page.js"></script></body></html>',
    '/page.js': await bundle(),
    '/series-worker.js': await bundle('renderer/src/ui/charts/series-worker.ts'),
  }
  const backend: Record<number, number> = {}
  const backendFirst: Record<number, number> = {}
  // The common case first, so its first run is a session's first chart (nothing warmed up yet).
  for (const points of [1_500, 11_000]) {
    const prometheus = rangeAnswerJson(SERIES, points)
    const answer = backendAnswer(prometheus, points)
    files[`/prometheus-${points}.json`] = prometheus
    files[`/bridge-${points}.json`] = answer.text
    backend[points] = answer.backendMs
    backendFirst[points] = answer.firstRunMs
  }
  const { server, base } = await serve(files)
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-timer-throttling',
      '--js-flags=--expose-gc',
    ],
  })
  try {
    // One page per case, warmed up by runs that are not counted (steady state, as in a
    // session that has drawn charts before); a collection before each run keeps one run's
    // garbage (37 MB of parsed JSON) out of the next one's timings.
    const firstRuns = new Map<string, unknown>()
    const measure = async <T>(which: string, url: string): Promise<T[]> => {
      const page = await browser.newPage({ viewport: { width: 1300, height: 900 } })
      try {
        await page.goto(base)
        const runs: T[] = []
        for (let index = 0; index < WARM_UP_RUNS + RUNS; index++) {
          const result = await page.evaluate(
            ([w, u]) =>
              (window as unknown as Record<string, (a: string, b: string) => Promise<T>>)
                .runChartBench!(w!, u!),
            [which, url],
          )
          if (index === 0) firstRuns.set(url, result)
          if (index >= WARM_UP_RUNS) runs.push(result)
        }
        return runs
      } finally {
        await page.close()
      }
    }
    const baselines = await measure<BaselineRun>('baseline', `${base}/prometheus-11000.json`)
    const big = await measure<OursRun>('ours', `${base}/bridge-11000.json`)
    const common = await measure<OursRun>('ours', `${base}/bridge-1500.json`)
    const firstCommon = firstRuns.get(`${base}/bridge-1500.json`) as OursRun | undefined
    const firstChartMs =
      (backendFirst[1_500] ?? Number.NaN) + (firstCommon?.rendererMs ?? Number.NaN)
    return [...report(baselines, big, common, backend), firstChartFigure(firstChartMs)]
  } finally {
    await browser.close()
    await new Promise((resolve) => server.close(resolve))
  }
}

/** The same chart as a session's first: backend and page code not optimized yet. */
function firstChartFigure(ms: number): BenchFigure {
  return figure('charts.ours.100x1500.firstChartOfSessionMs', ms, 'ms')
}

function report(
  baselines: BaselineRun[],
  big: OursRun[],
  common: OursRun[],
  backend: Record<number, number>,
): BenchFigure[] {
  const of = <T>(runs: T[], pick: (run: T) => number) => median(runs.map(pick))
  const baselineTotal = of(baselines, (r) => r.totalMs)
  const bigTotal = (backend[11_000] ?? 0) + of(big, (r) => r.rendererMs)
  const commonTotal = (backend[1_500] ?? 0) + of(common, (r) => r.rendererMs)
  const frames = (pick: (run: OursRun) => number[], p = 95) =>
    percentile(
      [...big.flatMap(pick)].sort((a, b) => a - b),
      p,
    )
  console.log(
    `charts: ${BASELINE_BUDGET_NOTE}; medians of ${RUNS} runs after ${WARM_UP_RUNS} warm-up runs in headless Chromium; load average ${loadavg()[0]?.toFixed(1)} on ${cpus().length} CPUs`,
  )
  return [
    figure(
      'charts.baseline.100x11000.parseMs',
      of(baselines, (r) => r.parseMs),
      'ms',
    ),
    figure(
      'charts.baseline.100x11000.convertMs',
      of(baselines, (r) => r.convertMs),
      'ms',
    ),
    figure(
      'charts.baseline.100x11000.drawMs',
      of(baselines, (r) => r.drawMs),
      'ms',
    ),
    figure('charts.baseline.100x11000.totalMs', baselineTotal, 'ms'),
    figure('charts.ours.100x11000.backendMs', backend[11_000] ?? 0, 'ms'),
    figure(
      'charts.ours.100x11000.parseDecodeMs',
      of(big, (r) => r.parseDecodeMs),
      'ms',
    ),
    figure(
      'charts.ours.100x11000.drawMs',
      of(big, (r) => r.drawMs),
      'ms',
    ),
    figure('charts.ours.100x11000.answerToDrawnMs', bigTotal, 'ms', baselineTotal),
    figure(
      'charts.ours.100x11000.longestMainThreadBlockMs',
      Math.max(...big.map((r) => r.longestBlockMs)),
      'ms',
      100,
    ),
    figure('charts.ours.100x1500.backendMs', backend[1_500] ?? 0, 'ms'),
    figure(
      'charts.ours.100x1500.rendererMs',
      of(common, (r) => r.rendererMs),
      'ms',
    ),
    figure('charts.ours.100x1500.answerToDrawnMs', commonTotal, 'ms', 100),
    // This chart's first frame is drawn on the UI thread (see line-source.ts): how long it blocks.
    figure(
      'charts.ours.100x1500.longestMainThreadBlockMs',
      Math.max(...common.map((r) => r.longestBlockMs)),
      'ms',
    ),
    figure(
      'charts.ours.100x11000.hoverFrameP95Ms',
      frames((r) => r.hover),
      'ms',
      16,
    ),
    figure(
      'charts.ours.100x11000.zoomFrameP95Ms',
      frames((r) => r.zoom),
      'ms',
      16,
    ),
    figure(
      'charts.ours.100x11000.zoomFrameMedianMs',
      frames((r) => r.zoom, 50),
      'ms',
    ),
    figure(
      'charts.ours.100x11000.zoomToLinesShownP95Ms',
      frames((r) => r.zoomShown),
      'ms',
    ),
    figure(
      'charts.ours.100x11000.zoomToLinesShownMedianMs',
      frames((r) => r.zoomShown, 50),
      'ms',
    ),
    figure(
      'charts.ours.100x11000.hoverFrameMedianMs',
      frames((r) => r.hover, 50),
      'ms',
    ),
    figure(
      'charts.ours.100x11000.zoomDecimationP95Ms',
      frames((r) => r.reduce),
      'ms',
    ),
    figure('charts.ours.100x11000.drawBestMs', Math.min(...big.map((r) => r.drawMs)), 'ms'),
    figure(
      'charts.baseline.100x11000.totalBestMs',
      Math.min(...baselines.map((r) => r.totalMs)),
      'ms',
    ),
  ]
}

if (process.argv[1]?.endsWith('charts.bench.ts')) {
  for (const result of await benchCharts()) console.log(JSON.stringify(result))
}
