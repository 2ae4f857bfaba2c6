import { describe, expect, it } from 'vitest'
import { backupReason, formatBytes } from './format'

describe('backup formatting', () => {
  it('sizes files the way people read them', () => {
    expect(formatBytes(512)).toBe('512 B')
    expect(formatBytes(830_000)).toBe('830 kB')
    expect(formatBytes(1_234_567)).toBe('1.2 MB')
  })

  it('says why a backup exists', () => {
    expect(backupReason('before-migrate-v3')).toBe('Before an update')
    expect(backupReason('periodic')).toBe('Every 10 min')
    expect(backupReason('something-else')).toBe('something-else')
  })
})
