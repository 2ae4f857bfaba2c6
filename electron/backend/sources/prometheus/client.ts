// A typed client for the Prometheus HTTP API v1. Every answer is validated; Prometheus's own
// errors become PrometheusApiError, transport failures SourceError.
import type { z } from 'zod'
import type { ColumnarMatrix } from '../../../../shared/domain/prometheus/columnar'
import { scanMatrixAnswer } from '../../../../shared/domain/prometheus/matrix-scan'
import {
  msToSecondsParam,
  parseRfc3339Ms,
  parseSampleValue,
  secondsToMs,
} from '../../../../shared/domain/prometheus/sample'
import { parseJsonText } from '../http'
import { decodeAnswer, decodeRangeAnswer, toColumns, type RangeQueryResult } from './decode'
import {
  sendApiRequest,
  sendApiRequestText,
  type CallOptions,
  type Params,
  type SourceConfig,
} from './request'
import {
  alertsDataSchema,
  buildInfoSchema,
  metadataSchema,
  queryDataSchema,
  rulesDataSchema,
  seriesListSchema,
  stringListSchema,
  type BuildInfo,
  type Labels,
  type MetricMetadata,
  type RuleGroup,
} from './schemas'

export interface InstantSample {
  labels: Labels
  /** Null for a native-histogram sample, which has no single value. */
  value: number | null
  timestampMs: number
}

export type InstantQueryResult =
  | { resultType: 'vector'; samples: InstantSample[]; warnings: string[] }
  | { resultType: 'scalar'; value: number; timestampMs: number; warnings: string[] }
  | { resultType: 'string'; value: string; timestampMs: number; warnings: string[] }
  | { resultType: 'matrix'; matrix: ColumnarMatrix; warnings: string[] }

export type { RangeQueryResult }

export interface RangeQuery {
  startMs: number
  endMs: number
  stepMs: number
  /** Keep at most this many series; the rest are counted in matrix.droppedSeries. */
  maxSeries?: number
}

export interface PrometheusAlert {
  labels: Labels
  annotations: Labels
  state: 'firing' | 'pending' | 'inactive' | string
  activeAt: number | null
  value: number
}

export interface SeriesFilter {
  match?: string[]
  startMs?: number
  endMs?: number
}

function filterParams(filter: SeriesFilter = {}): Params {
  const params: Params = (filter.match ?? []).map((selector) => ['match[]', selector])
  if (filter.startMs !== undefined) params.push(['start', msToSecondsParam(filter.startMs)])
  if (filter.endMs !== undefined) params.push(['end', msToSecondsParam(filter.endMs)])
  return params
}

/** Prometheus stops evaluating at this deadline; a little under ours so its error arrives first. */
function serverTimeoutParam(timeoutMs: number | undefined): Params {
  if (timeoutMs === undefined) return []
  return [['timeout', `${Math.max(1, Math.floor((timeoutMs * 0.9) / 1000))}s`]]
}

export class PrometheusClient {
  constructor(private readonly config: SourceConfig) {}

  private async call<T extends z.ZodType>(
    what: string,
    spec: { path: string; params?: Params; postable?: boolean; query?: string },
    dataSchema: T,
    options: CallOptions,
  ): Promise<{ data: z.infer<T>; warnings: string[] }> {
    const { status, json, url } = await sendApiRequest(this.config, spec, options)
    return decodeAnswer({ what, status, url, query: spec.query }, json, dataSchema)
  }

  private get timeoutMs(): number | undefined {
    return this.config.timeoutMs
  }

  /** Instant query at `timeMs` (default: the server's now). */
  async query(
    expr: string,
    options: CallOptions & { timeMs?: number } = {},
  ): Promise<InstantQueryResult> {
    const params: Params = [['query', expr]]
    if (options.timeMs !== undefined) params.push(['time', msToSecondsParam(options.timeMs)])
    params.push(...serverTimeoutParam(options.timeoutMs ?? this.timeoutMs))
    const spec = { path: '/api/v1/query', params, postable: true, query: expr }
    const { data, warnings } = await this.call('query', spec, queryDataSchema, options)
    switch (data.resultType) {
      case 'vector':
        return {
          resultType: 'vector',
          warnings,
          samples: data.result.map((sample) => ({
            labels: sample.metric,
            value: sample.value ? parseSampleValue(sample.value[1]) : null,
            timestampMs: secondsToMs(sample.value?.[0] ?? sample.histogram?.[0] ?? NaN),
          })),
        }
      case 'scalar':
      case 'string': {
        const [seconds, text] = data.result
        const timestampMs = secondsToMs(seconds)
        return data.resultType === 'scalar'
          ? { resultType: 'scalar', value: parseSampleValue(text), timestampMs, warnings }
          : { resultType: 'string', value: text, timestampMs, warnings }
      }
      case 'matrix':
        return { resultType: 'matrix', matrix: toColumns(data.result, {}, 200), warnings }
    }
  }

