// Prometheus sends sample values as strings so that NaN and the infinities survive JSON.

/** "1e+00" -> 1, "NaN" -> NaN, "+Inf" -> Infinity, "-Inf" -> -Infinity. Unparseable -> NaN. */
export function parseSampleValue(text: string): number {
  switch (text) {
    case '+Inf':
    case 'Inf':
      return Infinity
    case '-Inf':
      return -Infinity
    case 'NaN':
    case '':
      return NaN
    default:
      return Number(text)
  }
}

/** Prometheus timestamps are float seconds; the app uses epoch milliseconds. */
export function secondsToMs(seconds: number): number {
  return Math.round(seconds * 1000)
}

/** Query parameters take float seconds; keep millisecond precision, no float noise. */
export function msToSecondsParam(ms: number): string {
  return (ms / 1000).toFixed(3).replace(/\.?0+$/, '')
}

/**
 * RFC 3339 with nanoseconds ("2026-11-21T19:04:51.188674269Z") to epoch ms, or null when absent
 * or Go's zero time ("0001-01-01T00:00:00Z"), which Prometheus uses for "never".
 */
export function parseRfc3339Ms(text: string | undefined | null): number | null {
  if (!text) return null
  const ms = Date.parse(text)
  if (!Number.isFinite(ms) || ms < Date.UTC(1971, 0, 1)) return null
  return ms
}
