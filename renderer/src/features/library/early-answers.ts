import type { Channel, ChannelInput, ChannelOutput } from '../../../../shared/contract/index'

type Call = <C extends Channel>(channel: C, input: ChannelInput<C>) => Promise<ChannelOutput<C>>

export interface EarlyAnswers {
  /** Calls now and keeps the answer for the query that will want it. */
  ask<C extends Channel>(channel: C, input: ChannelInput<C>): void
  /** The kept answer when it was asked for this very input, else a fresh call. Either way a
   *  channel's kept answer is used at most once, so a later visit never sees it. */
  answer<C extends Channel>(channel: C, input: ChannelInput<C>): Promise<ChannelOutput<C>>
}

/** Answers asked for before the first render, taken by the queries that render them. */
export function earlyAnswers(call: Call): EarlyAnswers {
  const kept = new Map<Channel, { input: string; answer: Promise<unknown> }>()
  return {
    ask(channel, input) {
      const answer = call(channel, input)
      // Not an unhandled rejection when nobody takes it; whoever does sees the error.
      answer.catch(() => undefined)
      kept.set(channel, { input: JSON.stringify(input), answer })
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
