// Runs before React mounts (imported first by main.tsx): applies the cached colour scheme so a
// dark-theme user never sees a white flash. A module, not an inline script, to satisfy the CSP.
import { COLOR_SCHEME_STORAGE_KEY } from './color-scheme-key'

function cachedScheme(): 'light' | 'dark' | 'auto' {
  try {
    const value = window.localStorage.getItem(COLOR_SCHEME_STORAGE_KEY)
    return value === 'light' || value === 'dark' ? value : 'auto'
  } catch {
    return 'auto'
  }
}

const scheme = cachedScheme()
const resolved =
  scheme === 'auto'
    ? window.matchMedia('(prefers-color-scheme: dark)').matches
      ? 'dark'
      : 'light'
    : scheme
document.documentElement.setAttribute('data-mantine-color-scheme', resolved)
