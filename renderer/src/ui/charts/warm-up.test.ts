import { describe, expect, it } from 'vitest'
import type { ChartData } from './columns'
import {
  CHART_WARM_UP,
  CHARTS_WARMED_UP_MARK,
  madeUpChartData,
  warmUpCharts,
  type WarmUpDeps,
} from './warm-up'

/** Deps that record what was drawn; `real` charts appear after the given idle moment. */
function recording(realChartAfterIdle = Infinity, failOnDraw = Infinity) {
  const drawn: ChartData[] = []
  let idles = 0
  let real = 0
  const deps: WarmUpDeps = {
    idle: async () => {
      idles++
      if (idles > realChartAfterIdle) real = 1
    },
    draw: async (data) => {
      if (drawn.length + 1 >= failOnDraw) throw new Error('no canvas')
      drawn.push(data)
    },
    chartsCreated: () => drawn.length + real,
  }
  return { deps, drawn }
}

describe('the chart warm-up', () => {
  it('makes noisy lines with a gap on a regular time axis', () => {
    const data = madeUpChartData(4, 1500)
    expect(data.series).toHaveLength(4)
    expect(data.timestampsMs).toHaveLength(1500)
    expect(data.timestampsMs[1]! - data.timestampsMs[0]!).toBe(15_000)
    const values = [...data.series[2]!.values]
    expect(values).toHaveLength(1500)
    expect(values.some(Number.isNaN)).toBe(true)
    expect(new Set(values.filter((value) => !Number.isNaN(value))).size).toBeGreaterThan(1000)
  })

  it('draws every made-up chart, one per idle moment, smallest first, and marks the end', async () => {
    const { deps, drawn } = recording()
    performance.clearMarks(CHARTS_WARMED_UP_MARK)
    expect(await warmUpCharts(deps)).toBe(CHART_WARM_UP.length)
    expect(drawn.map((data) => [data.series.length, data.timestampsMs.length])).toEqual(
      CHART_WARM_UP,
    )
    const [mark] = performance.getEntriesByName(CHARTS_WARMED_UP_MARK) as PerformanceMark[]
    expect(mark?.detail).toEqual({ charts: CHART_WARM_UP.length })
  })

  it('stops once a real chart has been made', async () => {
    const { deps, drawn } = recording(2)
    expect(await warmUpCharts(deps)).toBe(2)
    expect(drawn).toHaveLength(2)
  })

  it('stops without an error when a chart cannot be drawn', async () => {
    const { deps, drawn } = recording(Infinity, 2)
    expect(await warmUpCharts(deps)).toBe(1)
    expect(drawn).toHaveLength(1)
  })
})
