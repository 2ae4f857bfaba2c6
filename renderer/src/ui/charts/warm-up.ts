// Draws a few made-up charts off screen while the app is idle after start, so a session's first
// real chart does not run cold code. That chart used to pay for the chart code's first run (its
// functions compiled, the canvas and its fonts set up) and for loops V8 had not optimized yet:
// 100 series x 1,500 points took 160-200 ms on the page, against 45-60 ms from the third chart
// on (bench/charts.bench.ts reports both). Each made-up chart is drawn and removed within one
// task, in its own idle moment, and the warm-up stops as soon as a real chart has been made.
import { displayZone } from '../time'
import { chartsCreated, createTimeSeriesPlot } from './chart-core'
import type { ChartData } from './columns'
import { chartTheme } from './palette'

/**
 * Series x points of each made-up chart: a tiny one first, which pays the one-time set-up alone,
 * then a fifth of the common chart a few times, then a hundred series with enough points for a
 * big chart's first frame (see line-source.ts): the common chart's own first frame then took
 * 46-64 ms instead of 60-83 ms. Each takes an idle moment of 30 to 100 ms.
 */
export const CHART_WARM_UP: readonly (readonly [number, number])[] = [
  [3, 60],
  [10, 1500],
  [20, 1500],
  [20, 1500],
  [20, 1500],
  [100, 1100],
]

/** The performance mark set once the warm-up is over, with how many charts it drew. */
export const CHARTS_WARMED_UP_MARK = 'firebreak:charts-warmed-up'

const START_MS = 1_700_000_000_000
const STEP_MS = 15_000

/** Lines with gaps, some smooth and some all noise, like a busy service's request rates. */
export function madeUpChartData(series: number, points: number): ChartData {
  const timestampsMs = Float64Array.from(
    { length: points },
    (_, point) => START_MS + point * STEP_MS,
  )
  let state = 2026
  const make = (index: number) => {
    const values = new Float64Array(points)
    for (let point = 0; point < points; point++) {
      state = (state * 1_103_515_245 + 12_345) % 2_147_483_648
      const noise = state / 2_147_483_648
      // Every other series is pure noise, so the painting meets both short and tall runs.
      const wave = index % 2 ? 50 + 40 * Math.sin(point / 60 + index) + 10 * noise : 100 * noise
      values[point] = point % 397 === 396 ? NaN : wave
    }
    return { labels: { series: String(index) }, name: `warm-up ${index}`, values }
  }
  const all = Array.from({ length: series }, (_, index) => make(index))
  return { timestampsMs, series: all, droppedSeries: 0, histogramSeries: 0 }
}

/** Draws `data` in a box off screen, rasterized, then removes it; done within the current task. */
export async function drawOffScreen(data: ChartData): Promise<void> {
  const container = document.createElement('div')
  container.setAttribute('aria-hidden', 'true')
  container.inert = true
  container.style.cssText = 'position:fixed;left:-10000px;top:0;width:1200px;pointer-events:none'
  document.body.append(container)
  const chart = createTimeSeriesPlot({
    container,
    data,
    unit: 'none',
    zone: displayZone('local'),
    theme: chartTheme(false),
    height: 300,
    compact: false,
    markers: [],
    hidden: () => new Set(),
  })
  try {
    // uPlot draws in a microtask its constructor queued, lines included (on the page at this
    // size); the second promise only makes sure the box is removed should no lines come.
    await Promise.race([chart.drawn(), Promise.resolve().then(() => Promise.resolve())])
    // Reading a pixel makes the canvas rasterize now, as showing it would.
    chart.plot.ctx.getImageData(0, 0, 1, 1)
  } finally {
    chart.destroy()
    container.remove()
  }
}

export interface WarmUpDeps {
  /** Resolves in the page's next idle moment. */
  idle: () => Promise<void>
  draw: (data: ChartData) => Promise<void>
  /** Every chart made so far, the warm-up's own included. */
  chartsCreated: () => number
}

const idleMoment = () =>
  new Promise<void>((resolve) => requestIdleCallback(() => resolve(), { timeout: 10_000 }))

/** Draws the made-up charts, one per idle moment; how many it drew. */
export async function warmUpCharts(
  deps: WarmUpDeps = { idle: idleMoment, draw: drawOffScreen, chartsCreated },
): Promise<number> {
  let drawn = 0
  const before = deps.chartsCreated()
  for (const [series, points] of CHART_WARM_UP) {
    await deps.idle()
    // A real chart is being drawn: that warms the code better than a made-up one.
    if (deps.chartsCreated() > before + drawn) break
    try {
      await deps.draw(madeUpChartData(series, points))
    } catch {
      // A warm-up that fails only leaves the first chart as slow as it would have been.
      break
    }
    drawn++
  }
  performance.mark(CHARTS_WARMED_UP_MARK, { detail: { charts: drawn } })
  return drawn
}
