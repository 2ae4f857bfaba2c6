import { describe, expect, it } from 'vitest'
import { shortcutFor } from './shortcuts'

const press = (key: string, extra: Partial<Parameters<typeof shortcutFor>[0]> = {}) =>
  shortcutFor({
    key,
    ctrlKey: false,
    metaKey: false,
    altKey: false,
    repeat: false,
    typing: false,
    dialogOpen: false,
    ...extra,
  })

describe('shortcutFor', () => {
  it('maps the plain letters and the question mark', () => {
    expect(press('j')).toBe('j')
    expect(press('c')).toBe('c')
    expect(press('x')).toBe('x')
    expect(press('?')).toBe('?')
  })

  it('never fires while typing, with a modifier, on key repeat or under a dialog', () => {
    expect(press('c', { typing: true })).toBeNull()
    expect(press('c', { ctrlKey: true })).toBeNull()
    expect(press('c', { metaKey: true })).toBeNull()
    expect(press('c', { repeat: true })).toBeNull()
    expect(press('c', { dialogOpen: true })).toBeNull()
  })

  it('leaves Shift+letter and other keys alone', () => {
    expect(press('C')).toBeNull()
    expect(press('n')).toBeNull()
    expect(press('Enter')).toBeNull()
  })
})
