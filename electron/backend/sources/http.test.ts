import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo, Socket } from 'node:net'
import { afterEach, describe, expect, it } from 'vitest'
import { fetchJson, fetchWithLimits, SourceError } from './http'

type Handler = (req: IncomingMessage, res: ServerResponse) => void

interface TestServer {
  url: string
  /** Resolves when the server sees the client's socket close. */
  socketClosed: Promise<void>
  requestArrived: Promise<void>
}

const servers: Server[] = []

async function startServer(handler: Handler): Promise<TestServer> {
  let onClose = () => {}
  let onRequest = () => {}
  const socketClosed = new Promise<void>((resolve) => (onClose = resolve))
  const requestArrived = new Promise<void>((resolve) => (onRequest = resolve))
  const server = createServer((req, res) => {
    onRequest()
    handler(req, res)
  })
  server.on('connection', (socket: Socket) => socket.on('close', () => onClose()))
  servers.push(server)
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return { url: `http://127.0.0.1:${port}/api`, socketClosed, requestArrived }
}

afterEach(async () => {
  for (const server of servers.splice(0)) {
    server.closeAllConnections()
    await new Promise((resolve) => server.close(resolve))
  }
})

async function failure(promise: Promise<unknown>): Promise<SourceError> {
  try {
    await promise
  } catch (error) {
    if (error instanceof SourceError) return error
    throw error
  }
  throw new Error('expected the request to fail')
}

/** Writes headers and a first chunk, then holds the response open as a stalled server would. */
const stallAfterFirstChunk: Handler = (_req, res) => {
  res.writeHead(200, { 'content-type': 'application/json' })
  res.write('{"status":')
}

describe('fetchWithLimits', () => {
  it('returns the whole body of a multi-chunk answer', async () => {
    const server = await startServer((_req, res) => {
      res.write('{"a":')
      setImmediate(() => res.end('[1,2,3]}'))
    })
    const answer = await fetchJson(server.url)
    expect(answer).toMatchObject({ status: 200, json: { a: [1, 2, 3] } })
  })

  it('gives up after the timeout when the server stalls mid-body, and closes the socket', async () => {
    const server = await startServer(stallAfterFirstChunk)
    const error = await failure(fetchWithLimits(server.url, { timeoutMs: 300 }))
    expect(error.kind).toBe('timeout')
    expect(error.message).toMatch(/did not answer within 0\.3 s.*raise the source's timeout/)
    await server.socketClosed
  })

  it('stops reading past the size cap and drops the connection', async () => {
    let writes = 0
    const server = await startServer((_req, res) => {
      res.writeHead(200)
      const chunk = Buffer.alloc(64 * 1024, 0x20)
      const pump = () => {
        while (writes < 1000 && res.write(chunk)) writes++
        if (writes < 1000) res.once('drain', pump)
        else res.end()
      }
      pump()
    })
    const error = await failure(fetchWithLimits(server.url, { maxBytes: 1024 * 1024 }))
    expect(error.kind).toBe('too_large')
    expect(error.message).toMatch(/larger than 1 MB/)
    await server.socketClosed
    // The server wanted to send 64 MB; the client left long before.
    expect(writes).toBeLessThan(1000)
  })

  it('refuses an answer whose declared length is above the cap without reading it', async () => {
    const server = await startServer((_req, res) => {
      res.writeHead(200, { 'content-length': String(5 * 1024 * 1024) })
      res.write('x')
    })
    const error = await failure(fetchWithLimits(server.url, { maxBytes: 1024 * 1024 }))
    expect(error.kind).toBe('too_large')
  })

  it('cancels on the caller signal and the server sees the socket close', async () => {
    const server = await startServer(stallAfterFirstChunk)
    const caller = new AbortController()
    const pending = fetchWithLimits(server.url, { signal: caller.signal, timeoutMs: 20_000 })
    await server.requestArrived
    caller.abort()
    const error = await failure(pending)
    expect(error.kind).toBe('cancelled')
    await server.socketClosed
  })

  it('does not even start when the caller signal is already aborted', async () => {
    const server = await startServer(stallAfterFirstChunk)
    const caller = new AbortController()
    caller.abort()
    const error = await failure(fetchWithLimits(server.url, { signal: caller.signal }))
    expect(error.kind).toBe('cancelled')
  })

  it('reports a closed port as unreachable, naming the host', async () => {
    const server = await startServer(stallAfterFirstChunk)
    const closed = servers.pop()
    await new Promise((resolve) => closed?.close(resolve))
    const error = await failure(fetchWithLimits(server.url))
    expect(error.kind).toBe('unreachable')
    expect(error.message).toMatch(/Could not reach 127\.0\.0\.1:\d+ \(ECONNREFUSED\)/)
  })

  it('reports https spoken to a plain-HTTP server as a TLS failure', async () => {
    const server = await startServer((_req, res) => res.end('{}'))
    const error = await failure(fetchWithLimits(server.url.replace('http:', 'https:')))
    expect(error.kind).toBe('tls')
    expect(error.message).toMatch(/secure connection.*scheme \(http or https\)/)
  })

  it('sends URL credentials as Basic auth and never shows them in errors', async () => {
    let authorization: string | undefined
    const server = await startServer((req, res) => {
      authorization = req.headers.authorization
      stallAfterFirstChunk(req, res)
    })
    const withSecret = server.url.replace('http://', 'http://alice:s3cret@')
    const error = await failure(fetchWithLimits(withSecret, { timeoutMs: 100 }))
    expect(authorization).toBe(`Basic ${Buffer.from('alice:s3cret').toString('base64')}`)
    expect(JSON.stringify({ m: error.message, d: error.detail, u: error.url })).not.toContain(
      's3cret',
    )
  })

  it('says plainly when the URL is not a URL', async () => {
    const error = await failure(fetchWithLimits('prometheus:9090 /api'))
    expect(error.message).toMatch(/is not a valid http or https URL/)
  })
})

describe('fetchJson', () => {
  it('turns a proxy HTML page into not_json with the status and the first 200 characters', async () => {
    const page = `<html><head><title>502 Bad Gateway</title></head><body>${'<p>upstream down</p>'.repeat(30)}</body></html>`
    const server = await startServer((_req, res) => {
      res.writeHead(502, { 'content-type': 'text/html' })
      res.end(page)
    })
    const error = await failure(fetchJson(server.url))
    expect(error.kind).toBe('not_json')
    expect(error.status).toBe(502)
    expect(error.bodySnippet).toBe(page.slice(0, 200))
    expect(error.message).toMatch(/answered HTTP 502 Bad Gateway with something that is not JSON/)
    expect(error.message).toContain('<title>502 Bad Gateway</title>')
  })

  it('explains an empty 401 as a credentials problem', async () => {
    const server = await startServer((_req, res) => {
      res.writeHead(401)
      res.end()
    })
    const error = await failure(fetchJson(server.url))
    expect(error.kind).toBe('not_json')
    expect(error.message).toMatch(/HTTP 401.*\(empty body\).*credentials/)
  })
})
