import { QueryClient, QueryObserver } from '@tanstack/react-query'
import { describe, expect, it, vi } from 'vitest'
import type { EventName } from '../../../shared/contract/index'
import { keysToInvalidate, refreshAfterChange } from './backend-events'

describe('keysToInvalidate', () => {
  it('refreshes the lists and the one incident that changed', () => {
    expect(keysToInvalidate({ name: 'incident.changed', incidentId: 'i1' })).toEqual([
      ['incidents', 'list'],
      ['incidents', 'detail', 'i1'],
    ])
  })

  it("refreshes only that incident's timeline", () => {
    expect(keysToInvalidate({ name: 'timeline.changed', incidentId: 'i1' })).toEqual([
      ['timeline', 'list', 'i1'],
    ])
  })

  it('falls back to a wider refresh when the event names no incident', () => {
    expect(keysToInvalidate({ name: 'timeline.changed' })).toEqual([['timeline']])
    expect(keysToInvalidate({ name: 'incident.changed' })).toEqual([['incidents']])
  })

  it('refreshes everything for an event no feature has mapped yet, never leaving stale data', () => {
    const notYetMapped = 'feature.changed' as EventName
    expect(keysToInvalidate({ name: notYetMapped, incidentId: 'i1' })).toBe('everything')
  })
})

describe('refreshAfterChange', () => {
  /** A query observed as a screen observes it, whose answers the test hands out one by one. */
  function observedList() {
    const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } })
    const answers: ((rows: string[]) => void)[] = []
    const observer = new QueryObserver(queryClient, {
      queryKey: ['incidents', 'list', {}],
      queryFn: () => new Promise<string[]>((resolve) => answers.push(resolve)),
    })
    const stop = observer.subscribe(() => {})
    return { queryClient, observer, answers, stop }
  }

  it('does not keep a first answer that was on its way when the change came', async () => {
    const { queryClient, observer, answers, stop } = observedList()
    await vi.waitFor(() => expect(answers).toHaveLength(1)) // read before the change
    const refreshed = refreshAfterChange(queryClient, ['incidents', 'list'])
    answers[0]?.([]) // that answer arrives after the change, without the new incident
    await vi.waitFor(() => expect(answers).toHaveLength(2))
    answers[1]?.(['Checkout errors'])
    await refreshed
    expect(observer.getCurrentResult().data).toEqual(['Checkout errors'])
    stop()
  })

  it('refetches a list that already has data, once', async () => {
    const { queryClient, observer, answers, stop } = observedList()
    await vi.waitFor(() => expect(answers).toHaveLength(1))
    answers[0]?.(['Search results stale'])
    await vi.waitFor(() => expect(observer.getCurrentResult().data).toHaveLength(1))
    const refreshed = refreshAfterChange(queryClient)
    await vi.waitFor(() => expect(answers).toHaveLength(2))
    answers[1]?.(['Search results stale', 'Checkout errors'])
    await refreshed
    expect(observer.getCurrentResult().data).toHaveLength(2)
    expect(answers).toHaveLength(2)
    stop()
  })
})
