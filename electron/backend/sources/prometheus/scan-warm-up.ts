// Scans a few made-up range answers while the app is idle after start, so a session's first real
// chart does not run cold code. V8 optimizes the scan's per-sample loops only once they have run
// a while: a session's first 100 x 1,500 answer took 75-80 ms to scan and encode, later ones
// 35-45 ms (bench/charts.bench.ts reports both). Each made-up answer takes 6-12 ms to scan
// (the first 30-45 ms) in its own turn of the event loop, so a bridge call waits for one at most.
import type { RangeGrid } from '../../../../shared/domain/prometheus/columnar'
import { scanMatrixAnswer } from '../../../../shared/domain/prometheus/matrix-scan'
import { encodeColumns } from '../../handlers/columns-wire'

/** Long enough after opening for the first screen's calls and the integrity check to be done. */
export const SCAN_WARM_UP_DELAY_MS = 3000
/** Series x points of each made-up answer; a fifth of the common chart each. */
export const SCAN_WARM_UP_ANSWERS: readonly (readonly [number, number])[] = Array.from(
  { length: 5 },
  () => [20, 1500] as const,
)

const START_S = 1_700_000_000
const STEP_S = 15

/**
 * A query_range answer as Prometheus writes it: whole-second times, and values in the shortest
 * form Go prints, mostly 16-17 digit fractions with a few whole numbers and NaN gaps among them.
 */
export function madeUpMatrixAnswer(series: number, points: number) {
  let state = 2026
  const value = (point: number) => {
    if (point % 397 === 396) return 'NaN'
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648
    return point % 10 === 0 ? String(state % 1000) : String((state / 2_147_483_648) * 1000)
  }
  const result = Array.from({ length: series }, (_, index) => {
    const samples = Array.from(
      { length: points },
      (_, point) => `[${START_S + point * STEP_S},"${value(point)}"]`,
    )
    const metric = `{"__name__":"warm_up","instance":"10.0.0.${index}:9100","job":"warm-up"}`
    return `{"metric":${metric},"values":[${samples.join(',')}]}`
  })
  const text = `{"status":"success","data":{"resultType":"matrix","result":[${result.join(',')}]}}`
  const grid: RangeGrid = {
    startMs: START_S * 1000,
    endMs: (START_S + (points - 1) * STEP_S) * 1000,
    stepMs: STEP_S * 1000,
  }
  return { text, grid }
}

/** What the query_range handler does with an answer's text: scan, then encode for the bridge. */
export function scanAndEncode(text: string, grid: RangeGrid): string {
  const scanned = scanMatrixAnswer(text, { grid, maxSeries: 200 })
  if (!scanned) throw new Error('the made-up answer did not take the scan path')
  return JSON.stringify(encodeColumns(scanned.matrix))
}

/** Scans warm-up answer `index`; false when there is no such answer. */
function scanWarmUpAnswer(index: number): boolean {
  const answer = SCAN_WARM_UP_ANSWERS[index]
  if (!answer) return false
  const { text, grid } = madeUpMatrixAnswer(answer[0], answer[1])
  scanAndEncode(text, grid)
  return true
}

/** Every warm-up answer at once (the bench, which measures the chart after it). */
export function warmUpScan(): void {
  for (let index = 0; scanWarmUpAnswer(index); index++);
}

/**
 * Runs the warm-up `delayMs` after now, one answer per turn of the event loop, then `onDone` with
 * how many it scanned; the returned function cancels what has not run. Never keeps the process
 * alive, never throws.
 */
export function scheduleScanWarmUp(
  delayMs = SCAN_WARM_UP_DELAY_MS,
  onDone?: (scanned: number) => void,
): () => void {
  let next = 0
  let cancelled = false
  const step = () => {
    if (cancelled) return
    try {
      if (!scanWarmUpAnswer(next)) return onDone?.(next)
    } catch {
      // A warm-up that fails only leaves the first chart as slow as it would have been.
      return onDone?.(next)
    }
    next++
    timer = setTimeout(step, 0).unref()
  }
  let timer = setTimeout(step, delayMs).unref()
  return () => {
    cancelled = true
    clearTimeout(timer)
  }
}
