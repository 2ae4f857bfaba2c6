/** Human file size: 1.2 MB, 830 kB, 512 B. */
export function formatBytes(bytes: number): string {
  if (bytes < 1000) return `${bytes} B`
  if (bytes < 1_000_000) return `${(bytes / 1000).toFixed(0)} kB`
  if (bytes < 1_000_000_000) return `${(bytes / 1_000_000).toFixed(1)} MB`
  return `${(bytes / 1_000_000_000).toFixed(2)} GB`
}

const REASONS: Record<string, string> = {
  startup: 'At start',
  periodic: 'Every 10 min',
  manual: 'By hand',
}

/** Why a backup was taken, from the label in its file name. */
export function backupReason(reason: string): string {
  if (reason.startsWith('before-migrate')) return 'Before an update'
  return REASONS[reason] ?? reason
}
