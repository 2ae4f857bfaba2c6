import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import {
  JAEGER_FIXTURES_DIR,
  startJaegerFixtureServer,
  type JaegerFixtureOptions,
  type JaegerFixtureServer,
} from '../../../../e2e/support/jaeger-fixture-server'

// The Jaeger fixture server stands in for Jaeger in every trace test, so it must answer like
// Jaeger: the recorded answers byte for byte where we have them, Jaeger's parameters and errors.

const servers: JaegerFixtureServer[] = []
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.stop()))
})

async function start(options: JaegerFixtureOptions = {}) {
  const server = await startJaegerFixtureServer(options)
  servers.push(server)
  return server
}

async function get(server: JaegerFixtureServer, path: string) {
  const response = await fetch(`${server.url}${path}`)
  return {
    status: response.status,
    type: response.headers.get('content-type'),
    text: await response.text(),
  }
}

const recorded = (path: string) =>
  JSON.parse(readFileSync(join(JAEGER_FIXTURES_DIR, path), 'utf8')) as unknown
const GENAI = 'v1/derived_from_genaiTestTrace'
const genaiOnly = (path: string) => path.includes('genaiTestTrace')

describe('Jaeger fixture server', () => {
  it('answers the recorded services, operations and search of the genai trace', async () => {
    const server = await start({ api: 'v1', recordedFiles: genaiOnly })
    const services = await get(server, '/api/services')
    expect(JSON.parse(services.text)).toEqual(recorded(`${GENAI}/api_services.json`))
    for (const service of ['api-edge', 'coding-agent']) {
      const names = await get(server, `/api/services/${service}/operations`)
      expect(JSON.parse(names.text)).toEqual(
        recorded(`${GENAI}/api_services_${service}_operations.json`),
      )
      const typed = await get(server, `/api/operations?service=${service}`)
      expect(JSON.parse(typed.text)).toEqual(
        recorded(`${GENAI}/api_operations__service_${service}.json`),
      )
    }
    const window = 'start=1770000000000000&end=1770000100000000'
    const search = await get(server, `/api/traces?service=api-edge&${window}&limit=20`)
    expect(JSON.parse(search.text)).toEqual(recorded(`${GENAI}/api_traces_search_result.json`))
    const none = await get(server, `/api/traces?service=api-edge&start=1&end=2`)
    expect(JSON.parse(none.text)).toEqual(recorded(`${GENAI}/api_traces_search_empty.json`))
  })

  it('filters a v1 search by operation, tags, duration, time range and limit', async () => {
    const server = await start({ api: 'v1' })
    const ids = async (query: string) => {
      const answer = await get(server, `/api/traces?${query}`)
      return (JSON.parse(answer.text) as { data: { traceID: string }[] }).data.map((t) => t.traceID)
    }
    const all = 'start=0&end=2000000000000000'
    expect(await ids(`service=api-gateway&${all}`)).toEqual([
      '4766f1209f70a5e2e55417fc296fd101',
      '9ced30503c58dab894a2d7598b01a87a',
      'df84e36b9e2ee3815d07f0867a5be1f',
    ])
    expect(await ids(`service=api-gateway&${all}&limit=1`)).toEqual([
      '4766f1209f70a5e2e55417fc296fd101',
    ])
    expect(
      await ids(`service=service1&${all}&tags=${encodeURIComponent('{"error":"true"}')}`),
    ).toEqual(['trace-123'])
    expect(
      await ids(`service=service2&${all}&tags=${encodeURIComponent('{"error":"true"}')}`),
    ).toEqual([])
    expect(await ids(`service=hello-world&${all}&minDuration=100ms`)).toEqual(['410a7dbc6d6cfeb6'])
    expect(await ids(`service=hello-world&${all}&maxDuration=20ms`)).toEqual(['cf46871fbf4f262b'])
    expect(await ids(`service=formatter&${all}&operation=format`)).toEqual(['410a7dbc6d6cfeb6'])
    expect(await ids(`service=hello-world&start=1527000000000000&end=${2e15}`)).toEqual([
      '410a7dbc6d6cfeb6',
    ])
    expect(await ids(`service=S1&${all}&operation=nope`)).toEqual([])
  })

  it("sends Jaeger's own v1 error bodies as text/plain", async () => {
    const server = await start({ api: 'v1' })
    const noService = await get(server, '/api/traces?start=0&end=1')
    expect(noService.status).toBe(400)
    expect(noService.type).toBe('text/plain; charset=utf-8')
    expect(noService.text).toBe(
      readFileSync(join(JAEGER_FIXTURES_DIR, 'v1/errors/search_service_required_400.json'), 'utf8'),
    )
    const inverted = await get(server, '/api/traces?service=S1&minDuration=2s&maxDuration=1s')
    expect([inverted.status, JSON.parse(inverted.text)]).toEqual([
      400,
      recorded('v1/errors/search_maxDuration_lt_minDuration_400.json'),
    ])
    const missing = await get(server, '/api/traces/feedface')
    expect([missing.status, JSON.parse(missing.text)]).toEqual([
      404,
      recorded('v1/errors/trace_not_found_404.json'),
    ])
    const badDuration = await get(server, '/api/traces?service=S1&minDuration=fast')
    expect(badDuration.status).toBe(400)
    expect(badDuration.text).toContain("unable to parse param 'minDuration'")
  })

  it('answers v3 with OTLP, 404 "No traces found" for an empty search, and checks its parameters', async () => {
    const server = await start({ api: 'v3' })
    const services = JSON.parse((await get(server, '/api/v3/services')).text) as {
      services: string[]
    }
    expect(services.services).toContain('example-service-1')
    const range =
      'query.start_time_min=2017-01-01T00:00:00Z&query.start_time_max=2018-01-01T00:00:00.000001Z'
    const found = await get(server, `/api/v3/traces?query.service_name=example-service-2&${range}`)
    const spans = JSON.stringify(JSON.parse(found.text))
    expect(spans).toContain('"traceId":"00000000000000000000000000000011"')
    const empty = await get(server, `/api/v3/traces?query.service_name=nobody&${range}`)
    expect([empty.status, empty.type, empty.text]).toEqual([
      404,
      'text/plain; charset=utf-8',
      readFileSync(join(JAEGER_FIXTURES_DIR, 'v3/errors/no_traces_found_404.json'), 'utf8'),
    ])
    const noRange = await get(server, '/api/v3/traces?query.service_name=example-service-2')
    expect(noRange.status).toBe(400)
    expect(JSON.parse(noRange.text)).toEqual({
      error: {
        httpCode: 400,
        message: 'query.start_time_min and query.start_time_max are required',
      },
    })
    const byId = await get(server, '/api/v3/traces/00000000000000000000000000000226')
    expect(byId.text).toContain('query25-service')
    expect((await get(server, '/api/v3/traces/not-hex')).status).toBe(400)
  })

  it('serves only the configured API, and stops', async () => {
    const v1 = await start({ api: 'v1' })
    expect((await get(v1, '/api/v3/services')).status).toBe(404)
    expect((await get(v1, '/api/services')).status).toBe(200)
    const v3 = await start({ api: 'v3' })
    expect((await get(v3, '/api/services')).status).toBe(404)
    expect(v3.requests).toEqual(['/api/services'])
    await v3.stop()
    await expect(fetch(`${v3.url}/api/v3/services`)).rejects.toThrow()
  })
})
