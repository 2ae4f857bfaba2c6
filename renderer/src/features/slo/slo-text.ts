// The words and figures of an SLO card, in the UI language (computed per call, never at load).
import type { SloEvaluation } from '../../../../shared/contract/slo'
import { BURN_ALERTS } from '../../../../shared/domain/slo/burn-rate'
import { formatUnitValue } from '../query/unit-format'
import { i18n } from '../../i18n'
import { formatFixed } from '../../i18n/format'
import { formatElapsed } from '../../ui/duration'

export type AlertState = SloEvaluation['alert']['state']

export const ALERT_COLOR: Record<AlertState, string> = {
  page: 'red',
  ticket: 'orange',
  ok: 'green',
  no_data: 'gray',
}

export function alertLabel(state: AlertState): string {
  return i18n.t(`slo:alert.${state}.label`)
}

export function alertText(state: AlertState): string {
  if (state === 'page') return i18n.t('slo:alert.page.text', { rate: BURN_ALERTS.page.burnRate })
  if (state === 'ticket')
    return i18n.t('slo:alert.ticket.text', { rate: BURN_ALERTS.ticket.burnRate })
  return i18n.t(`slo:alert.${state}.text`)
}

export function percent(value: number | null): string {
  return value === null ? i18n.t('slo:noData') : formatUnitValue(value, 'ratio')
}

/** A burn rate such as "14.40×": two decimals below 10, one above, in the UI's number style. */
export function rate(value: number | null): string {
  if (value === null) return i18n.t('slo:noData')
  const digits = value >= 10 ? 1 : 2
  return `${formatFixed(value, digits)}×`
}

export function incidentNote(incident: SloEvaluation['incident']): string {
  if (!incident) return ''
  const span = formatElapsed(incident.endMs - incident.startMs)
  if (incident.sli === null) return i18n.t('slo:card.noEventsDuring', { span })
  return i18n.t('slo:card.incidentNote', {
    sli: percent(incident.sli),
    span,
    rate: rate(incident.burnRate),
  })
}

export function describeSlo(evaluation: SloEvaluation): string {
  const slo = evaluation.slo.definition
  const target = formatUnitValue(slo.target, 'ratio')
  const days = slo.periodDays
  switch (slo.kind) {
    case 'latency':
      return i18n.t('slo:describe.latency', {
        target,
        threshold: formatUnitValue(slo.thresholdSeconds, 'seconds'),
        count: days,
      })
    case 'availability':
      return i18n.t('slo:describe.availability', { target, count: days })
    case 'uptime':
      return i18n.t('slo:describe.uptime', { target, count: days })
  }
}
