// Test-only access to ../shared/fixtures/jaeger (bundled by Vite at test time, so no node:fs in shared/).
import type { NormalizedTrace, TraceParseResult } from './model'
import { parseTracePayload } from './parse'

const FIXTURES = import.meta.glob<string>('../../../../shared/fixtures/jaeger/**/*.{json,ndjson}', {
  query: '?raw',
  import: 'default',
  eager: true,
})

/** Every fixture as { name relative to the jaeger folder, text }. */
export const jaegerFixtures = Object.entries(FIXTURES).map(([path, text]) => ({
  name: path.replace(/^.*fixtures\/jaeger\//, ''),
  text,
}))

export function fixtureText(name: string): string {
  const file = jaegerFixtures.find((candidate) => candidate.name === name)
  if (!file) throw new Error(`No Jaeger fixture named ${name}`)
  return file.text
}

export function parseFixture(name: string): Extract<TraceParseResult, { ok: true }> {
  const result = parseTracePayload(fixtureText(name))
  if (!result.ok) throw new Error(`${name}: ${result.error.message}`)
  return result
}

/** The first trace of a fixture. */
export function fixtureTrace(name: string): NormalizedTrace {
  const trace = parseFixture(name).traces[0]
  if (!trace) throw new Error(`${name} holds no trace`)
  return trace
}

/** Span index by span ID (the first, for duplicated IDs). */
export function spanIndex(trace: NormalizedTrace, spanId: string): number {
  const index = trace.spanIds.indexOf(spanId)
  if (index < 0) throw new Error(`No span ${spanId} in trace ${trace.traceId}`)
  return index
}
