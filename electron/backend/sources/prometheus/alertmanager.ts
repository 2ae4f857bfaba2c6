// Optional Alertmanager source (API v2): alerts as the on-call sees them, with silenced and
// inhibited state, which Prometheus's own /api/v1/alerts cannot tell.
import { z } from 'zod'
import { parseRfc3339Ms } from '../../../../shared/domain/prometheus/sample'
import { httpStatusError } from '../http'
import { unexpectedResponse } from './errors'
import { sendApiRequest, type CallOptions, type Params, type SourceConfig } from './request'
import { labelsSchema } from './schemas'

const amAlertSchema = z.object({
  labels: labelsSchema,
  annotations: labelsSchema.default({}),
  startsAt: z.string(),
  endsAt: z.string(),
  updatedAt: z.string(),
  fingerprint: z.string(),
  generatorURL: z.string().optional(),
  receivers: z.array(z.object({ name: z.string() })),
  status: z.object({
    state: z.enum(['active', 'suppressed', 'unprocessed']),
    silencedBy: z.array(z.string()),
    inhibitedBy: z.array(z.string()),
    /** Alertmanager 0.25+: muted by a time interval. */
    mutedBy: z.array(z.string()).optional(),
  }),
})

const amAlertsSchema = z.array(amAlertSchema)
const amGroupsSchema = z.array(
  z.object({
    labels: labelsSchema,
    receiver: z.object({ name: z.string() }),
    alerts: z.array(amAlertSchema),
  }),
)
const amSilencesSchema = z.array(
  z.object({
    id: z.string(),
    status: z.object({ state: z.enum(['active', 'pending', 'expired']) }),
    comment: z.string(),
    createdBy: z.string(),
    startsAt: z.string(),
    endsAt: z.string(),
    matchers: z.array(
      z.object({
        name: z.string(),
        value: z.string(),
        isRegex: z.boolean(),
        isEqual: z.boolean().optional(),
      }),
    ),
  }),
)

export interface AlertmanagerAlert {
  labels: Record<string, string>
  annotations: Record<string, string>
  state: 'active' | 'suppressed' | 'unprocessed'
  silenced: boolean
  inhibited: boolean
  silencedBy: string[]
  inhibitedBy: string[]
  startsAt: number | null
  endsAt: number | null
  fingerprint: string
  generatorUrl: string | null
  receivers: string[]
}

export interface AlertmanagerAlertGroup {
  labels: Record<string, string>
  receiver: string
  alerts: AlertmanagerAlert[]
}

export interface AlertmanagerSilence {
  id: string
  state: 'active' | 'pending' | 'expired'
  comment: string
  createdBy: string
  startsAt: number | null
  endsAt: number | null
  matchers: { name: string; value: string; isRegex: boolean; isEqual: boolean }[]
}

export interface AlertFilter {
  active?: boolean
  silenced?: boolean
  inhibited?: boolean
  unprocessed?: boolean
  /** Matchers such as `severity="critical"`. */
  filter?: string[]
  receiver?: string
}

function toAlert(alert: z.infer<typeof amAlertSchema>): AlertmanagerAlert {
  return {
    labels: alert.labels,
    annotations: alert.annotations,
    state: alert.status.state,
    silenced: alert.status.silencedBy.length > 0,
    inhibited: alert.status.inhibitedBy.length > 0,
    silencedBy: alert.status.silencedBy,
    inhibitedBy: alert.status.inhibitedBy,
    startsAt: parseRfc3339Ms(alert.startsAt),
    endsAt: parseRfc3339Ms(alert.endsAt),
    fingerprint: alert.fingerprint,
    generatorUrl: alert.generatorURL ?? null,
    receivers: alert.receivers.map((receiver) => receiver.name),
  }
}

function filterParams(filter: AlertFilter): Params {
  const params: Params = []
  for (const key of ['active', 'silenced', 'inhibited', 'unprocessed'] as const) {
    const value = filter[key]
    if (value !== undefined) params.push([key, String(value)])
  }
  for (const matcher of filter.filter ?? []) params.push(['filter', matcher])
  if (filter.receiver) params.push(['receiver', filter.receiver])
  return params
}

/** Alertmanager errors are a bare JSON string (400) or `{code, message}` (422). */
function errorText(json: unknown): string {
  if (typeof json === 'string') return json
  const message = (json as { message?: unknown } | null)?.message
  return typeof message === 'string' ? message : JSON.stringify(json)
}

export class AlertmanagerClient {
  constructor(private readonly config: SourceConfig) {}

  private async get<T extends z.ZodType>(
    what: string,
    path: string,
    params: Params,
    schema: T,
    options: CallOptions,
  ): Promise<z.infer<T>> {
    const { status, json, url } = await sendApiRequest(this.config, { path, params }, options)
    if (status < 200 || status > 299) throw httpStatusError(url, status, errorText(json))
    const parsed = schema.safeParse(json)
    if (!parsed.success)
      throw unexpectedResponse(`Alertmanager ${what}`, parsed.error.issues, status)
    return parsed.data
  }

  async alerts(filter: AlertFilter = {}, options: CallOptions = {}): Promise<AlertmanagerAlert[]> {
    const params = filterParams(filter)
    const alerts = await this.get('alerts', '/api/v2/alerts', params, amAlertsSchema, options)
    return alerts.map(toAlert)
  }

  async alertGroups(
    filter: AlertFilter = {},
    options: CallOptions = {},
  ): Promise<AlertmanagerAlertGroup[]> {
    const params = filterParams(filter)
    const groups = await this.get(
      'groups',
      '/api/v2/alerts/groups',
      params,
      amGroupsSchema,
      options,
    )
    return groups.map((group) => ({
      labels: group.labels,
      receiver: group.receiver.name,
      alerts: group.alerts.map(toAlert),
    }))
  }

  async silences(options: CallOptions = {}): Promise<AlertmanagerSilence[]> {
    const silences = await this.get('silences', '/api/v2/silences', [], amSilencesSchema, options)
    return silences.map((silence) => ({
      id: silence.id,
      state: silence.status.state,
      comment: silence.comment,
      createdBy: silence.createdBy,
      startsAt: parseRfc3339Ms(silence.startsAt),
      endsAt: parseRfc3339Ms(silence.endsAt),
      matchers: silence.matchers.map((matcher) => ({
        name: matcher.name,
        value: matcher.value,
        isRegex: matcher.isRegex,
        // Before 0.22 every matcher was an equality matcher and the field was absent.
        isEqual: matcher.isEqual ?? true,
      })),
    }))
  }
}

export function createAlertmanagerClient(config: SourceConfig): AlertmanagerClient {
  return new AlertmanagerClient(config)
}
