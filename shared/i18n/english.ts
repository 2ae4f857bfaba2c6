import i18next, { type i18n as I18n } from 'i18next'
import { sharedEn, SHARED_NAMESPACES } from './catalogues'
import type { Message } from './messages'

// The backend writes every message in English too: it is what logs, search, exports and older
// clients read. Created on first use so importing a contract costs nothing at start-up.
let english: I18n | null = null

function instance(): I18n {
  if (english) return english
  english = i18next.createInstance()
  void english.init({
    lng: 'en',
    resources: { en: sharedEn },
    ns: SHARED_NAMESPACES,
    defaultNS: 'msgCommon',
    initAsync: false,
    interpolation: { escapeValue: false },
  })
  return english
}

/** The English wording of a message. */
export function englishText(message: Message): string {
  return instance().t(message.key, { ...message.params })
}
