import { i18n } from '../../i18n'
import { formatFixed } from '../../i18n/format'

// A fixed number of decimals ("1.0 MB", not "1 MB"), with the language's decimal mark.
const fixed = (value: number, digits: number) => formatFixed(value, digits, false)

/** Human file size: 1.2 MB, 830 kB, 512 B ("1,2 MB" in Portuguese). */
export function formatBytes(bytes: number): string {
  if (bytes < 1000) return `${bytes} B`
  if (bytes < 1_000_000) return `${fixed(bytes / 1000, 0)} kB`
  if (bytes < 1_000_000_000) return `${fixed(bytes / 1_000_000, 1)} MB`
  return `${fixed(bytes / 1_000_000_000, 2)} GB`
}

const REASONS = ['startup', 'periodic', 'manual'] as const

/** Why a backup was taken, from the label in its file name. */
export function backupReason(reason: string): string {
  if (reason.startsWith('before-migrate')) return i18n.t('backups:reasons.beforeMigrate')
  const known = REASONS.find((name) => name === reason)
  return known ? i18n.t(`backups:reasons.${known}`) : reason
}
