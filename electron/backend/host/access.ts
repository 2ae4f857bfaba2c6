import { timingSafeEqual } from 'node:crypto'
import type { IncomingMessage } from 'node:http'

// Access rules for browser mode. The host listens on loopback only, but any web page the user
// visits can still send requests to 127.0.0.1: the token stops blind requests, and the Host and
// Origin checks stop DNS-rebinding pages that would otherwise look same-origin.

export function allowedHosts(port: number): string[] {
  return [`127.0.0.1:${port}`, `localhost:${port}`]
}

export function tokenCookieName(port: number): string {
  // Cookies ignore ports, so two hosts on one machine must not share a cookie name.
  return `firebreak_token_${port}`
}

export function sameToken(given: string | undefined, expected: string): boolean {
  if (!given) return false
  const a = Buffer.from(given)
  const b = Buffer.from(expected)
  return a.length === b.length && timingSafeEqual(a, b)
}

function cookieValue(header: string | undefined, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const [key, ...rest] = part.trim().split('=')
    if (key === name) return decodeURIComponent(rest.join('='))
  }
  return undefined
}

export type Refusal = { status: 401 | 403; reason: string }

/** Why a request must be refused, or null when it may proceed. */
export function refusal(
  req: IncomingMessage,
  url: URL,
  port: number,
  token: string,
): Refusal | null {
  const host = req.headers.host ?? ''
  if (!allowedHosts(port).includes(host)) {
    return {
      status: 403,
      reason: `Refused: Host "${host.slice(0, 100)}" is not this Firebreak host`,
    }
  }
  const origin = req.headers.origin
  if (origin !== undefined && !allowedHosts(port).some((h) => origin === `http://${h}`)) {
    return {
      status: 403,
      reason: `Refused: Origin "${origin.slice(0, 100)}" is not this Firebreak host`,
    }
  }
  const header = req.headers['x-firebreak-token']
  const given =
    (typeof header === 'string' ? header : undefined) ??
    url.searchParams.get('token') ??
    cookieValue(req.headers.cookie, tokenCookieName(port))
  if (!sameToken(given ?? undefined, token)) {
    return {
      status: 401,
      reason:
        'Refused: missing or outdated access token. Open the URL that `npm run start:browser` printed.',
    }
  }
  return null
}
