// The text-to-columns fast path over every recorded Prometheus JSON answer: identical to the
// ordinary JSON.parse path for matrices, and stepping aside for everything else.
import { readdirSync } from 'node:fs'
import { join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  matrixToColumns,
  type RawMatrixSeries,
} from '../../../../shared/domain/prometheus/columnar'
import { scanMatrixAnswer } from '../../../../shared/domain/prometheus/matrix-scan'
import { PROMETHEUS_FIXTURES, readFixture } from './testing/fixture-server'

const PROMETHEUS_JSON = [
  'captured_local/prometheus_2.42.0',
  'docs_api_md',
  'openapi_examples',
  'jaeger_spm_testdata',
]
  .flatMap((dir) =>
    readdirSync(join(PROMETHEUS_FIXTURES, dir)).map((name) => join(PROMETHEUS_FIXTURES, dir, name)),
  )
  .filter((path) => path.endsWith('.json'))
  .map((path) => relative(PROMETHEUS_FIXTURES, path))

interface Answer {
  status?: string
  data?: { resultType?: string; result?: RawMatrixSeries[] }
  warnings?: string[]
}

describe('scanMatrixAnswer over recorded answers', () => {
  it.each(PROMETHEUS_JSON)('%s', (file) => {
    const text = readFixture(file)
    const parsed = JSON.parse(text) as Answer
    const isMatrix = parsed.status === 'success' && parsed.data?.resultType === 'matrix'
    const scanned = scanMatrixAnswer(text)
    if (!isMatrix) {
      expect(scanned).toBeNull()
      return
    }
    expect(scanned).toEqual({
      matrix: matrixToColumns(parsed.data?.result ?? []),
      warnings: parsed.warnings ?? [],
    })
  })

  it('covers the matrices it should', () => {
    const matrices = PROMETHEUS_JSON.filter((file) => scanMatrixAnswer(readFixture(file)) !== null)
    expect(matrices.length).toBeGreaterThanOrEqual(16)
  })
})
