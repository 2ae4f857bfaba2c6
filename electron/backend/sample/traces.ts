// The story's traces, from the deterministic trace builder (e2e/support/trace-builder.ts): slow
// leaderboard requests during the incident, where one leaderboard-db SELECT holds 74% of the
// request on the critical path, and fast ones from before the go-live for comparison. The sample
// pins the slow ones; `npm run demo:stack` serves all of them from the Jaeger fixture server.
import { generateTrace, toOtlpJson, type BuiltTrace } from '../../../e2e/support/trace-builder'
import { MINUTE_MS } from './story'

export interface StoryTraces {
  /** Requests during the incident, slowest first. */
  slow: BuiltTrace[]
  /** Ordinary requests from before the go-live. */
  fast: BuiltTrace[]
}

const SLOW = [
  { seed: 61, spans: 180, rootDurationUs: 7_100_000, minute: 52 },
  { seed: 62, spans: 140, rootDurationUs: 5_600_000, minute: 53.5 },
  { seed: 63, spans: 120, rootDurationUs: 6_300_000, minute: 41 },
]
const FAST = [
  { seed: 71, spans: 60, rootDurationUs: 238_000, minute: -20 },
  { seed: 72, spans: 55, rootDurationUs: 212_000, minute: -9 },
]

const SERVICES = 6

/** The traces, placed around `t0`, the go-live. */
export function storyTraces(t0: number): StoryTraces {
  const startUs = (minute: number) => Math.round(t0 + minute * MINUTE_MS) * 1000
  return {
    slow: SLOW.map((t) =>
      generateTrace({
        spans: t.spans,
        seed: t.seed,
        services: SERVICES,
        rootDurationUs: t.rootDurationUs,
        startUs: startUs(t.minute),
        dominantDbSpan: true,
      }),
    ),
    fast: FAST.map((t) =>
      generateTrace({
        spans: t.spans,
        seed: t.seed,
        services: SERVICES,
        rootDurationUs: t.rootDurationUs,
        startUs: startUs(t.minute),
      }),
    ),
  }
}

/** A trace as Jaeger's API v3 answers GET /api/v3/traces/{id}: what a real pin stores. */
export function asJaegerV3Answer(trace: BuiltTrace): string {
  return toOtlpJson(trace, 'v3')
}
