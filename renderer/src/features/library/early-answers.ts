import type { Channel, ChannelInput, ChannelOutput } from '../../../../shared/contract/index'

type Call = <C extends Channel>(channel: C, input: ChannelInput<C>) => Promise<ChannelOutput<C>>

export interface EarlyAnswers {
  /** Calls now and keeps the answer for the query that will want it. */
  ask<C extends Channel>(channel: C, input: ChannelInput<C>): void
  /** The kept answer when it was asked for this very input, else a fresh call. Either way a
   *  channel's kept answer is used at most once, so a later visit never sees it. */
  answer<C extends Channel>(channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>>
  /**
   * The kept answer for this very input when it has already arrived (and succeeded), taken like
   * answer() takes it: the first render can then show it at once instead of a loading state.
   */
  arrived<C extends Channel>(channel: C, input: ChannelInput<C>): ChannelOutput<C> | undefined
}

interface Kept {
  input: string
  answer: Promise<unknown>
  /** Set once the answer has arrived and succeeded. */
  arrived?: { value: unknown }
}

/** Answers asked for before the first render, taken by the queries that render them. */
export function earlyAnswers(call: Call): EarlyAnswers {
  const kept = new Map<Channel, Kept>()
  return {
    ask(channel, input) {
      const answer = call(channel, input)
      const entry: Kept = { input: JSON.stringify(input), answer }
      // A failure is not an unhandled rejection when nobody takes it; whoever does sees it.
      answer.then(
        (value) => (entry.arrived = { value }),
        () => undefined,
      )
      kept.set(channel, entry)
    },
    arrived<C extends Channel>(channel: C, input: ChannelInput<C>) {
      const early = kept.get(channel)
      if (!early?.arrived || early.input !== JSON.stringify(input)) return undefined
      kept.delete(channel)
      return early.arrived.value as ChannelOutput<C>
    },
    answer<C extends Channel>(channel: C, input: ChannelInput<C>) {
      const early = kept.get(channel)
      kept.delete(channel)
      return early?.input === JSON.stringify(input)
        ? (early.answer as Promise<ChannelOutput<C>>)
        : call(channel, input)
    },
  }
}
