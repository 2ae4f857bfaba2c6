import { useEffect, type RefObject } from 'react'

// Inputs that take no typed text: a shortcut pressed on a focused checkbox is still a shortcut.
const NON_TEXT_INPUTS = new Set(['checkbox', 'radio', 'button', 'submit', 'reset', 'range'])

/** True when a key press belongs to whatever the user is typing in, not to the page. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false
  if (target.isContentEditable) return true
  const tag = target.tagName
  if (tag === 'INPUT') return !NON_TEXT_INPUTS.has((target as HTMLInputElement).type)
  return tag === 'TEXTAREA' || tag === 'SELECT'
}

/**
 * Focuses `ref` when `key` is pressed anywhere on the page, unless the user is typing in a
 * field, holds a modifier, or a dialog is open (the dialog owns the keyboard then).
 */
export function useFocusShortcut(key: string, ref: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (event.key.toLowerCase() !== key || event.defaultPrevented || event.repeat) return
      if (event.ctrlKey || event.metaKey || event.altKey) return
      if (isTypingTarget(event.target) || document.querySelector('[role="dialog"]')) return
      event.preventDefault()
      ref.current?.focus()
    }
    document.addEventListener('keydown', onKeyDown)
    return () => document.removeEventListener('keydown', onKeyDown)
  }, [key, ref])
}
