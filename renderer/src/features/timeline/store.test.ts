import { beforeEach, describe, expect, it } from 'vitest'
import { EMPTY_DRAFT, useDraftStore } from './store'

// The store persists to localStorage; under Node there is none, and zustand then keeps the
// state in memory only, which is what these tests exercise.
const draft = (text: string, time = '') => ({ text, eventTime: { value: time, badInput: false } })

describe('note drafts', () => {
  beforeEach(() => useDraftStore.setState({ drafts: {} }))

  it('keeps one draft per incident', () => {
    const { updateDraft } = useDraftStore.getState()
    updateDraft('a', { text: 'checking the load balancer' })
    updateDraft('b', { text: 'paged DBA' })
    updateDraft('a', { eventTime: { value: '2024-05-01T10:00', badInput: false } })
    expect(useDraftStore.getState().drafts).toEqual({
      a: draft('checking the load balancer', '2024-05-01T10:00'),
      b: draft('paged DBA'),
    })
  })

  it('clears a draft once the note it held was added', () => {
    const { updateDraft, clearDraftIfUnchanged } = useDraftStore.getState()
    updateDraft('a', { text: 'rolled back' })
    clearDraftIfUnchanged('a', draft('rolled back'))
    expect(useDraftStore.getState().drafts.a ?? EMPTY_DRAFT).toEqual(EMPTY_DRAFT)
  })

  it('keeps text typed while the previous note was being saved', () => {
    const { updateDraft, clearDraftIfUnchanged } = useDraftStore.getState()
    updateDraft('a', { text: 'rolled back' })
    const submitted = useDraftStore.getState().drafts.a ?? EMPTY_DRAFT
    updateDraft('a', { text: 'error rate back to normal' })
    clearDraftIfUnchanged('a', submitted)
    expect(useDraftStore.getState().drafts.a?.text).toBe('error rate back to normal')
  })
})
