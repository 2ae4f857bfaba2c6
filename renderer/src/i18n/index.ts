// i18next set up once, before React mounts (main.tsx imports this first). Catalogues are
// bundled, so initialisation is synchronous and the first paint is already translated.
import i18n from 'i18next'
import { initReactI18next } from 'react-i18next'
import { en, ptBR, NAMESPACES } from './resources'
import { resolveLanguage, setCurrentLanguage, type Language, LANGUAGES } from './locale'

export const LANGUAGE_STORAGE_KEY = 'firebreak.language'

function browserLanguages(): readonly string[] {
  return typeof navigator === 'undefined' ? [] : navigator.languages
}

// The saved choice is cached locally so the next start paints in the right language at once.
function cachedLanguage(): Language | 'system' {
  try {
    const value = globalThis.localStorage?.getItem(LANGUAGE_STORAGE_KEY)
    return (LANGUAGES as readonly string[]).includes(value ?? '') ? (value as Language) : 'system'
  } catch {
    return 'system'
  }
}

const initial = resolveLanguage(cachedLanguage(), browserLanguages())
setCurrentLanguage(initial)

void i18n.use(initReactI18next).init({
  resources: { en, 'pt-BR': ptBR },
  lng: initial,
  fallbackLng: 'en',
  supportedLngs: [...LANGUAGES],
  ns: NAMESPACES,
  defaultNS: 'common',
  initAsync: false,
  // React escapes what it renders; escaping here too would show "&amp;".
  interpolation: { escapeValue: false },
  returnNull: false,
})

i18n.on('languageChanged', (language) => {
  const resolved = resolveLanguage(language as Language)
  setCurrentLanguage(resolved)
  if (typeof document !== 'undefined') document.documentElement.lang = resolved
})
if (typeof document !== 'undefined') document.documentElement.lang = initial

/** Applies the language chosen in Settings ("system" follows the browser) and caches it. */
export function applyLanguageChoice(choice: Language | 'system'): void {
  const language = resolveLanguage(choice, browserLanguages())
  try {
    globalThis.localStorage?.setItem(LANGUAGE_STORAGE_KEY, choice === 'system' ? '' : choice)
  } catch {
    // A private window without storage still switches; it just will not remember.
  }
  if (i18n.language !== language) void i18n.changeLanguage(language)
}

export { i18n }
