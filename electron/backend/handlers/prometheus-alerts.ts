// Firing and pending alerts as the Alerts page shows them: Prometheus's rules (which know each
// alert's expression) merged with Alertmanager's view (silenced, inhibited), when configured.
import type { AlertView, DeclaredAlert, IncidentAlert } from '../../../shared/contract/prometheus'
import { englishText } from '../../../shared/i18n/english'
import { msg, type Message } from '../../../shared/i18n/messages'
import { insertIncidentAlert } from '../repositories/incident-alerts'
import { readSettings } from '../repositories/settings'
import { insertTimelineEvent } from '../repositories/timeline'
import type { AlertmanagerAlert } from '../sources/prometheus/alertmanager'
import type { PrometheusClient } from '../sources/prometheus/client'
import { PrometheusApiError } from '../sources/prometheus/errors'
import { parseRfc3339Ms, parseSampleValue } from '../../../shared/domain/prometheus/sample'
import { sampleText } from './columns-wire'
import type { HandlerDeps } from './types'

function labelKey(labels: Record<string, string>): string {
  return JSON.stringify(Object.entries(labels).sort(([a], [b]) => a.localeCompare(b)))
}

function isShown(state: string): state is 'firing' | 'pending' {
  return state === 'firing' || state === 'pending'
}

/** Alerts from the rules API, which carries each rule's query; /api/v1/alerts if it is missing. */
export async function prometheusAlerts(
  client: PrometheusClient,
  signal: AbortSignal,
): Promise<AlertView[]> {
  const fromRule = (
    alert: { labels: Record<string, string>; annotations: Record<string, string> },
    state: 'firing' | 'pending',
    activeAt: number | null,
    value: string | null,
    expr: string | null,
  ): AlertView => ({
    key: labelKey(alert.labels),
    origin: 'prometheus',
    name: alert.labels.alertname ?? 'unnamed alert',
    state,
    labels: alert.labels,
    annotations: alert.annotations,
    activeAt,
    value,
    expr,
    silencedBy: [],
    inhibitedBy: [],
  })
  try {
    const groups = await client.rules({ type: 'alert', signal })
    return groups.flatMap((group) =>
      group.rules.flatMap((rule) =>
        rule.type !== 'alerting'
          ? []
          : (rule.alerts ?? [])
              .filter((alert) => isShown(alert.state))
              .map((alert) =>
                fromRule(
                  alert,
                  alert.state as 'firing' | 'pending',
                  parseRfc3339Ms(alert.activeAt),
                  // Prometheus writes alert values in Go's %e form ("4.2e+01").
                  alert.value === undefined ? null : sampleText(parseSampleValue(alert.value)),
                  rule.query,
                ),
              ),
      ),
    )
  } catch (error) {
    // Servers that implement only /api/v1/alerts (some proxies and long-term stores).
    if (!(error instanceof PrometheusApiError) || error.kind === 'bad_data') throw error
    const alerts = await client.alerts({ signal })
    return alerts
      .filter((alert) => isShown(alert.state))
      .map((alert) =>
        fromRule(
          alert,
          alert.state as 'firing' | 'pending',
          alert.activeAt,
          sampleText(alert.value),
          null,
        ),
      )
  }
}

/** The rule's query from Alertmanager's generatorURL (…/graph?g0.expr=…), when it has one. */
export function exprFromGeneratorUrl(url: string | null): string | null {
  if (!url) return null
  try {
    return new URL(url).searchParams.get('g0.expr')
  } catch {
    return null
  }
}

function contains(outer: Record<string, string>, inner: Record<string, string>): boolean {
  return Object.entries(inner).every(([name, value]) => outer[name] === value)
}

function amState(alert: AlertmanagerAlert): AlertView['state'] {
  return alert.state === 'active' ? 'firing' : alert.state
}

/**
 * Adds Alertmanager's silenced and inhibited state to the Prometheus alerts it matches (its
 * labels include the alert's, plus any external labels), and lists the rest as Alertmanager's.
 */
export function mergeAlertmanager(
  alerts: AlertView[],
  fromAlertmanager: AlertmanagerAlert[],
): AlertView[] {
  const merged = alerts.map((alert) => ({ ...alert }))
  const seen = new Set<string>()
  for (const am of fromAlertmanager) {
    // Grouped answers repeat an alert once per group and receiver.
    if (seen.has(am.fingerprint)) continue
    seen.add(am.fingerprint)
    const match = merged.find(
      (alert) => alert.origin === 'prometheus' && contains(am.labels, alert.labels),
    )
    if (match) {
      match.silencedBy = am.silencedBy
      match.inhibitedBy = am.inhibitedBy
      if (am.state === 'suppressed') match.state = 'suppressed'
      continue
    }
    merged.push({
      key: am.fingerprint,
      origin: 'alertmanager',
      name: am.labels.alertname ?? 'unnamed alert',
      state: amState(am),
      labels: am.labels,
      annotations: am.annotations,
      activeAt: am.startsAt,
      value: null,
      expr: exprFromGeneratorUrl(am.generatorUrl),
      silencedBy: am.silencedBy,
      inhibitedBy: am.inhibitedBy,
    })
  }
  return sortAlerts(merged)
}

const STATE_ORDER: Record<AlertView['state'], number> = {
  firing: 0,
  pending: 1,
  unprocessed: 2,
  suppressed: 3,
}

/** Firing first, then pending, then muted ones; the most recent first within each. */
export function sortAlerts(alerts: AlertView[]): AlertView[] {
  return [...alerts].sort(
    (a, b) =>
      STATE_ORDER[a.state] - STATE_ORDER[b.state] ||
      (b.activeAt ?? 0) - (a.activeAt ?? 0) ||
      a.name.localeCompare(b.name),
  )
}

/**
 * "Alert X firing (source): summary" and its labels on a second line. The summary and labels
 * are the alert's own words and data, one value after the worded part.
 */
function alertTimelineMessage(alert: DeclaredAlert): Message {
  const summary = alert.annotations.summary?.trim()
  const labels = Object.entries(alert.labels)
    .filter(([name]) => name !== 'alertname')
    .map(([name, value]) => `${name}="${value}"`)
    .join(', ')
  const details = `${summary ? `: ${summary}` : ''}${labels ? `\n{${labels}}` : ''}`
  return alert.sourceName
    ? msg('msgEvents:alert.firingFrom', { name: alert.name, source: alert.sourceName, details })
    : msg('msgEvents:alert.firing', { name: alert.name, details })
}

/**
 * Keeps the alert an incident is declared from and puts it on the timeline at the time it became
 * active. Runs inside incident.create's transaction.
 */
export function recordDeclaredAlert(
  deps: HandlerDeps,
  incidentId: string,
  alert: DeclaredAlert,
  at: number,
): IncidentAlert {
  const stored: IncidentAlert = { ...alert, id: deps.newId(), incidentId, declaredAt: at }
  insertIncidentAlert(deps.db, stored)
  const message = alertTimelineMessage(alert)
  insertTimelineEvent(deps.db, {
    id: deps.newId(),
    incidentId,
    occurredAt: alert.activeAt ?? at,
    kind: 'alert',
    text: englishText(message),
    message,
    author: readSettings(deps.db).authorName,
    source: 'prometheus',
    createdAt: at,
    updatedAt: at,
    deletedAt: null,
  })
  return stored
}
