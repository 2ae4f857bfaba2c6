// The client over every relevant recorded Prometheus answer in ../shared/fixtures/prometheus,
// served through a loopback server so the whole request path runs.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { pointCount } from '../../../../shared/domain/prometheus/step'
import { createPrometheusClient, type PrometheusClient } from './client'
import { PrometheusApiError } from './errors'
import { readFixture, startFixtureServer, type FixtureServer } from './testing/fixture-server'
import { rangeOf, readCaptureManifest } from './testing/manifest'

const CAPTURED = 'captured_local/prometheus_2.42.0'
const manifest = readCaptureManifest()
let server: FixtureServer
let client: PrometheusClient

beforeAll(async () => {
  server = await startFixtureServer()
  client = createPrometheusClient({ baseUrl: server.url })
})
afterAll(() => server.close())

function serve(file: string, status = manifest.get(file)?.status ?? 200) {
  const contentType = file.endsWith('.txt') ? 'text/plain; charset=utf-8' : 'application/json'
  server.answer({ status, body: readFixture(file), contentType })
}

interface RawSeries {
  metric: Record<string, string>
  values?: [number, string][]
}

function rawResult(file: string): RawSeries[] {
  return (JSON.parse(readFixture(file)) as { data: { result: RawSeries[] } }).data.result
}

const RANGE_FIXTURES = [
  `${CAPTURED}/query_range_up.json`,
  `${CAPTURED}/query_range_rate_many_series.json`,
  `${CAPTURED}/query_range_recording_rule.json`,
  `${CAPTURED}/query_range_fractional_step_rfc3339.json`,
  `${CAPTURED}/query_range_scalar.json`,
  `${CAPTURED}/query_range_empty.json`,
  `${CAPTURED}/query_range_gaps_absent.json`,
  `${CAPTURED}/query_range_with_stats_all.json`,
]

describe('query_range over real Prometheus 2.42 answers', () => {
  it.each(RANGE_FIXTURES)(
    '%s lands every sample on the query grid, NaN in the gaps',
    async (file) => {
      serve(file)
      const grid = rangeOf(manifest.get(file)!)
      const { matrix } = await client.queryRange('up', grid)
      const raw = rawResult(file)
      expect(matrix.timestampsMs.length).toBe(pointCount(grid.startMs, grid.endMs, grid.stepMs))
      expect(matrix.timestampsMs[0]).toBe(grid.startMs)
      expect(matrix.series.map((series) => series.labels)).toEqual(
        raw.map((series) => series.metric),
      )
      matrix.series.forEach((series, index) => {
        const samples = raw[index]?.values ?? []
        for (const [seconds, text] of samples) {
          const at = matrix.timestampsMs.indexOf(Math.round(seconds * 1000))
          expect(at).toBeGreaterThanOrEqual(0)
          expect(series.values[at]).toBe(Number(text))
        }
        const gaps = series.values.filter(Number.isNaN).length
        expect(gaps).toBe(matrix.timestampsMs.length - samples.length)
      })
    },
  )

  it('sends start, end and step as float seconds, keeping milliseconds', async () => {
    const file = `${CAPTURED}/query_range_fractional_step_rfc3339.json`
    serve(file)
    await client.queryRange('go_goroutines', rangeOf(manifest.get(file)!))
    const sent = server.requests.at(-1)!
    expect(sent.path).toBe('/api/v1/query_range')
    expect(sent.query.get('start')).toBe('1795287899.123')
    expect(sent.query.get('step')).toBe('7.5')
  })

  it('shows the gap where the rate series had no sample yet', async () => {
    const file = `${CAPTURED}/query_range_rate_many_series.json`
    serve(file)
    const { matrix } = await client.queryRange('x', rangeOf(manifest.get(file)!))
    // 31 grid points (150 s at 5 s); the second series misses three of them.
    expect(matrix.timestampsMs.length).toBe(31)
    expect(matrix.series.map((s) => s.values.filter(Number.isNaN).length)).toEqual([1, 3, 2])
  })

  it('caps the number of series and says how many were left out', async () => {
    const file = `${CAPTURED}/query_range_up.json`
    serve(file)
    const { matrix } = await client.queryRange('up', {
      ...rangeOf(manifest.get(file)!),
      maxSeries: 2,
    })
    expect(matrix.series).toHaveLength(2)
    expect(matrix.droppedSeries).toBe(1)
  })

  it.each([
    ['docs_api_md/query_range.json', 2, 3],
    ['openapi_examples/query_range__200_matrixResult.json', 1, 3],
    ['jaeger_spm_testdata/jaeger_service_datapoint_response.json', 1, 1],
    ['jaeger_spm_testdata/jaeger_service_span_name_datapoint_response.json', 1, 1],
    ['jaeger_spm_testdata/jaeger_custom_response_float_string.json', 1, 1],
    // No series at all: nothing contradicts the grid, so the chart keeps the requested axis.
    ['jaeger_spm_testdata/jaeger_empty_response.json', 0, 9],
  ])('%s converts on the union of its own timestamps', async (file, series, points) => {
    serve(file)
    const raw = rawResult(file)
    // A grid these answers were not computed on: the client falls back to their own times.
    const { matrix } = await client.queryRange('x', { startMs: 0, endMs: 60_000, stepMs: 7_000 })
    expect(matrix.series).toHaveLength(series)
    expect(matrix.timestampsMs.length).toBe(points)
    const first = raw[0]?.values?.[0]
    if (first) expect(matrix.series[0]?.values[0]).toBe(Number(first[1]))
  })

  it('keeps big values exactly as Prometheus wrote them', async () => {
    serve('jaeger_spm_testdata/jaeger_custom_response_float_string.json')
    const { matrix } = await client.queryRange('x', { startMs: 0, endMs: 1, stepMs: 1 })
    // JSON.parse of the string gives the nearest double, as Number() does.
    expect(matrix.series[0]?.values[0]).toBe(Number('9223372036854.775807'))
  })

  it('counts native-histogram series instead of plotting them as zeros', async () => {
    serve('openapi_examples/query_range__200_histogramResult.json')
    const { matrix } = await client.queryRange('x', { startMs: 0, endMs: 1, stepMs: 1 })
    expect(matrix.series).toHaveLength(0)
    expect(matrix.histogramSeries).toBe(1)
  })

  it('rejects the made-up "warning" status rather than guessing', async () => {
    serve('jaeger_spm_testdata/jaeger_warning_response.json')
    const error = await client.queryRange('x', { startMs: 0, endMs: 1, stepMs: 1 }).catch((e) => e)
    expect(error).toBeInstanceOf(PrometheusApiError)
    expect(error.kind).toBe('unexpected_response')
    expect(error.message).toMatch(/status/)
  })
})

