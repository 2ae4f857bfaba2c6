import type { ChannelInput } from '../../../../shared/contract/index'
import { servicesSchema, severitySchema, titleSchema } from '../../../../shared/contract/schemas'
import { normalizeServices } from '../../../../shared/domain/incident'
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

/** The same rules as the backend's schema, checked before anything is sent. */
export function validateNewIncident(
  draft: NewIncidentDraft,
  zone: DisplayZone,
  now: number,
): NewIncidentValidation {
  const errors: NewIncidentFieldErrors = {}
  const title = titleSchema.safeParse(draft.title)
  if (!title.success) errors.title = title.error.issues[0]?.message ?? 'Enter a title'
  const severity = severitySchema.safeParse(draft.severity)
  if (!severity.success) errors.severity = severity.error.issues[0]?.message ?? 'Choose a severity'
  const services = servicesSchema.safeParse(parseServices(draft.services))
  if (!services.success) errors.services = services.error.issues[0]?.message ?? 'Check the services'
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
