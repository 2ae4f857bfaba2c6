// The chart bench's page side (see charts.bench.ts), bundled by esbuild from the app's own
// modules: imports resolve from the project folder, as esbuild is given it as resolveDir.
export const PAGE_ENTRY = `
import uPlot from 'uplot'
import { decodeColumnsWire } from './renderer/src/ui/charts/columns'
import { createTimeSeriesPlot } from './renderer/src/ui/charts/chart-core'
import { columnCapacity, columnGrid, emptySeriesColumns, reduceSeries } from './renderer/src/ui/charts/column-extremes'
import { chartTheme, seriesColor } from './renderer/src/ui/charts/palette'
import { setChartWorkerFactory } from './renderer/src/ui/charts/series-worker-client'
import { UTC_ZONE } from './renderer/src/ui/time'
import { warmUpCharts } from './renderer/src/ui/charts/warm-up'

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

// What the app runs while idle after start (see App.tsx), for a session's first chart after it.
window.warmUpCharts = () => warmUpCharts()
window.runChartBench = async (which, url) => (which === 'baseline' ? baseline(url) : ours(url))
`
