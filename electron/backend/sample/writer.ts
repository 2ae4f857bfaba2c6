// Plays the sample story through the app's own handlers, with the clock set to each moment of
// the story and the author set to whoever acted, so every row (timeline, run, evidence,
// postmortem) is exactly what the app writes when people do the same things.
import {
  contract,
  type Channel,
  type ChannelInput,
  type ChannelOutput,
  type ParsedInput,
} from '../../../shared/contract/index'
import { prepared } from '../db/statements'
import { writeSettings } from '../repositories/settings'
import { hypothesisHandlers } from '../handlers/hypotheses'
import { incidentHandlers } from '../handlers/incidents'
import { lifecycleHandlers } from '../handlers/lifecycle'
import { postmortemHandlers } from '../handlers/postmortem'
import { prometheusHandlers } from '../handlers/prometheus'
import { runbookHandlers } from '../handlers/runbook'
import { sloHandlers } from '../handlers/slo'
import { timelineHandlers } from '../handlers/timeline'
import type { Handler, HandlerDeps } from '../handlers/types'
import { MINUTE_MS } from './story'

function storyHandlers(deps: HandlerDeps) {
  return {
    ...incidentHandlers(deps),
    ...lifecycleHandlers(deps),
    ...runbookHandlers(deps),
    ...timelineHandlers(deps),
    ...hypothesisHandlers(deps),
    ...prometheusHandlers(deps),
    ...postmortemHandlers(deps),
    ...sloHandlers(deps),
  }
}

export type StoryChannel = keyof ReturnType<typeof storyHandlers> & Channel

const AUTHOR_KEY = 'authorName'

export class StoryWriter {
  /** Handler deps on the story's clock; events are left to the caller, sent once at the end. */
  readonly deps: HandlerDeps
  private readonly clock: { now: number }
  private readonly handlers: ReturnType<typeof storyHandlers>
  private readonly savedAuthor: string | undefined

  constructor(
    appDeps: HandlerDeps,
    /** The go-live: minute 0 of the story. */
    readonly t0: number,
  ) {
    this.clock = { now: t0 }
    this.deps = { ...appDeps, now: () => this.clock.now, emit: () => {} }
    this.handlers = storyHandlers(this.deps)
    const row = prepared(appDeps.db, 'SELECT value FROM settings WHERE key = ?').get(AUTHOR_KEY) as
      { value: string } | undefined
    this.savedAuthor = row?.value
  }

  /** Epoch ms of a story minute (fractions give seconds). */
  time(minute: number): number {
    return this.t0 + Math.round(minute * MINUTE_MS)
  }

  /**
   * Moves the story to `minute`, acted by `author`. The handlers record the configured author,
   * so the setting is swapped inside the sample's transaction and put back by `finish`.
   */
  at(minute: number, author: string): this {
    // A second apart at least: events of one moment keep the order they were written in.
    this.clock.now = Math.max(this.time(minute), this.clock.now + 1000)
    writeSettings(this.deps.db, { authorName: author })
    return this
  }

  /** One channel, validated by its contract schema like any call from the renderer. */
  call<C extends StoryChannel>(channel: C, input: ChannelInput<C>): ChannelOutput<C> {
    const parsed = contract[channel].input.parse(input) as ParsedInput<C>
    const handler = this.handlers[channel] as unknown as Handler<C>
    const output = handler(parsed)
    if (output instanceof Promise) {
      throw new Error(`${channel} answers asynchronously; the sample is written in one transaction`)
    }
    return output
  }

  /** Restores the user's author setting exactly as it was (absent stays absent). */
  finish(): void {
    const db = this.deps.db
    if (this.savedAuthor === undefined) {
      prepared(db, 'DELETE FROM settings WHERE key = ?').run(AUTHOR_KEY)
    } else {
      prepared(db, 'UPDATE settings SET value = ? WHERE key = ?').run(this.savedAuthor, AUTHOR_KEY)
    }
  }
}
