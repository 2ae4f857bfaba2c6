/** The runbook's single-key shortcuts, shown in the "Keyboard shortcuts" help. */
export const RUNBOOK_SHORTCUTS = [
  { keys: ['j'], does: 'Open the next step' },
  { keys: ['k'], does: 'Open the previous step' },
  { keys: ['↓', '↑'], does: 'Move between steps when a step is focused' },
  { keys: ['s'], does: 'Start the open step' },
  { keys: ['x'], does: 'Tick the first unticked checklist item of the open step' },
  { keys: ['Space'], does: 'Tick or untick the focused checklist item' },
  { keys: ['c'], does: 'Complete the open step and open the next one' },
  { keys: ['n'], does: 'Write a timeline note' },
  { keys: ['?'], does: 'Show these shortcuts' },
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
