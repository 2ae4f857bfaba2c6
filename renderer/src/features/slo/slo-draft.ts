// The SLO form's draft: targets typed as percentages, checked with the domain's own schema.
import type { ChannelInput } from '../../../../shared/contract/index'
import { sloDefinitionSchema, type SloDefinition } from '../../../../shared/domain/slo/definition'
import { i18n } from '../../i18n'
import { wordedFieldErrors } from '../../i18n/messages'

export interface SloDraft {
  kind: SloDefinition['kind']
  service: string
  name: string
  /** Percent, e.g. "99.9". */
  targetPercent: string
  histogram: string
  selector: string
  thresholdSeconds: string
  goodQuery: string
  totalQuery: string
  upSelector: string
}

export function emptySloDraft(service: string): SloDraft {
  return {
    kind: 'latency',
    service,
    name: '',
    targetPercent: '99',
    histogram: 'http_request_duration_seconds',
    selector: service ? `service="${service}"` : '',
    thresholdSeconds: '1',
    goodQuery: `sum(rate(http_requests_total{service="${service}", code!~"5.."}[$window]))`,
    totalQuery: `sum(rate(http_requests_total{service="${service}"}[$window]))`,
    upSelector: `up{job="${service}"}`,
  }
}

export function draftFromSlo(slo: SloDefinition): SloDraft {
  return {
    ...emptySloDraft(slo.service),
    kind: slo.kind,
    name: slo.name ?? '',
    targetPercent: String(Number((slo.target * 100).toPrecision(10))),
    ...(slo.kind === 'latency'
      ? {
          histogram: slo.histogram,
          selector: slo.selector,
          thresholdSeconds: String(slo.thresholdSeconds),
        }
      : slo.kind === 'availability'
        ? { goodQuery: slo.goodQuery, totalQuery: slo.totalQuery }
        : { upSelector: slo.upSelector }),
  }
}

export type SloCheck =
  | { ok: true; definition: ChannelInput<'slo.save'>['definition'] }
  | { ok: false; errors: Record<string, string> }

function toNumber(text: string): number {
  return text.trim() === '' ? Number.NaN : Number(text)
}

export function checkSloDraft(draft: SloDraft): SloCheck {
  const common = {
    service: draft.service,
    ...(draft.name.trim() ? { name: draft.name } : {}),
    target: Number((toNumber(draft.targetPercent) / 100).toPrecision(12)),
  }
  const definition =
    draft.kind === 'latency'
      ? {
          ...common,
          kind: 'latency' as const,
          histogram: draft.histogram.trim(),
          selector: draft.selector,
          thresholdSeconds: toNumber(draft.thresholdSeconds),
        }
      : draft.kind === 'availability'
        ? {
            ...common,
            kind: 'availability' as const,
            goodQuery: draft.goodQuery,
            totalQuery: draft.totalQuery,
          }
        : { ...common, kind: 'uptime' as const, upSelector: draft.upSelector }
  const parsed = sloDefinitionSchema.safeParse(definition)
  if (parsed.success) return { ok: true, definition }
  const errors = wordedFieldErrors(parsed.error.issues)
  if (errors.target) errors.targetPercent = i18n.t('slo:form.targetProblem')
  if (errors.thresholdSeconds) errors.thresholdSeconds = i18n.t('slo:form.thresholdProblem')
  return { ok: false, errors }
}
