import { describe, expect, it } from 'vitest'
import type { ActionItem } from '../../../../shared/domain/postmortem/model'
import { displayedItem, displayedSection } from './displayed'
import type { Draft } from './draft-store'

const summaryDraft = (text: string): Draft => ({
  write: { kind: 'section', entry: { section: 'summary', value: text } },
  rev: 1,
})

const ITEM: ActionItem = {
  id: 'a1',
  incidentId: 'inc',
  title: 'Add an alert',
  owner: '',
  dueDate: null,
  priority: 'P2',
  type: 'detect',
  status: 'open',
  ticketUrl: '',
  position: 0,
  createdAt: 100,
  updatedAt: 100,
  completedAt: null,
}

describe('what the editor shows', () => {
  it('shows unsaved text before anything the backend says', () => {
    const confirmed = { kind: 'section', value: 'saved', updatedAt: 50 } as const
    expect(displayedSection('fetched', 10, summaryDraft('typing'), confirmed)).toBe('typing')
  })

  it('keeps a confirmed write over a view fetched before it, not over a newer one', () => {
    const confirmed = { kind: 'section', value: 'confirmed', updatedAt: 50 } as const
    // A refetch that started before the write answers with older text: it must not come back.
    expect(displayedSection('older', 40, undefined, confirmed)).toBe('confirmed')
    expect(displayedSection('same write', 50, undefined, confirmed)).toBe('confirmed')
    // Someone wrote after us (another window): theirs is newer.
    expect(displayedSection('newer', 60, undefined, confirmed)).toBe('newer')
  })

  it('applies unsaved item edits on top of the newest known item', () => {
    const confirmed = { kind: 'item', item: { ...ITEM, owner: 'Ana', updatedAt: 150 } } as const
    const draft: Draft = { write: { kind: 'item', id: 'a1', changes: { priority: 'P1' } }, rev: 2 }
    expect(displayedItem(ITEM, draft, confirmed)).toMatchObject({ owner: 'Ana', priority: 'P1' })
    const newer = { ...ITEM, owner: 'Bo', updatedAt: 200 }
    expect(displayedItem(newer, undefined, confirmed).owner).toBe('Bo')
  })
})
