import { describe, expect, it } from 'vitest'
import { matrixToColumns } from '../../../../shared/domain/prometheus/columnar'
import { scanMatrixAnswer } from '../../../../shared/domain/prometheus/matrix-scan'
import {
  madeUpMatrixAnswer,
  scanAndEncode,
  scheduleScanWarmUp,
  SCAN_WARM_UP_ANSWERS,
} from './scan-warm-up'

describe('the scan warm-up', () => {
  it('makes answers Prometheus could have sent, read alike by the scan and by JSON.parse', () => {
    const { text, grid } = madeUpMatrixAnswer(3, 800)
    const scanned = scanMatrixAnswer(text, { grid, maxSeries: 200 })
    const parsed = JSON.parse(text) as { data: { result: Parameters<typeof matrixToColumns>[0] } }
    const ordinary = matrixToColumns(parsed.data.result, { grid, maxSeries: 200 })
    expect(scanned?.matrix.series).toHaveLength(3)
    expect(scanned?.matrix.timestampsMs).toHaveLength(800)
    expect(scanned?.matrix).toEqual(ordinary)
    // Gaps, whole numbers and long fractions, as real answers have.
    const values = [...(scanned?.matrix.series[0]?.values ?? [])]
    expect(values.some(Number.isNaN)).toBe(true)
    expect(values.some((value) => Number.isInteger(value))).toBe(true)
    expect(values.some((value) => !Number.isInteger(value))).toBe(true)
  })

  it('encodes what it scanned as the bridge carries it', () => {
    const { text, grid } = madeUpMatrixAnswer(2, 10)
    const wire = JSON.parse(scanAndEncode(text, grid)) as { points: number; series: unknown[] }
    expect(wire.points).toBe(10)
    expect(wire.series).toHaveLength(2)
  })

  it('scans every warm-up answer once the delay has passed', async () => {
    const scanned = await new Promise<number>((resolve) => scheduleScanWarmUp(0, resolve))
    expect(scanned).toBe(SCAN_WARM_UP_ANSWERS.length)
  })

  it('stops when cancelled', async () => {
    let done = false
    const cancel = scheduleScanWarmUp(0, () => (done = true))
    cancel()
    await new Promise((resolve) => setTimeout(resolve, 300))
    expect(done).toBe(false)
  })
})
