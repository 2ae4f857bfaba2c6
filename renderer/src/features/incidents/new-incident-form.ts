import type { z } from 'zod'
import type { ChannelInput } from '../../../../shared/contract/index'
import { servicesSchema, severitySchema, titleSchema } from '../../../../shared/contract/schemas'
import { normalizeServices, TITLE_MAX_LENGTH } from '../../../../shared/domain/incident'
import { i18n } from '../../i18n'
import { readEventTimeField, type EventTimeField } from '../../ui/event-time'
import type { DisplayZone } from '../../ui/time'

export interface NewIncidentDraft {
  title: string
  /** '' until the user picks one: declaring a severity should be a decision, not a default. */
  severity: string
  /** Comma-separated service names. */
  services: string
  startedAt: EventTimeField
}

export type NewIncidentFieldErrors = Partial<
  Record<'title' | 'severity' | 'services' | 'startedAt', string>
>

export type NewIncidentValidation =
  | { ok: true; input: ChannelInput<'incident.create'> }
  | { ok: false; errors: NewIncidentFieldErrors }

export function parseServices(text: string): string[] {
  return normalizeServices(text.split(','))
}

// The shared schemas word their refusals in English; the form says them in the UI language,
// told apart by the kind of issue rather than by wording.
type Issue = z.core.$ZodIssue

function titleProblem(issue: Issue | undefined): string {
  return issue?.code === 'too_big'
    ? i18n.t('incidents:validation.titleTooLong', { max: TITLE_MAX_LENGTH })
    : i18n.t('incidents:validation.titleRequired')
}

function servicesProblem(issue: Issue | undefined): string {
  const max = issue?.code === 'too_big' ? Number(issue.maximum) : 0
  // A too-long list is an issue on the array itself; a too-long name is on one of its items.
  return issue?.path.length === 0
    ? i18n.t('incidents:validation.tooManyServices', { max })
    : i18n.t('incidents:validation.serviceTooLong', { max })
}

/** The same rules as the backend's schema, checked before anything is sent. */
export function validateNewIncident(
  draft: NewIncidentDraft,
  zone: DisplayZone,
  now: number,
): NewIncidentValidation {
  const errors: NewIncidentFieldErrors = {}
  const title = titleSchema.safeParse(draft.title)
  if (!title.success) errors.title = titleProblem(title.error.issues[0])
  const severity = severitySchema.safeParse(draft.severity)
  if (!severity.success) errors.severity = i18n.t('incidents:validation.severity')
  const services = servicesSchema.safeParse(parseServices(draft.services))
  if (!services.success) errors.services = servicesProblem(services.error.issues[0])
  const startedAt = readEventTimeField(draft.startedAt, zone, now)
  if (!startedAt.ok) errors.startedAt = startedAt.error
  if (!title.success || !severity.success || !services.success || !startedAt.ok) {
    return { ok: false, errors }
  }
  return {
    ok: true,
    input: {
      title: title.data,
      severity: severity.data,
      services: services.data,
      ...(startedAt.time === undefined ? {} : { startedAt: startedAt.time }),
    },
  }
}
