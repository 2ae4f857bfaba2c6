import { describe, expect, it } from 'vitest'
import { backupsToDelete, type BackupStamp } from './retention'

const NOW = Date.UTC(2026, 10, 21, 12)
const HOUR = 3_600_000

function every(hours: number, count: number): BackupStamp[] {
  return Array.from({ length: count }, (_, i) => ({
    file: `b${i}`,
    createdAt: NOW - i * hours * HOUR,
  }))
}

describe('backup retention', () => {
  it('keeps everything while there are ten or fewer', () => {
    expect(backupsToDelete(every(1, 10), NOW)).toEqual([])
  })

  it('keeps the newest ten and one a day for fourteen days', () => {
    // One backup every 6 hours for 30 days: 120 backups.
    const backups = every(6, 120)
    const deleted = new Set(backupsToDelete(backups, NOW))
    const kept = backups.filter((b) => !deleted.has(b.file))
    const newestTen = backups.slice(0, 10).map((b) => b.file)
    expect(kept.map((b) => b.file)).toEqual(expect.arrayContaining(newestTen))
    const days = new Set(kept.map((b) => Math.floor(b.createdAt / 86_400_000)))
    expect(days.size).toBe(14)
    expect(kept.every((b) => NOW - b.createdAt < 15 * 86_400_000)).toBe(true)
    // Ten newest span the last ~2.5 days, so the other eleven days add one each.
    expect(kept.length).toBeLessThanOrEqual(10 + 14)
  })

  it('keeps the newest of each day, not an arbitrary one', () => {
    const backups = every(1, 60)
    const deleted = new Set(backupsToDelete(backups, NOW))
    const dayOf = (t: number) => Math.floor(t / 86_400_000)
    for (const day of new Set(backups.map((b) => dayOf(b.createdAt)))) {
      const newest = backups.filter((b) => dayOf(b.createdAt) === day)[0]
      expect(deleted.has(newest?.file ?? '')).toBe(false)
    }
  })
})
