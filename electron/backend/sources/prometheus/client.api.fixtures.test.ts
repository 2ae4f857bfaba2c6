// Alerts, rules, labels, series, build info and every recorded error answer, through the client.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { SourceError } from '../http'
import { createPrometheusClient, type PrometheusClient } from './client'
import { PrometheusApiError } from './errors'
import { readFixture, startFixtureServer, type FixtureServer } from './testing/fixture-server'
import { readCaptureManifest } from './testing/manifest'

const CAPTURED = 'captured_local/prometheus_2.42.0'
const manifest = readCaptureManifest()
let server: FixtureServer
let client: PrometheusClient

beforeAll(async () => {
  server = await startFixtureServer()
  client = createPrometheusClient({ baseUrl: `${server.url}/prom/` })
})
afterAll(() => server.close())

function serve(file: string, status = manifest.get(file)?.status ?? 200) {
  const contentType = file.endsWith('.txt') ? 'text/plain; charset=utf-8' : 'application/json'
  server.answer({ status, body: readFixture(file), contentType })
}

function data<T>(file: string): T {
  return (JSON.parse(readFixture(file)) as { data: T }).data
}

async function failure(promise: Promise<unknown>) {
  const error: unknown = await promise.then(
    () => new Error('expected a failure'),
    (e: unknown) => e,
  )
  if (error instanceof PrometheusApiError || error instanceof SourceError) return error
  throw error
}

describe('alerts', () => {
  it('reads firing and pending alerts with labels, annotations, activeAt and value', async () => {
    serve(`${CAPTURED}/alerts.json`)
    const alerts = await client.alerts()
    expect(server.requests.at(-1)?.path).toBe('/prom/api/v1/alerts')
    expect(alerts).toHaveLength(5)
    expect(alerts.map((a) => a.state)).toEqual(['firing', 'firing', 'pending', 'pending', 'firing'])
    expect(alerts[1]).toEqual({
      labels: {
        alertname: 'TargetDown',
        env: 'capture',
        instance: '127.0.0.1:19999',
        job: 'down-target',
        severity: 'critical',
      },
      annotations: {
        description: 'up == 0 for more than 10 seconds (value 0).',
        summary: 'Target 127.0.0.1:19999 of job down-target is down',
      },
      state: 'firing',
      activeAt: Date.UTC(2026, 10, 21, 19, 4, 56, 188),
      value: 0,
    })
    expect(alerts[3]?.value).toBe(22)
  })

  it.each([
    ['docs_api_md/alerts.json', Date.UTC(2018, 6, 4, 18, 27, 12, 606)],
    ['openapi_examples/alerts__200_activeAlerts.json', Date.UTC(2026, 0, 2, 13, 30)],
  ])('%s: activeAt with an offset or millis becomes UTC epoch ms', async (file, activeAt) => {
    serve(file)
    const [alert] = await client.alerts()
    expect(alert?.activeAt).toBe(activeAt)
    expect(alert?.state).toBe('firing')
  })
})

describe('rules', () => {
  it('reads alerting and recording rules, including a broken rule and its error', async () => {
    serve(`${CAPTURED}/rules.json`)
    const groups = await client.rules()
    expect(groups.map((g) => g.name)).toEqual(['alerts', 'recording'])
    const broken = groups[0]?.rules.find((rule) => rule.name === 'BrokenRule')
    expect(broken).toMatchObject({ health: 'err', type: 'alerting' })
    expect(broken?.lastError).toMatch(/many-to-many matching not allowed/)
    const targetDown = groups[0]?.rules.find((rule) => rule.name === 'TargetDown')
    expect(targetDown?.type === 'alerting' && targetDown.alerts?.[0]?.state).toBe('firing')
  })

  it.each([
    [`${CAPTURED}/rules_type_alert.json`, 'alert', 6],
    [`${CAPTURED}/rules_type_record.json`, 'record', 2],
  ] as const)('%s: type=%s filters the rules', async (file, type, count) => {
    serve(file)
    const groups = await client.rules({ type })
    expect(server.requests.at(-1)?.query.get('type')).toBe(type)
    expect(groups.flatMap((g) => g.rules)).toHaveLength(count)
  })

  it.each(['docs_api_md/rules.json', 'openapi_examples/rules__200_ruleGroups.json'])(
    '%s parses',
    async (file) => {
      serve(file)
      const groups = await client.rules()
      expect(groups.flatMap((g) => g.rules).length).toBe(
        data<{ groups: { rules: unknown[] }[] }>(file).groups.flatMap((g) => g.rules).length,
      )
    },
  )
})

