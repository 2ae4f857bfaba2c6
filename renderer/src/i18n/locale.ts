// The language the UI is shown in, readable by pure formatting code (time, numbers) without
// pulling i18next into it. i18n/index.ts keeps it in step with i18next.

import { LANGUAGES } from '../../../shared/contract/settings'

export { LANGUAGES }
export type Language = (typeof LANGUAGES)[number]

let current: Language = 'en'

export function currentLanguage(): Language {
  return current
}

export function setCurrentLanguage(language: Language): void {
  current = language
}

/** The Intl locale for a language: English figures use en-US grouping ("10,000.5"). */
export function intlLocale(language: Language = current): string {
  return language === 'en' ? 'en-US' : language
}

/** "system" follows the first of the browser's languages that we have a catalogue for. */
export function resolveLanguage(
  choice: Language | 'system',
  preferred: readonly string[] = [],
): Language {
  if (choice !== 'system') return choice
  for (const tag of preferred) {
    const lower = tag.toLowerCase()
    if (lower === 'pt' || lower.startsWith('pt-')) return 'pt-BR'
    if (lower === 'en' || lower.startsWith('en-')) return 'en'
  }
  return 'en'
}
