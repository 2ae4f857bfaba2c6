import { AppError } from '../../../shared/contract/errors'
import type { prometheusChannels } from '../../../shared/contract/prometheus'
import { seriesName } from '../../../shared/domain/prometheus/columnar'
import { pointCount } from '../../../shared/domain/prometheus/step'
import { msg, type MessageKey } from '../../../shared/i18n/messages'
import { listIncidentAlerts } from '../repositories/incident-alerts'
import { createAlertmanagerClient } from '../sources/prometheus/alertmanager'
import { createPrometheusClient, type PrometheusClient } from '../sources/prometheus/client'
import { PrometheusApiError } from '../sources/prometheus/errors'
import type { DataSourceRecord } from '../repositories/datasources'
import { decodeColumns, encodeColumns } from './columns-wire'
import { sourceConfigFor } from './datasources'
import { decodePng, pinEvidence } from './evidence'
import { failureText } from './failure-text'
import { requireIncident } from './incidents'
import { mergeAlertmanager, prometheusAlerts, sortAlerts } from './prometheus-alerts'
import type { HandlerDeps, HandlersFor } from './types'

type SourceKind = DataSourceRecord['kind']

/** "X is an Alertmanager source; choose a Prometheus source", by the kind wanted and the kind found. */
const WRONG_KIND: Record<SourceKind, Partial<Record<SourceKind, MessageKey>>> = {
  prometheus: {
    alertmanager: 'msgSources:source.wrongKind.alertmanagerNotPrometheus',
    jaeger: 'msgSources:source.wrongKind.jaegerNotPrometheus',
  },
  alertmanager: {
    prometheus: 'msgSources:source.wrongKind.prometheusNotAlertmanager',
    jaeger: 'msgSources:source.wrongKind.jaegerNotAlertmanager',
  },
  jaeger: {
    prometheus: 'msgSources:source.wrongKind.prometheusNotJaeger',
    alertmanager: 'msgSources:source.wrongKind.alertmanagerNotJaeger',
  },
}

/** The configured source with its secrets, refused with a clear message when it is another kind. */
export function sourceOfKind(deps: HandlerDeps, sourceId: string, kind: SourceKind) {
  const { record, config } = sourceConfigFor(deps, sourceId)
  const wrongKind = record.kind === kind ? undefined : WRONG_KIND[kind][record.kind]
  if (wrongKind) {
    throw new AppError('invalid_input', msg(wrongKind, { name: record.name }), {
      fields: { sourceId: msg(`msgSources:source.choose.${kind}`) },
    })
  }
  return { record, config }
}

export function prometheusClientFor(
  deps: HandlerDeps,
  sourceId: string,
): { record: DataSourceRecord; client: PrometheusClient } {
  const { record, config } = sourceOfKind(deps, sourceId, 'prometheus')
  return { record, client: createPrometheusClient(config) }
}

/**
 * Prometheus's parse errors carry a position; it travels as the field "query.position"
 * ("line:column:offset") next to the message on "query", so the editor can mark the spot.
 */
export function withQueryPosition(error: unknown): unknown {
  if (!(error instanceof PrometheusApiError) || !error.position) return error
  const { line, column, offset } = error.position
  const message = error.text ?? error.message
  return new AppError('invalid_input', message, {
    fields: { query: message, 'query.position': `${line}:${column}:${offset ?? ''}` },
    info: error.detail?.info,
  })
}

async function rethrowingPosition<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work()
  } catch (error) {
    throw withQueryPosition(error)
  }
}

function checkRangeSize(startMs: number, endMs: number, stepMs: number): void {
  if (pointCount(startMs, endMs, stepMs) > 11_000) {
    const message = msg('msgSources:prometheus.tooManyPoints')
    throw new AppError('invalid_input', message, { fields: { step: message } })
  }
}

export function prometheusHandlers(
  deps: HandlerDeps,
): HandlersFor<keyof typeof prometheusChannels> {
  return {
    'prometheus.queryRange'(input) {
      checkRangeSize(input.startMs, input.endMs, input.stepMs)
      const { record, client } = prometheusClientFor(deps, input.sourceId)
      const range = { startMs: input.startMs, endMs: input.endMs, stepMs: input.stepMs }
      return deps.requests.run(input.requestId, (signal) =>
        rethrowingPosition(async () => {
          const result = await client.queryRange(
            input.query,
            { ...range, maxSeries: input.maxSeries },
            { signal },
          )
          return {
            sourceName: record.name,
            query: input.query,
            ...range,
            columns: encodeColumns(result.matrix),
            warnings: result.warnings,
          }
        }),
      )
    },
    async 'prometheus.alerts'(input) {
      const { client } = prometheusClientFor(deps, input.sourceId)
      const manager = input.alertmanagerId
        ? createAlertmanagerClient(sourceOfKind(deps, input.alertmanagerId, 'alertmanager').config)
        : null
      const [fromPrometheus, fromManager] = await Promise.all([
        deps.requests.run(undefined, (signal) => prometheusAlerts(client, signal)),
        manager?.alerts().then(
          (alerts) => ({ alerts, error: null }),
          (error: unknown) => ({ alerts: [], error: failureText(error) }),
        ),
      ])
      return {
        alerts: fromManager
          ? mergeAlertmanager(fromPrometheus, fromManager.alerts)
          : sortAlerts(fromPrometheus),
        alertmanagerError: fromManager?.error?.message ?? null,
        alertmanagerErrorText: fromManager?.error?.text ?? null,
      }
    },
    'prometheus.incidentAlerts'(input) {
      requireIncident(deps, input.incidentId)
      return listIncidentAlerts(deps.db, input.incidentId)
    },
    'prometheus.labelNames'(input) {
      return prometheusClientFor(deps, input.sourceId).client.labels(input)
    },
    'prometheus.labelValues'(input) {
      return prometheusClientFor(deps, input.sourceId).client.labelValues(input.label, input)
    },
    'prometheus.series'(input) {
      return prometheusClientFor(deps, input.sourceId).client.series(input)
    },
    'prometheus.metadata'(input) {
      return prometheusClientFor(deps, input.sourceId).client.metadata({ limit: input.limit })
    },
    'prometheus.pin'(input) {
      const png = decodePng(input.pngBase64)
      const matrix = decodeColumns(input.columns)
      const payload = {
        format: 'firebreak.prometheus-range.v1' as const,
        sourceName: input.sourceName,
        query: input.query,
        startMs: input.startMs,
        endMs: input.endMs,
        stepMs: input.stepMs,
        unit: input.unit,
        columns: input.columns,
        warnings: input.warnings,
        pinnedAt: deps.now(),
      }
      const label = input.caption || input.query
      const shortLabel = label.length > 160 ? `${label.slice(0, 159)}…` : label
      return pinEvidence(deps, {
        incidentId: input.incidentId,
        kind: 'chart',
        caption: input.caption,
        sourceName: input.sourceName,
        summary: {
          query: input.query,
          startMs: input.startMs,
          endMs: input.endMs,
          stepMs: input.stepMs,
          unit: input.unit,
          series: matrix.series.length,
          points: input.columns.points,
          firstSeries: matrix.series[0] ? seriesName(matrix.series[0].labels) : null,
        },
        payloadJson: JSON.stringify(payload),
        png,
        timelineText: msg('msgEvents:evidence.chartPinned', {
          label: shortLabel,
          source: input.sourceName,
        }),
      })
    },
  }
}