describe('labels, label values, series and build info', () => {
  it.each([
    `${CAPTURED}/labels.json`,
    'docs_api_md/labels.json',
    'openapi_examples/labels__200_labelNames.json',
    'ui_testdata/codemirror-promql_labels.json',
  ])('%s: label names', async (file) => {
    serve(file)
    expect(await client.labels({ match: ['up'] })).toEqual(data<string[]>(file))
    expect(server.requests.at(-1)?.query.getAll('match[]')).toEqual(['up'])
  })

  it.each([
    `${CAPTURED}/label___name___values.json`,
    `${CAPTURED}/label_job_values.json`,
    `${CAPTURED}/label_nonexistent_values.json`,
    'docs_api_md/label_U__escaped_name_values.json',
    'docs_api_md/label_http_status_code_values.json',
    'openapi_examples/label_NAME_values__200_labelValues.json',
    'ui_testdata/codemirror-promql_label_env_values.json',
    'ui_testdata/codemirror-promql_metric_name.json',
  ])('%s: label values, tricky ones untouched', async (file) => {
    serve(file)
    expect(await client.labelValues('job')).toEqual(data<string[]>(file))
  })

  it('encodes the label name into the path', async () => {
    serve(`${CAPTURED}/label_job_values.json`)
    await client.labelValues('__name__', { startMs: 1_000, endMs: 2_500 })
    const sent = server.requests.at(-1)!
    expect(sent.path).toBe('/prom/api/v1/label/__name__/values')
    expect([sent.query.get('start'), sent.query.get('end')]).toEqual(['1', '2.5'])
  })

  it.each([
    `${CAPTURED}/series_match_up.json`,
    `${CAPTURED}/series_match_two_selectors.json`,
    'docs_api_md/series.json',
    'openapi_examples/series__200_seriesList.json',
    'ui_testdata/codemirror-promql_alertmanager_alerts_series.json',
  ])('%s: series label sets', async (file) => {
    serve(file)
    expect(await client.series({ match: ['up', 'process_start_time_seconds'] })).toEqual(data(file))
    expect(server.requests.at(-1)?.query.getAll('match[]')).toHaveLength(2)
  })

  it.each([
    [`${CAPTURED}/status_buildinfo.json`, '2.42.0+ds'],
    ['docs_api_md/status_buildinfo.json', '2.13.1'],
    ['openapi_examples/status_buildinfo__200_buildInfo.json', '3.7.3'],
  ])('%s: version %s', async (file, version) => {
    serve(file)
    expect((await client.buildInfo()).version).toBe(version)
  })
})

describe('metric metadata', () => {
  it.each([
    `${CAPTURED}/metadata_limit5.json`,
    `${CAPTURED}/metadata_metric.json`,
    'docs_api_md/metadata__limit.json',
    'docs_api_md/metadata__limit_per_metric.json',
    'docs_api_md/metadata__metric.json',
    'openapi_examples/metadata__200_metricMetadata.json',
    'ui_testdata/codemirror-promql_metadata.json',
  ])('%s: type and help per metric', async (file) => {
    serve(file)
    const metadata = await client.metadata({ metric: 'http_requests_total', limit: 5 })
    expect(metadata).toEqual(data(file))
    const sent = server.requests.at(-1)!
    expect([sent.query.get('metric'), sent.query.get('limit')]).toEqual([
      'http_requests_total',
      '5',
    ])
  })
})

