/**
 * The runbook's single-key shortcuts, shown in the "Keyboard shortcuts" help; what each does is
 * `shortcuts.does.<id>` in the runbook catalogue, and "Space" is a key name to translate too.
 */
export const RUNBOOK_SHORTCUTS = [
  { id: 'next', keys: ['j'] },
  { id: 'previous', keys: ['k'] },
  { id: 'arrows', keys: ['↓', '↑'] },
  { id: 'start', keys: ['s'] },
  { id: 'tick', keys: ['x'] },
  { id: 'space', keys: ['Space'] },
  { id: 'complete', keys: ['c'] },
  { id: 'note', keys: ['n'] },
  { id: 'help', keys: ['?'] },
] as const

export type RunbookShortcutKey = 'j' | 'k' | 's' | 'x' | 'c' | '?'

/**
 * The shortcut a key press means, or null. Keys typed into a field, held with Ctrl/Cmd/Alt,
 * repeated by holding the key, or pressed while a dialog is open are never shortcuts.
 */
export function shortcutFor(event: {
  key: string
  ctrlKey: boolean
  metaKey: boolean
  altKey: boolean
  repeat: boolean
  typing: boolean
  dialogOpen: boolean
}): RunbookShortcutKey | null {
  if (event.ctrlKey || event.metaKey || event.altKey || event.repeat) return null
  if (event.typing || event.dialogOpen) return null
  const key = event.key === '?' ? '?' : event.key.toLowerCase()
  // Shift+C and friends stay free: only the plain letters are shortcuts ('?' needs Shift).
  if (key !== event.key && key !== '?') return null
  return (['j', 'k', 's', 'x', 'c', '?'] as const).find((k) => k === key) ?? null
}
