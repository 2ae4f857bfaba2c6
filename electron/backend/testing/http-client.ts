import { request } from 'node:http'
import type { Host } from '../host/server'

// Raw HTTP to a browser-mode host in tests, so they can send Host and Origin headers a browser
// would not let a page forge.

export interface Answer {
  status: number
  body: string
  headers: Record<string, string | string[] | undefined>
}

export function send(
  port: number,
  path: string,
  options: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port, path, method: options.method ?? 'GET', headers: options.headers },
      (res) => {
        let body = ''
        res.on('data', (chunk: Buffer) => (body += chunk.toString()))
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body, headers: res.headers }))
      },
    )
    req.on('error', reject)
    req.end(options.body)
  })
}

/** A bridge call with the host's token. */
export function rpc(
  h: Host,
  channel: string,
  input: unknown,
  headers: Record<string, string> = {},
) {
  return send(h.port, `/rpc/${channel}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-firebreak-token': h.token, ...headers },
    body: JSON.stringify(input),
  })
}
