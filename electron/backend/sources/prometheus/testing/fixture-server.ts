// A loopback HTTP server for tests that answers with recorded payloads and remembers what it was
// asked, so client tests run the real request path against real Prometheus answers.
import { readFileSync } from 'node:fs'
import { createServer, type IncomingHttpHeaders } from 'node:http'
import type { AddressInfo } from 'node:net'
import { join } from 'node:path'

export const PROMETHEUS_FIXTURES = join(process.cwd(), '..', 'shared', 'fixtures', 'prometheus')

export function readFixture(relativePath: string): string {
  return readFileSync(join(PROMETHEUS_FIXTURES, relativePath), 'utf8')
}

export interface RecordedRequest {
  method: string
  path: string
  query: URLSearchParams
  headers: IncomingHttpHeaders
  body: string
}

export interface CannedAnswer {
  status: number
  body: string
  contentType?: string
}

export interface FixtureServer {
  url: string
  /** The answer to every request from now on. */
  answer(answer: CannedAnswer): void
  requests: RecordedRequest[]
  close(): Promise<void>
}

export async function startFixtureServer(): Promise<FixtureServer> {
  let current: CannedAnswer = { status: 500, body: 'no answer set' }
  const requests: RecordedRequest[] = []
  const server = createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (chunk: Buffer) => chunks.push(chunk))
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://fixture')
      requests.push({
        method: req.method ?? 'GET',
        path: url.pathname,
        query: url.searchParams,
        headers: req.headers,
        body: Buffer.concat(chunks).toString('utf8'),
      })
      res.writeHead(current.status, { 'content-type': current.contentType ?? 'application/json' })
      res.end(current.body)
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    answer: (answer) => (current = answer),
    requests,
    close: async () => {
      server.closeAllConnections()
      await new Promise((resolve) => server.close(resolve))
    },
  }
}
