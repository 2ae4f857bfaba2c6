import { describe, expect, it } from 'vitest'
import type { Channel, ChannelInput, ChannelOutput } from '../../../../shared/contract/index'
import { earlyAnswers } from './early-answers'

/** A bridge that answers each call with its number, and remembers what it was asked. */
function countingBridge() {
  const asked: string[] = []
  const call = <C extends Channel>(channel: C, input: ChannelInput<C>) => {
    asked.push(`${channel} ${JSON.stringify(input)}`)
    return Promise.resolve(asked.length as unknown as ChannelOutput<C>)
  }
  return { asked, call }
}

const FIRST_PAGE = { query: '', offset: 0, limit: 50 }

describe('answers asked for before the first render', () => {
  it('serve the query that needs them, so the start asks the backend once', async () => {
    const bridge = countingBridge()
    const early = earlyAnswers(bridge.call)
    early.ask('library.search', FIRST_PAGE)
    early.ask('library.facets', {})
    expect(await early.answer('library.search', { ...FIRST_PAGE })).toBe(1)
    expect(await early.answer('library.facets', {})).toBe(2)
    expect(bridge.asked).toHaveLength(2)
  })

  it('are used once: a later visit asks again and gets a fresh answer', async () => {
    const bridge = countingBridge()
    const early = earlyAnswers(bridge.call)
    early.ask('library.search', FIRST_PAGE)
    await early.answer('library.search', FIRST_PAGE)
    expect(await early.answer('library.search', FIRST_PAGE)).toBe(2)
    expect(bridge.asked).toHaveLength(2)
  })

  it('are dropped when the first query asks for something else', async () => {
    const bridge = countingBridge()
    const early = earlyAnswers(bridge.call)
    early.ask('library.search', FIRST_PAGE)
    expect(await early.answer('library.search', { ...FIRST_PAGE, query: 'redis' })).toBe(2)
    expect(await early.answer('library.search', FIRST_PAGE)).toBe(3)
    expect(bridge.asked.slice(1)).toEqual([
      'library.search {"query":"redis","offset":0,"limit":50}',
      'library.search {"query":"","offset":0,"limit":50}',
    ])
  })

  it('pass a failure on to the query that takes them', async () => {
    const early = earlyAnswers(<C extends Channel>() =>
      Promise.reject<ChannelOutput<C>>(new Error('The host is not reachable')),
    )
    early.ask('library.facets', {})
    await expect(early.answer('library.facets', {})).rejects.toThrow('not reachable')
  })

  it('hand over an answer that has arrived, once, for the same input only', async () => {
    const bridge = countingBridge()
    const early = earlyAnswers(bridge.call)
    early.ask('library.search', FIRST_PAGE)
    expect(early.arrived('library.search', FIRST_PAGE)).toBeUndefined()
    await Promise.resolve()
    await Promise.resolve()
    expect(early.arrived('library.search', { ...FIRST_PAGE, query: 'redis' })).toBeUndefined()
    expect(early.arrived('library.search', FIRST_PAGE)).toBe(1)
    expect(early.arrived('library.search', FIRST_PAGE)).toBeUndefined()
    expect(await early.answer('library.search', FIRST_PAGE)).toBe(2)
  })

  it('never hand over a failure as an answer that arrived', async () => {
    const early = earlyAnswers(<C extends Channel>() =>
      Promise.reject<ChannelOutput<C>>(new Error('The host is not reachable')),
    )
    early.ask('library.facets', {})
    await new Promise((resolve) => setTimeout(resolve, 0))
    expect(early.arrived('library.facets', {})).toBeUndefined()
    await expect(early.answer('library.facets', {})).rejects.toThrow('not reachable')
  })
})
