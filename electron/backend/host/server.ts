import { randomBytes } from 'node:crypto'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { Backend } from '../app'
import { CONTENT_SECURITY_POLICY } from '../csp'
import { refusal, tokenCookieName } from './access'
import { resolveStaticFile, serveFile } from './static'

// Trace imports send the file's text: a 100,000-span Jaeger JSON file is about 60 MB, more once
// quoted inside the JSON request, and 'traces.import' accepts files up to 200 MB. The host only
// listens on 127.0.0.1 behind the per-launch token, so the cap guards against mistakes, not abuse.
const MAX_BODY_BYTES = 256 * 1024 * 1024
const HEARTBEAT_MS = 15_000

const SECURITY_HEADERS = {
  'content-security-policy': CONTENT_SECURITY_POLICY,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
}

/** What the host needs of the backend: the bridge and its events. */
export type HostBackend = Pick<Backend, 'dispatch' | 'onEvent' | 'eventsEmitted'>

/** On every answer: the backend's event count when the call started (see Backend.onEvent). */
export const EVENTS_HEADER = 'x-firebreak-events'

export interface HostOptions {
  backend: HostBackend
  staticDir: string
  /** 0 picks any free port. */
  port: number
  token?: string
  /** Told of each file request the token lets through; the returned function runs once the
   *  answer is sent (or the connection closes). */
  onFileRequest?: (path: string) => () => void
}

export interface Host {
  url: string
  port: number
  token: string
  close(): Promise<void>
}

function sendText(res: ServerResponse, status: number, text: string): void {
  res.writeHead(status, { ...SECURITY_HEADERS, 'content-type': 'text/plain; charset=utf-8' })
  res.end(text)
}

function sendJson(res: ServerResponse, value: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(200, {
    ...SECURITY_HEADERS,
    ...headers,
    'content-type': 'application/json; charset=utf-8',
  })
  res.end(JSON.stringify(value))
}

async function readBody(req: IncomingMessage): Promise<string | null> {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length
    if (size > MAX_BODY_BYTES) return null
    chunks.push(chunk)
  }
  return Buffer.concat(chunks).toString('utf8')
}

async function handleRpc(
  backend: HostBackend,
  channel: string,
  req: IncomingMessage,
  res: ServerResponse,
) {
  if (!(req.headers['content-type'] ?? '').startsWith('application/json')) {
    // Requiring JSON forces a CORS preflight on any cross-site attempt.
    return sendText(res, 415, 'Send the request body as application/json')
  }
  const body = await readBody(req)
  if (body === null) return sendText(res, 413, `Request body over ${MAX_BODY_BYTES} bytes`)
  let input: unknown
  try {
    input = body.trim() === '' ? {} : JSON.parse(body)
  } catch {
    return sendJson(res, {
      ok: false,
      error: { code: 'invalid_input', message: 'The request body is not valid JSON' },
    })
  }
  // Read before the call: a count read after it could include an event the answer predates.
  const emitted = String(backend.eventsEmitted())
  sendJson(res, await backend.dispatch(channel, input), { [EVENTS_HEADER]: emitted })
}

function handleEvents(
  backend: HostBackend,
  req: IncomingMessage,
  res: ServerResponse,
  closers: Set<() => void>,
) {
  res.writeHead(200, {
    ...SECURITY_HEADERS,
    'content-type': 'text/event-stream',
    'cache-control': 'no-store',
    connection: 'keep-alive',
  })
  res.write(': connected\n\n')
  // "ready" once events reach this stream, with the event count then: the page compares it
  // with its answers' counts to find answers that predate an event it missed.
  const unsubscribe = backend.onEvent(
    (event) => res.write(`data: ${JSON.stringify(event)}\n\n`),
    (emitted) => res.write(`event: ready\ndata: ${JSON.stringify({ emitted })}\n\n`),
  )
  const heartbeat = setInterval(() => res.write(': heartbeat\n\n'), HEARTBEAT_MS)
  const close = () => {
    clearInterval(heartbeat)
    unsubscribe()
    closers.delete(close)
    res.end()
  }
  closers.add(close)
  req.on('close', close)
}

/** Browser mode: the built renderer and the bridge on 127.0.0.1 only, behind a per-launch token. */
export async function startHost(options: HostOptions): Promise<Host> {
  const token = options.token ?? randomBytes(24).toString('base64url')
  const streamClosers = new Set<() => void>()
  let port = options.port

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1')
    const refused = refusal(req, url, port, token)
    if (refused) return sendText(res, refused.status, refused.reason)
    const rpc = /^\/rpc\/([\w.]+)$/.exec(url.pathname)
    if (rpc && req.method === 'POST') {
      handleRpc(options.backend, rpc[1] ?? '', req, res).catch((error: unknown) => {
        sendText(res, 500, `Internal error: ${String(error)}`)
      })
      return
    }
    if (req.method !== 'GET' && req.method !== 'HEAD')
      return sendText(res, 405, 'Method not allowed')
    if (url.pathname === '/events') return handleEvents(options.backend, req, res, streamClosers)
    const answered = options.onFileRequest?.(url.pathname)
    if (answered) res.once('close', answered)
    const file = resolveStaticFile(options.staticDir, url.pathname)
    if (!file) return sendText(res, 404, 'Not found')
    const cookie = `${tokenCookieName(port)}=${token}; HttpOnly; SameSite=Strict; Path=/`
    serveFile(res, file, { ...SECURITY_HEADERS, 'set-cookie': cookie })
  })

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port, '127.0.0.1', () => resolve())
  })
  port = (server.address() as AddressInfo).port
  return {
    url: `http://127.0.0.1:${port}/?token=${token}`,
    port,
    token,
    close: () =>
      new Promise<void>((resolve) => {
        for (const close of [...streamClosers]) close()
        server.close(() => resolve())
        server.closeAllConnections()
      }),
  }
}
