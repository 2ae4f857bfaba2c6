// The chart bench's backend side (see charts.bench.ts): what the backend does with Prometheus's
// answer, text to columns to the bridge's JSON. Run as its own process (`tsx
// bench/charts-backend.ts cold|warm`) it times a session's first 100 x 1,500 answer: with
// nothing run before it, or after the warm-up the app runs while idle after start.
import { spawn } from 'node:child_process'
import { encodeColumns } from '../electron/backend/handlers/columns-wire'
import { warmUpScan } from '../electron/backend/sources/prometheus/scan-warm-up'
import { scanMatrixAnswer } from '../shared/domain/prometheus/matrix-scan'
import { rangeAnswerJson } from './prometheus.bench'

export const SERIES = 100
const START_MS = 1_700_000_000_000
const STEP_MS = 15_000

export function gridOf(points: number) {
  return { startMs: START_MS, endMs: START_MS + (points - 1) * STEP_MS, stepMs: STEP_MS }
}

/** One answer through the backend: its bridge JSON, and how long that took. */
export function bridgeAnswer(prometheusJson: string, points: number) {
  const grid = gridOf(points)
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
  const text = JSON.stringify({ ok: true, value })
  return { text, ms: performance.now() - t0 }
}

/** A session's first 100 x 1,500 answer, in a new Node process: its backend milliseconds. */
export function firstAnswerMs(mode: 'cold' | 'warm'): Promise<number> {
  const child = spawn('node_modules/.bin/tsx', ['bench/charts-backend.ts', mode], {
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  let out = ''
  child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()))
  return new Promise((resolve, reject) => {
    child.on('error', reject)
    child.on('close', (code) => {
      const ms = Number(out.trim())
      if (code === 0 && Number.isFinite(ms)) resolve(ms)
      else reject(new Error(`the first-answer process ended with ${code}: ${out}`))
    })
  })
}

const mode = process.argv[2]
if (process.argv[1]?.endsWith('charts-backend.ts') && (mode === 'cold' || mode === 'warm')) {
  const prometheusJson = rangeAnswerJson(SERIES, 1_500)
  if (mode === 'warm') warmUpScan()
  // The first answer comes a while after start (and after the warm-up), not in the same turn.
  setTimeout(() => console.log(bridgeAnswer(prometheusJson, 1_500).ms), 1000)
}
