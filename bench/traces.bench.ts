import { generateTrace, toJaegerV1Json, toOtlpJson } from '../e2e/support/trace-builder'
import { analyzeTrace, parseTracePayload } from '../shared/domain/traces'
import { figure, type BenchFigure } from './stats'

// Issue 7's budget: parse, normalize and analyze a 100,000-span trace in at most 1 s in Node.
// The trace is generated from a fixed seed so every run measures the same bytes.
const SPANS = 100_000
const RUNS = 5
const BUDGET_MS = 1000
const TRACE = {
  spans: SPANS,
  seed: 2026,
  fanOut: 6,
  services: 8,
  dominantDbSpan: true,
  orphans: 10,
  duplicateIds: 10,
  skewed: 20,
  errors: 50,
  followsFrom: 20,
  largeIntTag: true,
}

const median = (samples: number[]) => [...samples].sort((a, b) => a - b)[samples.length >> 1]!

/**
 * Median time of text -> normalized trace -> analysis, over a few runs: wall clock, and CPU time
 * of this process, which says more when other work shares the machine.
 */
function medianParseNormalizeAnalyze(text: string) {
  const wall: number[] = []
  const cpu: number[] = []
  let summary = ''
  for (let run = 0; run < RUNS; run++) {
    const start = performance.now()
    const cpuStart = process.cpuUsage()
    const result = parseTracePayload(text)
    if (!result.ok || result.traces.length !== 1) throw new Error('bench trace did not normalize')
    summary = analyzeTrace(result.traces[0]!).summary
    const used = process.cpuUsage(cpuStart)
    cpu.push((used.user + used.system) / 1000)
    wall.push(performance.now() - start)
  }
  return { ms: median(wall), cpuMs: median(cpu), summary }
}

const round = (value: number) => Math.round(value * 10) / 10

/** JSON.parse alone on the same text: the yardstick for how fast this machine is right now. */
function medianJsonParse(text: string): number {
  const samples: number[] = []
  for (let run = 0; run < RUNS; run++) {
    const start = performance.now()
    JSON.parse(text)
    samples.push(performance.now() - start)
  }
  return median(samples)
}

/** Figures for `npm run bench`: v1 JSON (the budget) and OTLP JSON of the same trace. */
export async function benchTraces(): Promise<Record<string, number | string>> {
  const built = generateTrace(TRACE)
  const v1Text = toJaegerV1Json(built)
  const otlpText = toOtlpJson(built)
  const v1 = medianParseNormalizeAnalyze(v1Text)
  const otlp = medianParseNormalizeAnalyze(otlpText)
  return {
    'traces.parseNormalizeAnalyze100k.ms': round(v1.ms),
    'traces.parseNormalizeAnalyze100k.cpuMs': round(v1.cpuMs),
    'traces.otlp.parseNormalizeAnalyze100k.ms': round(otlp.ms),
    'traces.otlp.parseNormalizeAnalyze100k.cpuMs': round(otlp.cpuMs),
    'traces.jsonParseOnly100k.ms': round(medianJsonParse(v1Text)),
    'traces.v1Text100k.MB': round(v1Text.length / 1e6),
    'traces.otlpText100k.MB': round(otlpText.length / 1e6),
    budget: BUDGET_MS,
    summary: v1.summary,
  }
}

/** The same run in bench/run.ts's figure format. */
export async function benchTraceFigures(): Promise<BenchFigure[]> {
  const result = await benchTraces()
  return [
    figure(
      'traces.parseNormalizeAnalyze100k',
      Number(result['traces.parseNormalizeAnalyze100k.ms']),
      'ms',
      BUDGET_MS,
    ),
    figure(
      'traces.otlp.parseNormalizeAnalyze100k',
      Number(result['traces.otlp.parseNormalizeAnalyze100k.ms']),
      'ms',
      BUDGET_MS,
    ),
  ]
}
