import { inflateSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { burnRateAt, p99At, slowShareAt, storyCharts, storyHistory } from './metrics'
import { renderChartPng } from './png'
import { MINUTE_MS, storyStartMs } from './story'
import { STEPS } from './story-steps'
import { storyTraces } from './traces'

// What the sample's people say must be what its data shows: the numbers in their notes are
// checked here against the generated traffic and traces.

const LOADED_AT = Date.UTC(2026, 10, 21, 12, 0, 0)
const t0 = storyStartMs(LOADED_AT)
const history = storyHistory(t0)
const at = (minute: number) => t0 + minute * MINUTE_MS

describe('the sample story and its data', () => {
  it('starts at 13:40 UTC two days before loading, with the latency rise', () => {
    expect(new Date(t0).toISOString()).toBe('2026-11-19T13:40:00.000Z')
    expect(history.incidentStartMs).toBe(t0)
    expect(history.incidentEndMs).toBe(at(120))
  })

  it('matches the figures the responders wrote down', () => {
    const note = (step: string) => STEPS[step]?.notes.map((n) => n.text).join(' ') ?? ''
    // Confirm the alert, minute 27.5: "p99 … at 6.4 s and climbing".
    expect(note('confirm-alert')).toContain(`${p99At(history, at(27.5)).toFixed(1)} s`)
    // Assess impact, minute 36: "22% … over 3 s", "1h burn rate … at 7.6".
    expect(Math.round(slowShareAt(history, at(36), 5 * MINUTE_MS) * 100)).toBe(22)
    expect(note('assess-impact')).toContain(`at ${burnRateAt(history, at(36)).toFixed(1)} and`)
    // The SLO is 3 s and the measured p99 is about 7 s; the 1 h burn rate well above 1.
    expect(p99At(history, at(90))).toBeCloseTo(7, 1)
    expect(burnRateAt(history, at(90))).toBeGreaterThan(14.4)
    // After the flag went off at minute 120: normal within minutes, burn under 1 by the end.
    expect(p99At(history, at(125))).toBeLessThan(0.3)
    expect(burnRateAt(history, at(180))).toBeLessThan(1)
  })

  it('charts CPU that never saturates while the autoscaler adds two pods', () => {
    const cpu = storyCharts(t0).find((chart) => chart.key === 'cpu')
    const series = cpu?.matrix.series ?? []
    expect(series).toHaveLength(6)
    const values = series.flatMap((s) => [...s.values].filter(Number.isFinite))
    expect(Math.max(...values)).toBeLessThan(0.35)
    const started = series.map((s) => s.values.findIndex(Number.isFinite))
    expect(started.filter((index) => index > 0)).toHaveLength(2)
  })

  it('never charts data from after the moment it was pinned', () => {
    for (const chart of storyCharts(t0)) {
      expect(chart.endMs).toBeLessThanOrEqual(at(chart.pinnedAt))
      expect(chart.matrix.timestampsMs.at(-1)).toBeLessThanOrEqual(chart.endMs)
    }
  })

  it('has slow traces where one leaderboard-db SELECT takes three quarters of the request', () => {
    const { slow, fast } = storyTraces(t0)
    for (const trace of slow) {
      const root = trace.spans.find((span) => span.parentId === undefined)
      const db = trace.spans.find((span) => span.spanId === trace.expected.dominantSpanId)
      expect(db?.service).toBe('leaderboard-db')
      expect((db?.durationUs ?? 0) / (root?.durationUs ?? 1)).toBeCloseTo(0.74, 2)
    }
    for (const trace of fast) expect(trace.expected.dominantSpanId).toBeUndefined()
  })
})

describe('renderChartPng', () => {
  it('draws a valid PNG with the series and the threshold line', () => {
    const p99 = storyCharts(t0)[0]!
    const png = renderChartPng(p99.matrix, p99.threshold)
    expect(png.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a')
    const width = png.readUInt32BE(16)
    const height = png.readUInt32BE(20)
    const idat = png.indexOf('IDAT')
    const rows = inflateSync(png.subarray(idat + 4, idat + 4 + png.readUInt32BE(idat - 4)))
    expect(rows.length).toBe(height * (width * 3 + 1))
    const colours = new Set<string>()
    for (let y = 0; y < height; y++) {
      const row = rows.subarray(y * (width * 3 + 1) + 1, (y + 1) * (width * 3 + 1))
      for (let x = 0; x < width * 3; x += 3) colours.add(row.subarray(x, x + 3).toString('hex'))
    }
    expect(colours).toContain('228be6') // the series, in the app's first chart colour
    expect(colours).toContain('e03131') // the dashed SLO line
  })
})
