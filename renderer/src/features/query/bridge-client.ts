// The PromQL editor's autocomplete source, served through the bridge: the renderer cannot reach
// Prometheus itself (CSP connect-src 'self'), the backend asks it with the source's credentials.
import type { PrometheusClient } from '@prometheus-io/codemirror-promql'
// The package's own selector builder, the one its HTTP client uses (not re-exported at the root).
import { labelMatchersToString } from '@prometheus-io/codemirror-promql/dist/esm/parser/matcher'
import { call } from '../../bridge'

type Matchers = Parameters<typeof labelMatchersToString>[1]

const TTL_MS = 5 * 60_000
/** Label names and values of the last 12 hours are what a responder is likely to want. */
const LOOKBACK_MS = 12 * 3_600_000

export class BridgePrometheusClient implements PrometheusClient {
  private readonly cache = new Map<string, { at: number; value: Promise<unknown> }>()

  constructor(private readonly sourceId: string) {}

  /** One request per question for a few minutes; a failure is forgotten so it can be retried. */
  private cached<T>(key: string, load: () => Promise<T>, fallback: T): Promise<T> {
    const hit = this.cache.get(key)
    if (hit && Date.now() - hit.at < TTL_MS) return hit.value as Promise<T>
    const value = load().catch(() => {
      this.cache.delete(key)
      return fallback
    })
    this.cache.set(key, { at: Date.now(), value })
    return value
  }

  private window() {
    const endMs = Date.now()
    return { startMs: endMs - LOOKBACK_MS, endMs }
  }

  labelNames(metricName?: string): Promise<string[]> {
    const match = metricName ? [labelMatchersToString(metricName)] : []
    return this.cached(
      `labels:${match.join()}`,
      () => call('prometheus.labelNames', { sourceId: this.sourceId, match, ...this.window() }),
      [],
    )
  }

  labelValues(labelName: string, metricName?: string, matchers?: Matchers): Promise<string[]> {
    const match = metricName ? [labelMatchersToString(metricName, matchers, labelName)] : []
    return this.cached(
      `values:${labelName}:${match.join()}`,
      () =>
        call('prometheus.labelValues', {
          sourceId: this.sourceId,
          label: labelName,
          match,
          ...this.window(),
        }),
      [],
    )
  }

  metricMetadata() {
    return this.cached(
      'metadata',
      () => call('prometheus.metadata', { sourceId: this.sourceId, limit: 10_000 }),
      {},
    )
  }

  async series(
    metricName: string,
    matchers?: Matchers,
    labelName?: string,
  ): Promise<Map<string, string>[]> {
    const match = [labelMatchersToString(metricName, matchers, labelName)]
    const series = await this.cached(
      `series:${match.join()}`,
      () => call('prometheus.series', { sourceId: this.sourceId, match, ...this.window() }),
      [],
    )
    return series.map((labels) => new Map(Object.entries(labels)))
  }

  metricNames(): Promise<string[]> {
    return this.labelValues('__name__')
  }

  /** Only used for the lookback delta; Prometheus's default is what the editor assumes. */
  flags(): Promise<Record<string, string>> {
    return Promise.resolve({})
  }
}
