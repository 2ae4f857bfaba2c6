// "Declare incident" from a firing alert: what the form starts with. The responder confirms or
// changes every field; these are suggestions, so they lean towards what rule authors mean.
import { englishText } from '../../i18n/english'
import { msg, type Message } from '../../i18n/messages'
import { normalizeServices, TITLE_MAX_LENGTH, type Severity } from '../incident'

export interface AlertForPrefill {
  labels: Record<string, string>
  annotations: Record<string, string>
  /** When the alert became active (Prometheus activeAt, Alertmanager startsAt), epoch ms. */
  activeAt: number | null
}

export interface IncidentPrefill {
  title: string
  severity: Severity
  /** Why this severity, shown next to the field so the responder can judge it (English). */
  severityReason: string
  /** The same, to word in the UI language. */
  severityReasonText: Message
  services: string[]
  detectedAt: number | null
  summary: string
}

/**
 * Severity label values as rule sets use them. The common `critical` / `warning` / `info` scheme
 * (kube-prometheus, most mixins) marks urgency: `critical` pages someone now, so it starts at
 * SEV1; `page` (Google SRE workbook: page vs ticket) and `error`/`high`/`major` mean "needs a human
 * now" without claiming the worst impact, so SEV2; warnings and tickets are SEV3; informational
 * alerts are SEV4. Explicit `sev1`..`sev4` and `p1`..`p4` pass through.
 */
const SEVERITY_BY_LABEL: Record<string, Severity> = {
  sev1: 'SEV1',
  sev2: 'SEV2',
  sev3: 'SEV3',
  sev4: 'SEV4',
  p0: 'SEV1',
  p1: 'SEV1',
  p2: 'SEV2',
  p3: 'SEV3',
  p4: 'SEV4',
  p5: 'SEV4',
  critical: 'SEV1',
  crit: 'SEV1',
  emergency: 'SEV1',
  fatal: 'SEV1',
  disaster: 'SEV1',
  page: 'SEV2',
  error: 'SEV2',
  high: 'SEV2',
  major: 'SEV2',
  warning: 'SEV3',
  warn: 'SEV3',
  ticket: 'SEV3',
  medium: 'SEV3',
  minor: 'SEV3',
  info: 'SEV4',
  informational: 'SEV4',
  low: 'SEV4',
  none: 'SEV4',
  notice: 'SEV4',
  debug: 'SEV4',
}

/** With no usable label, the middle of the scale: the responder must decide either way. */
export const DEFAULT_ALERT_SEVERITY: Severity = 'SEV3'

function because(severity: Severity, reasonText: Message) {
  return { severity, reason: englishText(reasonText), reasonText }
}

export function severityFromLabels(labels: Record<string, string>): {
  severity: Severity
  reason: string
  reasonText: Message
} {
  const raw = labels.severity ?? labels.priority
  const severity = DEFAULT_ALERT_SEVERITY
  if (raw === undefined || raw.trim() === '') {
    return because(severity, msg('msgSources:alertSeverity.none', { severity }))
  }
  const key = raw
    .trim()
    .toLowerCase()
    .replace(/[\s_-]/g, '')
  const mapped = SEVERITY_BY_LABEL[key]
  if (!mapped) return because(severity, msg('msgSources:alertSeverity.unknown', { raw, severity }))
  return because(mapped, msg('msgSources:alertSeverity.known', { raw }))
}

function clip(text: string, length: number): string {
  const flat = text.replace(/\s+/g, ' ').trim()
  return flat.length <= length ? flat : `${flat.slice(0, length - 1).trimEnd()}…`
}

function titleFor(labels: Record<string, string>, annotations: Record<string, string>): string {
  const alertname = labels.alertname?.trim() || 'Alert'
  const summary = annotations.summary?.trim()
  if (summary)
    return clip(
      summary.includes(alertname) ? summary : `${alertname}: ${summary}`,
      TITLE_MAX_LENGTH,
    )
  const where = labels.service ?? labels.job ?? labels.instance
  return clip(where ? `${alertname} on ${where}` : alertname, TITLE_MAX_LENGTH)
}

function summaryFor(labels: Record<string, string>, annotations: Record<string, string>): string {
  const lines: string[] = []
  const description = annotations.description ?? annotations.message
  if (description?.trim()) lines.push(description.trim())
  const runbook = annotations.runbook_url ?? annotations.runbook
  if (runbook?.trim()) lines.push(`Runbook: ${runbook.trim()}`)
  const shown = Object.entries(labels)
    .filter(([key]) => key !== '__name__')
    .map(([key, value]) => `${key}="${value}"`)
  lines.push(`Alert labels: {${shown.join(', ')}}`)
  return lines.join('\n')
}

/** The incident form's starting values for an alert. */
export function incidentPrefillFromAlert(alert: AlertForPrefill): IncidentPrefill {
  const { severity, reason, reasonText } = severityFromLabels(alert.labels)
  const service = alert.labels.service ?? alert.labels.job
  return {
    title: titleFor(alert.labels, alert.annotations),
    severity,
    severityReason: reason,
    severityReasonText: reasonText,
    services: normalizeServices(service ? [service] : []),
    detectedAt: alert.activeAt,
    summary: summaryFor(alert.labels, alert.annotations),
  }
}