  /** Range query converted to columns on the query's own time grid. */
  async queryRange(
    expr: string,
    range: RangeQuery,
    options: CallOptions = {},
  ): Promise<RangeQueryResult> {
    const params: Params = [
      ['query', expr],
      ['start', msToSecondsParam(range.startMs)],
      ['end', msToSecondsParam(range.endMs)],
      ['step', msToSecondsParam(range.stepMs)],
      ...serverTimeoutParam(options.timeoutMs ?? this.timeoutMs),
    ]
    const spec = { path: '/api/v1/query_range', params, postable: true, query: expr }
    const answer = await sendApiRequestText(this.config, spec, options)
    if (answer.status === 200) {
      // Big answers: straight from text to columns; anything unusual takes the ordinary path.
      const scanned = scanMatrixAnswer(answer.text, { grid: range, maxSeries: range.maxSeries })
      if (scanned) return scanned
    }
    const context = { what: 'query_range', status: answer.status, url: answer.url, query: expr }
    return decodeRangeAnswer(context, parseJsonText(answer.url, answer), range)
  }

  /** Firing and pending alerts with their labels, annotations and active-since time. */
  async alerts(options: CallOptions = {}): Promise<PrometheusAlert[]> {
    const { data } = await this.call(
      'alerts',
      { path: '/api/v1/alerts' },
      alertsDataSchema,
      options,
    )
    return data.alerts.map((alert) => ({
      labels: alert.labels,
      annotations: alert.annotations,
      state: alert.state,
      activeAt: parseRfc3339Ms(alert.activeAt),
      value: parseSampleValue(alert.value ?? 'NaN'),
    }))
  }

  async rules(options: CallOptions & { type?: 'alert' | 'record' } = {}): Promise<RuleGroup[]> {
    const params: Params = options.type ? [['type', options.type]] : []
    const spec = { path: '/api/v1/rules', params }
    const { data } = await this.call('rules', spec, rulesDataSchema, options)
    return data.groups
  }

  async labels(filter: SeriesFilter = {}, options: CallOptions = {}): Promise<string[]> {
    const spec = { path: '/api/v1/labels', params: filterParams(filter), postable: true }
    const { data } = await this.call('labels', spec, stringListSchema, options)
    return data
  }

  async labelValues(
    name: string,
    filter: SeriesFilter = {},
    options: CallOptions = {},
  ): Promise<string[]> {
    const path = `/api/v1/label/${encodeURIComponent(name)}/values`
    const { data } = await this.call(
      'label values',
      { path, params: filterParams(filter) },
      stringListSchema,
      options,
    )
    return data
  }

  async series(filter: SeriesFilter & { match: string[] }, options: CallOptions = {}) {
    const spec = { path: '/api/v1/series', params: filterParams(filter), postable: true }
    const { data } = await this.call('series', spec, seriesListSchema, options)
    return data
  }

  /** Type and help text per metric name (all metrics, or one); limit caps the metric count. */
  async metadata(
    filter: { metric?: string; limit?: number } = {},
    options: CallOptions = {},
  ): Promise<MetricMetadata> {
    const params: Params = []
    if (filter.metric) params.push(['metric', filter.metric])
    if (filter.limit !== undefined) params.push(['limit', String(filter.limit)])
    const spec = { path: '/api/v1/metadata', params }
    const { data } = await this.call('metadata', spec, metadataSchema, options)
    return data
  }

  /** The server's version; "Test connection" shows it. */
  async buildInfo(options: CallOptions = {}): Promise<BuildInfo> {
    const spec = { path: '/api/v1/status/buildinfo' }
    const { data } = await this.call('buildinfo', spec, buildInfoSchema, options)
    return data
  }
}

export function createPrometheusClient(config: SourceConfig): PrometheusClient {
  return new PrometheusClient(config)
}
