// The sample's evidence, pinned the way the app pins it: charts through prometheus.pin (the
// stored range answer as columns, plus a picture), traces through the trace pin (the Jaeger v3
// answer as received, with its analysis summary), so the evidence viewers cannot tell them apart.
import type { BuiltTrace } from '../../../e2e/support/trace-builder'
import { parseTracePayload } from '../../../shared/domain/traces'
import { encodeColumns } from '../handlers/columns-wire'
import { TraceCache } from '../handlers/traces-cache'
import { pinTrace } from '../handlers/traces-evidence'
import type { StoryChart } from './metrics'
import { renderChartPng } from './png'
import type { Beat, EvidenceKey, StoryState } from './play-types'
import { JAEGER_NAME, PEOPLE, PROMETHEUS_NAME } from './story'
import { asJaegerV3Answer } from './traces'
import { PIN_TIMES } from './story-steps'
import type { StoryWriter } from './writer'

/** Who pinned each chart: whoever was working the step it belongs to. */
const CHART_PINNED_BY: Record<StoryChart['key'], string> = {
  p99: PEOPLE.commander,
  errors: PEOPLE.commander,
  cpu: PEOPLE.database,
  burnRate: PEOPLE.communications,
}

export function chartBeats(w: StoryWriter, charts: readonly StoryChart[]): Beat[] {
  return charts.map((chart) => ({
    at: chart.pinnedAt,
    by: CHART_PINNED_BY[chart.key],
    run(state: StoryState) {
      const png = renderChartPng(chart.matrix, chart.threshold)
      const item = w.call('prometheus.pin', {
        incidentId: state.incidentId,
        sourceName: PROMETHEUS_NAME,
        query: chart.query,
        startMs: chart.startMs,
        endMs: chart.endMs,
        stepMs: chart.stepMs,
        unit: chart.unit,
        caption: chart.caption,
        columns: encodeColumns(chart.matrix),
        warnings: [],
        pngBase64: png.toString('base64'),
      })
      state.evidence[chart.key] = item.id
    },
  }))
}

function pinStoryTrace(w: StoryWriter, state: StoryState, trace: BuiltTrace, caption: string) {
  const text = asJaegerV3Answer(trace)
  const parsed = parseTracePayload(text)
  if (!parsed.ok) throw new Error(`The sample trace does not parse: ${parsed.error.message}`)
  const cache = new TraceCache(w.deps.newId)
  const payload = cache.add({
    text,
    format: parsed.format,
    traces: parsed.traces,
    origin: { kind: 'jaeger', sourceId: 'sample-jaeger', sourceName: JAEGER_NAME, api: 'v3' },
  })
  return pinTrace(w.deps, cache.open(payload, 0), { incidentId: state.incidentId, caption })
}

export function traceBeats(w: StoryWriter, traces: readonly BuiltTrace[]): Beat[] {
  const pins: [EvidenceKey, number, string][] = [
    [
      'slowTrace',
      PIN_TIMES.slowTrace,
      'Slow leaderboard request: leaderboard-db SELECT holds 74% of the 7.1 s on the critical path',
    ],
    [
      'secondTrace',
      PIN_TIMES.secondTrace,
      'Another slow request (5.6 s): the same SELECT dominates again',
    ],
  ]
  return pins.flatMap(([key, at, caption], index) => {
    const trace = traces[index]
    if (!trace) return []
    return [
      {
        at,
        by: PEOPLE.database,
        run(state: StoryState) {
          state.evidence[key] = pinStoryTrace(w, state, trace, caption).id
        },
      },
    ]
  })
}