describe('every recorded error answer', () => {
  it.each([
    [
      'error_400_parse_error.json',
      'bad_data',
      /line 1, column 4: unexpected end of input inside braces/,
    ],
    ['error_400_missing_query.json', 'bad_data', /line 1, column 1: no expression found/],
    ['error_400_bad_time.json', 'bad_data', /cannot parse "yesterday"/],
    ['error_400_bad_timeout_param.json', 'bad_data', /"1ns"/],
    ['error_400_invalid_label_name.json', 'bad_data', /invalid label name/],
    ['error_400_range_end_before_start.json', 'bad_data', /end timestamp must not be before/],
    ['error_400_range_missing_step.json', 'bad_data', /cannot parse "" to a valid duration/],
    ['error_400_range_zero_step.json', 'bad_data', /zero or negative query resolution/],
    ['error_400_range_vector_in_range_query.json', 'bad_data', /range vector/],
    ['error_400_series_no_match.json', 'bad_data', /no match\[\] parameter/],
    [
      'error_400_range_too_many_points.json',
      'too_many_points',
      /more than 11,000 points.*larger step/,
    ],
    ['error_422_execution_many_to_many.json', 'execution', /could not evaluate.*many-to-many/],
    ['error_422_execution_duplicate_labelset.json', 'execution', /same labelset/],
    ['error_503_timeout.json', 'timeout', /timed out.*Narrow the time range/],
  ])('%s -> %s', async (file, kind, message) => {
    serve(`${CAPTURED}/${file}`)
    const error = await failure(client.query('up{'))
    expect(error).toBeInstanceOf(PrometheusApiError)
    expect(error).toMatchObject({ kind, httpStatus: manifest.get(`${CAPTURED}/${file}`)?.status })
    expect(error.message).toMatch(message)
  })

  it('gives the parse error position as an offset into the query the user typed', async () => {
    serve(`${CAPTURED}/error_400_parse_error.json`)
    const error = await failure(client.query('up{'))
    expect(error).toMatchObject({
      position: { line: 1, column: 4, offset: 3 },
      code: 'invalid_input',
    })
    expect(error.detail?.fields?.query).toMatch(/column 4/)
  })

  it('reports "TSDB not ready" (3.x example) as a server-side failure to retry', async () => {
    serve('openapi_examples/error__tsdbNotReady.json', 503)
    const error = await failure(client.query('up'))
    expect(error).toMatchObject({ kind: 'internal', code: 'source_error' })
    expect(error.message).toMatch(/TSDB not ready.*Try again shortly/)
  })

  it.each([
    ['error_404_unknown_endpoint.txt', 404, /HTTP 404 .*"404 page not found".*Check the URL/],
    ['error_405_method_not_allowed.txt', 405, /HTTP 405 .*"Method Not Allowed"/],
  ])(
    '%s: a plain-text answer is not_json with its status and text',
    async (file, status, message) => {
      serve(`${CAPTURED}/${file}`)
      const error = await failure(client.buildInfo())
      expect(error).toBeInstanceOf(SourceError)
      expect(error).toMatchObject({ kind: 'not_json', status })
      expect(error.message).toMatch(message)
    },
  )
})

describe('authentication and headers', () => {
  it('sends bearer auth and extra headers; the auth setting wins over a stray header', async () => {
    const withAuth = createPrometheusClient({
      baseUrl: server.url,
      auth: { type: 'bearer', token: 't0ken' },
      headers: { 'X-Scope-OrgID': 'team-a', Authorization: 'Basic stale' },
    })
    serve(`${CAPTURED}/status_buildinfo.json`)
    await withAuth.buildInfo()
    const headers = server.requests.at(-1)!.headers
    expect(headers.authorization).toBe('Bearer t0ken')
    expect(headers['x-scope-orgid']).toBe('team-a')
  })

  it('sends basic auth', async () => {
    const auth = { type: 'basic' as const, username: 'oncall', password: 'pä55' }
    serve(`${CAPTURED}/status_buildinfo.json`)
    await createPrometheusClient({ baseUrl: server.url, auth }).buildInfo()
    const expected = `Basic ${Buffer.from('oncall:pä55').toString('base64')}`
    expect(server.requests.at(-1)!.headers.authorization).toBe(expected)
  })

  it('switches to a form POST when the query would make the URL too long', async () => {
    serve(`${CAPTURED}/query_up_vector.json`)
    const longQuery = `up{job=~"${'a|'.repeat(3000)}b"}`
    await client.query(longQuery)
    const sent = server.requests.at(-1)!
    expect(sent.method).toBe('POST')
    expect(new URLSearchParams(sent.body).get('query')).toBe(longQuery)
  })
})
