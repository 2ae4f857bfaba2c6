// Apart from the channels, so the renderer's bridge can check event names at start-up without
// building every channel's schemas.

/** Events the backend pushes so the renderer can invalidate its queries. */
export const EVENTS = [
  'incident.changed',
  'timeline.changed',
  'settings.changed',
  'datasource.changed',
  'evidence.changed',
  'runbook.changed',
  'hypothesis.changed',
  'postmortem.changed',
  'review.changed',
  'archive.changed',
  'slo.changed',
] as const
export type EventName = (typeof EVENTS)[number]
export interface BackendEvent {
  name: EventName
  /** The incident concerned, when there is one. */
  incidentId?: string
}
