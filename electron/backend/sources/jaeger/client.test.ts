import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterEach, describe, expect, it } from 'vitest'
import {
  startJaegerFixtureServer,
  type JaegerFixtureApi,
  type JaegerFixtureServer,
} from '../../../../e2e/support/jaeger-fixture-server'
import { generateTrace } from '../../../../e2e/support/trace-builder'
import { SourceError } from '../http'
import { createJaegerClient } from './client'
import type { JaegerSearch } from './params'

const servers: { stop(): Promise<void> }[] = []
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.stop()))
})

async function jaeger(api: JaegerFixtureApi, options = {}): Promise<JaegerFixtureServer> {
  const server = await startJaegerFixtureServer({ api, ...options })
  servers.push(server)
  return server
}

const ALL_TIME: Pick<JaegerSearch, 'startUs' | 'endUs' | 'limit'> = {
  startUs: 0,
  endUs: 2_000_000_000_000_000,
  limit: 20,
}

describe('Jaeger client', () => {
  it('prefers v3 when the server answers both, and falls back to v1', async () => {
    const both = await jaeger('both')
    expect(await createJaegerClient({ baseUrl: both.url }).version()).toBe('v3')
    const v1 = await jaeger('v1')
    expect(await createJaegerClient({ baseUrl: `${v1.url}/` }).version()).toBe('v1')
    const v3 = await jaeger('v3')
    expect(await createJaegerClient({ baseUrl: v3.url }).version()).toBe('v3')
    expect(v1.requests).toEqual(['/api/v3/services', '/api/services'])
  })

  it('explains a server that is not Jaeger', async () => {
    const html = createServer((_req, res) => res.writeHead(404).end('<html>Not found</html>'))
    await new Promise<void>((resolve) => html.listen(0, '127.0.0.1', resolve))
    servers.push({ stop: () => new Promise((resolve) => html.close(() => resolve())) })
    const url = `http://127.0.0.1:${(html.address() as AddressInfo).port}`
    const answer = createJaegerClient({ baseUrl: url }).services()
    await expect(answer).rejects.toThrow(
      /not answering like Jaeger Query \(HTTP 404 on \/api\/v3\/services and HTTP 404 on \/api\/services/,
    )
    await expect(answer).rejects.toMatchObject({
      text: { key: 'msgTraces:jaeger.notJaeger', params: { url, v3Status: 404, v1Status: 404 } },
    })
  })

  it('lists services and operations through either API', async () => {
    const v1 = createJaegerClient({ baseUrl: (await jaeger('v1')).url })
    expect(await v1.services()).toContain('hello-world')
    expect(await v1.operations('hello-world')).toEqual([
      { name: 'formatString', spanKind: '' },
      { name: 'printHello', spanKind: '' },
      { name: 'say-hello', spanKind: '' },
    ])
    const v3 = createJaegerClient({ baseUrl: (await jaeger('v3')).url })
    expect(await v3.services()).toContain('example-service-1')
    expect(await v3.operations('example-service-1')).toEqual([
      { name: 'example-operation-1', spanKind: 'internal' },
      { name: 'example-operation-3', spanKind: 'server' },
      { name: 'example-operation-4', spanKind: 'client' },
    ])
  })

  it('searches v1 with tags and reads the traces once', async () => {
    const server = await jaeger('v1')
    const client = createJaegerClient({ baseUrl: server.url })
    const found = await client.search({
      service: 'service1',
      tags: [['error', 'true']],
      ...ALL_TIME,
    })
    expect(found.api).toBe('v1')
    expect(found.traces.map((trace) => [trace.traceId, trace.spanCount])).toEqual([
      ['trace-123', 11],
    ])
    expect(server.requests.at(-1)).toContain('tags=%7B%22error%22%3A%22true%22%7D')
    const none = await client.search({
      service: 'service2',
      tags: [['error', 'true']],
      ...ALL_TIME,
    })
    expect(none.traces).toEqual([])
  })

  it('treats v3 "No traces found" as no results, and filters tags itself', async () => {
    const server = await jaeger('v3')
    const client = createJaegerClient({ baseUrl: server.url })
    const empty = await client.search({ service: 'nobody', ...ALL_TIME })
    expect(empty.traces).toEqual([])
    const all = await client.search({ service: 'service-x', ...ALL_TIME })
    expect(all.traces).toHaveLength(2)
    const tagged = await client.search({
      service: 'telemetrygen',
      tags: [['peer.service', 'telemetrygen-client']],
      ...ALL_TIME,
    })
    expect(tagged.traces).toHaveLength(1)
    const untagged = await client.search({
      service: 'telemetrygen',
      tags: [['peer.service', 'someone-else']],
      ...ALL_TIME,
    })
    expect([untagged.traces.length, untagged.filteredOut]).toEqual([0, 1])
    const sent = new URL(`http://x${server.requests.at(-1)}`).searchParams
    expect(sent.get('query.start_time_max')).toBe('2033-05-18T03:33:20.000000Z')
    expect(sent.get('query.search_depth')).toBe('20')
  })

  it('passes durations and the time range as Jaeger reads them', async () => {
    const server = await jaeger('v1')
    const client = createJaegerClient({ baseUrl: server.url })
    const slow = await client.search({
      service: 'hello-world',
      minDurationUs: 100_000,
      ...ALL_TIME,
    })
    expect(slow.traces.map((trace) => trace.traceId)).toEqual(['410a7dbc6d6cfeb6'])
    const inverted = client.search({
      service: 'hello-world',
      minDurationUs: 2_000,
      maxDurationUs: 1_000,
      ...ALL_TIME,
    })
    await expect(inverted).rejects.toThrow(
      /refused the trace search \(HTTP 400\): 'maxDuration' should be greater than 'minDuration'. Check the search fields\.$/,
    )
    await expect(inverted).rejects.toMatchObject({
      text: {
        key: 'msgTraces:jaeger.refused',
        params: { what: 'search', hint: 'fields', status: 400 },
      },
    })
  })

  it('gets a trace by ID from v1 and v3, and says when Jaeger has none', async () => {
    const v1 = createJaegerClient({ baseUrl: (await jaeger('v1')).url })
    const trace = await v1.trace('trace-123')
    expect(trace.format).toBe('jaeger-v1-envelope')
    expect(trace.traces[0]?.spanCount).toBe(11)
    expect(trace.text).toContain('"traceID":"trace-123"')
    await expect(v1.trace('feedface')).rejects.toMatchObject({
      code: 'not_found',
      message: expect.stringMatching(/Jaeger has no trace feedface/),
      text: { key: 'msgTraces:jaeger.noTrace', params: { traceId: 'feedface' } },
    })
    const v3 = createJaegerClient({ baseUrl: (await jaeger('v3')).url })
    const otlp = await v3.trace('00000000000000000000000000000011')
    expect(otlp.format).toBe('jaeger-v3-envelope')
    expect(otlp.traces[0]?.services.sort()).toEqual([
      'example-service-1',
      'example-service-2',
      'example-service-3',
    ])
    await expect(v3.trace('not-hex')).rejects.toThrow(/malformed parameter trace_id/)
  })

  it('stops a request when it is cancelled', async () => {
    const built = generateTrace({ spans: 200, seed: 7 })
    const server = await jaeger('v1', { generated: [built], recorded: false })
    const controller = new AbortController()
    const pending = createJaegerClient({ baseUrl: server.url }, 'v1').trace(built.traceId, {
      signal: controller.signal,
    })
    controller.abort()
    await expect(pending).rejects.toSatisfy(
      (error) => error instanceof SourceError && error.kind === 'cancelled',
    )
  })
})
