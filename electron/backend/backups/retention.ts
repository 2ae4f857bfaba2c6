export interface BackupStamp {
  file: string
  createdAt: number
}

export const KEEP_NEWEST = 10
export const KEEP_DAILY_DAYS = 14
const DAY_MS = 86_400_000

/**
 * Which backups to delete: keep the newest 10, and the newest one of each of the last 14 days
 * (UTC days), so a problem noticed a week later can still be undone.
 */
export function backupsToDelete(backups: readonly BackupStamp[], now: number): string[] {
  const newestFirst = [...backups].sort((a, b) => b.createdAt - a.createdAt)
  const keep = new Set(newestFirst.slice(0, KEEP_NEWEST).map((b) => b.file))
  const today = Math.floor(now / DAY_MS)
  const daysSeen = new Set<number>()
  for (const backup of newestFirst) {
    const day = Math.floor(backup.createdAt / DAY_MS)
    if (today - day >= KEEP_DAILY_DAYS || daysSeen.has(day)) continue
    daysSeen.add(day)
    keep.add(backup.file)
  }
  return newestFirst.filter((b) => !keep.has(b.file)).map((b) => b.file)
}