describe('instant query over real answers', () => {
  it.each([
    [`${CAPTURED}/query_nan.json`, NaN],
    [`${CAPTURED}/query_pos_inf.json`, Infinity],
    [`${CAPTURED}/query_neg_inf.json`, -Infinity],
  ])('%s keeps the special value', async (file, expected) => {
    serve(file)
    const result = await client.query('vector(0)/0', { timeMs: 1795288049000 })
    expect(result.resultType).toBe('vector')
    if (result.resultType === 'vector') expect(result.samples[0]?.value).toBe(expected)
  })

  it.each([
    [`${CAPTURED}/query_up_vector.json`, 3],
    [`${CAPTURED}/query_http_requests_total_vector_many.json`, null],
    [`${CAPTURED}/query_sum_by_job_rate_vector.json`, null],
    [`${CAPTURED}/query_histogram_quantile.json`, 3],
    [`${CAPTURED}/query_with_stats_all.json`, 3],
    [`${CAPTURED}/query_ALERTS.json`, 5],
    [`${CAPTURED}/query_POST_form.json`, 3],
    [`${CAPTURED}/query_no_time_param.json`, null],
    [`${CAPTURED}/query_empty_result.json`, 0],
    ['docs_api_md/query.json', 2],
    ['openapi_examples/query__200_vectorResult.json', null],
  ])('%s gives one sample per series with its labels', async (file, count) => {
    serve(file)
    const result = await client.query('up')
    const raw = rawResult(file) as unknown as {
      metric: Record<string, string>
      value: [number, string]
    }[]
    if (count !== null) expect(raw).toHaveLength(count)
    if (result.resultType !== 'vector')
      throw new Error(`expected a vector, got ${result.resultType}`)
    expect(result.samples.map((s) => s.labels)).toEqual(raw.map((s) => s.metric))
    result.samples.forEach((sample, index) => {
      const [seconds, text] = raw[index]!.value
      expect(sample.timestampMs).toBe(Math.round(seconds * 1000))
      if (text === 'NaN') expect(sample.value).toBeNaN()
      else expect(sample.value).toBe(Number(text))
    })
  })

  it('reads scalar and string results', async () => {
    serve(`${CAPTURED}/query_scalar.json`)
    expect(await client.query('scalar(sum(up))')).toMatchObject({ resultType: 'scalar', value: 2 })
    serve('openapi_examples/query__200_scalarResult.json')
    expect(await client.query('scalar(42)')).toMatchObject({ resultType: 'scalar', value: 42 })
    serve(`${CAPTURED}/query_string.json`)
    expect(await client.query('"hello world"')).toMatchObject({
      resultType: 'string',
      value: 'hello world',
      timestampMs: 1795288049000,
    })
  })

  it.each([
    `${CAPTURED}/query_range_vector_selector_matrix.json`,
    'openapi_examples/query__200_matrixResult.json',
  ])('%s (a range selector) becomes columns on its own timestamps', async (file) => {
    serve(file)
    const result = await client.query('up[30s]')
    if (result.resultType !== 'matrix') throw new Error('expected a matrix')
    expect(result.matrix.series).toHaveLength(rawResult(file).length)
    expect(result.matrix.timestampsMs.length).toBeGreaterThan(0)
  })

  it('has no single value for a native-histogram sample', async () => {
    serve('openapi_examples/query__200_histogramResult.json')
    const result = await client.query('http_request_duration_seconds')
    if (result.resultType !== 'vector') throw new Error('expected a vector')
    expect(result.samples[0]).toMatchObject({ value: null, timestampMs: 1767436620000 })
  })
})
