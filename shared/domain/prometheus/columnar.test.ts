import { describe, expect, it } from 'vitest'
import { matrixToColumns, MatrixShapeError, seriesName } from './columnar'

const grid = { startMs: 1_000_000, endMs: 1_060_000, stepMs: 15_000 }

describe('matrixToColumns', () => {
  it('puts aligned series on one time axis with NaN in gaps and special values kept', () => {
    const columns = matrixToColumns(
      [
        {
          metric: { job: 'a' },
          values: [
            [1000, '1'],
            [1015, '+Inf'],
            [1060, '3'],
          ],
        },
        {
          metric: { job: 'b' },
          values: [
            [1030, 'NaN'],
            [1045, '-Inf'],
          ],
        },
      ],
      { grid },
    )
    expect(Array.from(columns.timestampsMs)).toEqual([
      1_000_000, 1_015_000, 1_030_000, 1_045_000, 1_060_000,
    ])
    expect(Array.from(columns.series[0]!.values)).toEqual([1, Infinity, NaN, NaN, 3])
    expect(Array.from(columns.series[1]!.values)).toEqual([NaN, NaN, NaN, -Infinity, NaN])
    expect(columns.series[0]!.values).toBeInstanceOf(Float64Array)
  })

  it('falls back to the union of timestamps when samples are off the grid', () => {
    const columns = matrixToColumns(
      [
        {
          metric: {},
          values: [
            [1.5, '1'],
            [3, '2'],
          ],
        },
        {
          metric: {},
          values: [
            [2, '5'],
            [3, '6'],
          ],
        },
      ],
      { grid: { startMs: 0, endMs: 3000, stepMs: 1000 } },
    )
    expect(Array.from(columns.timestampsMs)).toEqual([1500, 2000, 3000])
    expect(Array.from(columns.series[0]!.values)).toEqual([1, NaN, 2])
    expect(Array.from(columns.series[1]!.values)).toEqual([NaN, 5, 6])
  })

  it('caps series and reports how many were dropped', () => {
    const result = Array.from({ length: 5 }, (_, i) => ({
      metric: { i: String(i) },
      values: [[1, '1']],
    }))
    const columns = matrixToColumns(result, { maxSeries: 3 })
    expect(columns.series).toHaveLength(3)
    expect(columns.droppedSeries).toBe(2)
  })

  it.each([
    [[{ metric: {}, values: [[1, 2]] }], /sample 0/],
    [[{ metric: {}, values: [['1', '2']] }], /sample 0/],
    [[{ metric: {}, values: 'nope' }], /no values array/],
  ])('refuses a malformed sample with a clear error', (result, message) => {
    expect(() => matrixToColumns(result)).toThrow(MatrixShapeError)
    expect(() => matrixToColumns(result)).toThrow(message)
  })
})

describe('seriesName', () => {
  it('reads like PromQL, name first', () => {
    expect(seriesName({ job: 'api', __name__: 'up', instance: 'x:1' })).toBe(
      'up{job="api", instance="x:1"}',
    )
    expect(seriesName({})).toBe('{}')
  })
})
