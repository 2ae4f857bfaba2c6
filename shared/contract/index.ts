import type { z } from 'zod'
import { dataSourceChannels } from './datasources'
import { hypothesisChannels } from './hypotheses'
import { evidenceChannels } from './evidence'
import { incidentChannels } from './incidents'
import { requestChannels } from './requests'
import { lifecycleChannels } from './lifecycle'
import { maintenanceChannels } from './maintenance'
import { postmortemChannels } from './postmortem'
import { runbookChannels } from './runbook'
import { settingsChannels } from './settings'
import { timelineChannels } from './timeline'

export * from './errors'

/** Every channel the renderer may call: name -> input and output schemas. */
export const contract = {
  ...incidentChannels,
  ...timelineChannels,
  ...settingsChannels,
  ...maintenanceChannels,
  ...dataSourceChannels,
  ...evidenceChannels,
  ...requestChannels,
  ...runbookChannels,
  ...lifecycleChannels,
  ...hypothesisChannels,
  ...postmortemChannels,
} as const

export type Contract = typeof contract
export type Channel = keyof Contract
/** What a caller passes (defaults may be omitted). */
export type ChannelInput<C extends Channel> = z.input<Contract[C]['input']>
/** What a handler receives, after validation and defaults. */
export type ParsedInput<C extends Channel> = z.output<Contract[C]['input']>
export type ChannelOutput<C extends Channel> = z.output<Contract[C]['output']>

export const CHANNELS = Object.keys(contract) as Channel[]

export function isChannel(name: string): name is Channel {
  return Object.hasOwn(contract, name)
}

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
] as const
export type EventName = (typeof EVENTS)[number]
export interface BackendEvent {
  name: EventName
  /** The incident concerned, when there is one. */
  incidentId?: string
}

/** The API the preload (Electron) or the HTTP bridge (browser mode) exposes. */
export type FirebreakApi = {
  [C in Channel]: (input: ChannelInput<C>) => Promise<ChannelOutput<C>>
} & {
  onEvent(listener: (event: BackendEvent) => void): () => void
}
