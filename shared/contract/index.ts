import type { z } from 'zod'
import type { BridgeResult } from './errors'
import type { BackendEvent } from './events'
import { archiveChannels } from './archive'
import { dataSourceChannels } from './datasources'
import { healthCheckChannels } from './healthchecks'
import { hypothesisChannels } from './hypotheses'
import { evidenceChannels } from './evidence'
import { incidentChannels } from './incidents'
import { insightsChannels } from './insights'
import { libraryChannels } from './library'
import { requestChannels } from './requests'
import { lifecycleChannels } from './lifecycle'
import { maintenanceChannels } from './maintenance'
import { postmortemChannels } from './postmortem'
import { prometheusChannels } from './prometheus'
import { reviewChannels } from './review'
import { runbookChannels } from './runbook'
import { sampleChannels } from './sample'
import { settingsChannels } from './settings'
import { sloChannels } from './slo'
import { timelineChannels } from './timeline'
import { traceChannels } from './traces'

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
  ...traceChannels,
  ...libraryChannels,
  ...insightsChannels,
  ...reviewChannels,
  ...archiveChannels,
  ...prometheusChannels,
  ...healthCheckChannels,
  ...sloChannels,
  ...sampleChannels,
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

export { EVENTS, type BackendEvent, type EventName } from './events'

/**
 * window.firebreak in Electron: one method per channel, each resolving to the BridgeResult
 * envelope exactly as dispatch returned it (never rejecting for a backend failure), because an
 * Error crossing IPC keeps only its message and the forms need `code` and `detail.fields`.
 */
export type PreloadChannelMethods = {
  [C in Channel]: (input: ChannelInput<C>) => Promise<BridgeResult<ChannelOutput<C>>>
}
export type PreloadApi = PreloadChannelMethods & {
  /** Backend `*.changed` events; returns the function that unsubscribes. */
  onEvent(listener: (event: BackendEvent) => void): () => void
}
