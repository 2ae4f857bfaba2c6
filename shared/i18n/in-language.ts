import i18next, { type i18n as I18n } from 'i18next'
import { LANGUAGES } from '../contract/settings'
import { sharedEn, sharedPtBR, SHARED_NAMESPACES } from './catalogues'
import { englishText } from './english'
import type { Message } from './messages'

// Texts the backend writes into a document in the document's own language (the postmortem
// template's), whatever language the UI is in. English goes through englishText, so an English
// document reads exactly as the backend has always written it.

type Language = (typeof LANGUAGES)[number]

const instances = new Map<Language, I18n>()

/** Catalogues per language besides English; a new language fails to compile until it is here. */
const CATALOGUES: Record<Exclude<Language, 'en'>, typeof sharedPtBR> = { 'pt-BR': sharedPtBR }

/** The catalogue language for a BCP 47 tag ("pt", "pt-PT", "pt-BR" → "pt-BR"); English otherwise. */
export function catalogueLanguage(tag: string): Language {
  const lower = tag.trim().toLowerCase()
  if (lower === 'pt' || lower.startsWith('pt-')) return 'pt-BR'
  return 'en'
}

function instanceFor(language: Exclude<Language, 'en'>): I18n {
  const known = instances.get(language)
  if (known) return known
  const made = i18next.createInstance()
  void made.init({
    lng: language,
    fallbackLng: 'en',
    resources: { en: sharedEn, [language]: CATALOGUES[language] },
    ns: SHARED_NAMESPACES,
    defaultNS: 'msgCommon',
    initAsync: false,
    interpolation: { escapeValue: false },
  })
  instances.set(language, made)
  return made
}

/** The message worded in the language of `tag` (a template's `language`, e.g. "pt-BR"). */
export function textIn(tag: string, message: Message): string {
  const language = catalogueLanguage(tag)
  if (language === 'en') return englishText(message)
  return instanceFor(language).t(message.key, { ...message.params })
}
