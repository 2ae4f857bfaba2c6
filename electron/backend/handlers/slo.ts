import { AppError } from '../../../shared/contract/errors'
import type { SloEvaluation, SloRecord, sloChannels } from '../../../shared/contract/slo'
import type { Incident } from '../../../shared/domain/incident'
import { BURN_WINDOWS, type BurnWindow } from '../../../shared/domain/slo/burn-rate'
import { findBucketLabel, type SloDefinition } from '../../../shared/domain/slo/definition'
import {
  incidentImpact,
  incidentSliQuery,
  sloQueries,
  summarizeSlo,
  type SloQuery,
} from '../../../shared/domain/slo/promql'
import { msg, type Message } from '../../../shared/i18n/messages'
import { deleteSlo, findSlo, listSlos, listSlosForServices, upsertSlo } from '../repositories/slos'
import type { PrometheusClient } from '../sources/prometheus/client'
import { failureText } from './failure-text'
import { requireIncident } from './incidents'
import { prometheusClientFor } from './prometheus'
import type { HandlerDeps, HandlersFor } from './types'

/** The first sample of an instant query; no sample, or NaN, is "no data", never a number. */
async function instantValue(
  client: PrometheusClient,
  query: string,
  timeMs: number,
  signal: AbortSignal,
): Promise<number | null> {
  const result = await client.query(query, { timeMs, signal })
  const value =
    result.resultType === 'vector'
      ? (result.samples[0]?.value ?? null)
      : result.resultType === 'scalar'
        ? result.value
        : null
  return value === null || Number.isNaN(value) ? null : value
}

/**
 * Latency SLOs match their bucket's `le` label textually ("3" or "3.0"): read the histogram's
 * own spelling from the source when the definition did not record it.
 */
async function withBucketLabel(
  client: PrometheusClient,
  slo: SloDefinition,
  signal: AbortSignal,
): Promise<SloDefinition> {
  if (slo.kind !== 'latency' || slo.bucketLabel) return slo
  const selector = `${slo.histogram}_bucket{${slo.selector}}`
  const values = await client.labelValues('le', { match: [selector] }, { signal })
  const match = findBucketLabel(slo.thresholdSeconds, values)
  if (match.label) return { ...slo, bucketLabel: match.label }
  throw new AppError(
    'invalid_input',
    values.length === 0
      ? msg('msgSources:slo.noSeries', { selector })
      : noBucketMessage(slo.histogram, slo.thresholdSeconds, match.nearest),
  )
}

/** The histogram has no bucket at the threshold; suggest the bounds either side of it. */
function noBucketMessage(histogram: string, threshold: number, nearest: number[]): Message {
  // At most two: the nearest bound below the threshold, then the nearest above.
  const [first, second] = nearest
  if (first === undefined) return msg('msgSources:slo.noBucket', { histogram, threshold })
  if (second === undefined) {
    return msg('msgSources:slo.noBucketUse', { histogram, threshold, bound: first })
  }
  return msg('msgSources:slo.noBucketUseEither', {
    histogram,
    threshold,
    below: first,
    above: second,
  })
}

export interface EvaluationWindow {
  atMs: number
  incidentStartMs: number
  incidentEndMs: number
}

export async function evaluateSlo(
  client: PrometheusClient,
  record: SloRecord,
  window: EvaluationWindow,
  signal: AbortSignal,
): Promise<SloEvaluation> {
  const empty = Object.fromEntries(Object.keys(BURN_WINDOWS).map((key) => [key, null])) as Record<
    BurnWindow,
    null
  >
  const base = { slo: record, atMs: window.atMs }
  try {
    const slo = await withBucketLabel(client, record.definition, signal)
    const queries = sloQueries(slo)
    const values = await Promise.all(
      queries.map((query) => instantValue(client, query.query, window.atMs, signal)),
    )
    const sliByKey: Partial<Record<SloQuery['key'], number | null>> = {}
    queries.forEach((query, index) => (sliByKey[query.key] = values[index] ?? null))
    const status = summarizeSlo(slo, sliByKey)
    const during = incidentSliQuery(slo, window.incidentStartMs, window.incidentEndMs)
    const incidentSli = await instantValue(client, during.query, during.evaluateAtMs, signal)
    const sliByWindow = Object.fromEntries(
      Object.keys(BURN_WINDOWS).map((key) => [key, sliByKey[key as BurnWindow] ?? null]),
    ) as Record<BurnWindow, number | null>
    return {
      ...base,
      sliOverPeriod: status.sliOverPeriod,
      budgetRemaining: status.budgetRemaining,
      sliByWindow,
      burnRates: status.burnRates,
      alert: status.alert,
      incident: {
        startMs: window.incidentStartMs,
        endMs: window.incidentEndMs,
        ...incidentImpact(slo, during.windowMs, incidentSli),
      },
      error: null,
      errorText: null,
    }
  } catch (error) {
    if (signal.aborted) throw error
    const noCondition = { firing: false, long: null, short: null, threshold: 0 }
    const { message, text } = failureText(error)
    return {
      ...base,
      sliOverPeriod: null,
      budgetRemaining: null,
      sliByWindow: empty,
      burnRates: empty,
      alert: { state: 'no_data', page: noCondition, ticket: noCondition },
      incident: null,
      error: message,
      errorText: text,
    }
  }
}

/** From the start to the resolution; an open incident's window runs to now. */
export function incidentWindow(incident: Incident, now: number) {
  const end = Math.min(incident.resolvedAt ?? now, now)
  return { incidentStartMs: incident.startedAt, incidentEndMs: Math.max(end, incident.startedAt) }
}

export function sloHandlers(deps: HandlerDeps): HandlersFor<keyof typeof sloChannels> {
  const { db } = deps
  return {
    'slo.list'(input) {
      return listSlos(db, input.service)
    },
    'slo.save'(input) {
      const previous = input.id ? findSlo(db, input.id) : undefined
      if (input.id && !previous) throw new AppError('not_found', msg('msgSources:slo.gone'))
      const at = deps.now()
      const record: SloRecord = {
        id: previous?.id ?? deps.newId(),
        definition: input.definition,
        createdAt: previous?.createdAt ?? at,
        updatedAt: at,
      }
      upsertSlo(db, record)
      deps.emit({ name: 'slo.changed' })
      return record
    },
    'slo.delete'(input) {
      if (!deleteSlo(db, input.id)) throw new AppError('not_found', msg('msgSources:slo.gone'))
      deps.emit({ name: 'slo.changed' })
      return { id: input.id }
    },
    async 'slo.evaluate'(input) {
      const incident = requireIncident(deps, input.incidentId)
      const slos = listSlosForServices(db, incident.services)
      if (slos.length === 0) return []
      const { client } = prometheusClientFor(deps, input.sourceId)
      const now = deps.now()
      const window = { atMs: input.atMs ?? now, ...incidentWindow(incident, now) }
      return deps.requests.run(input.requestId, (signal) =>
        Promise.all(slos.map((slo) => evaluateSlo(client, slo, window, signal))),
      )
    },
  }
}
