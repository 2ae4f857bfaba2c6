// Texts written outside the renderer (backend errors, rule refusals, timeline entries the app
// writes) live here, so the backend can write them in English for logs, search and exports
// while the renderer shows them in the user's language. Same rules as the renderer's
// catalogues: English is the source, pt-BR must have every key.

import en_msgCommon from './locales/en/msgCommon.json'
import en_msgEvents from './locales/en/msgEvents.json'
import en_msgFiles from './locales/en/msgFiles.json'
import en_msgSources from './locales/en/msgSources.json'
import en_msgTraces from './locales/en/msgTraces.json'
import en_msgWork from './locales/en/msgWork.json'
import ptBR_msgCommon from './locales/pt-BR/msgCommon.json'
import ptBR_msgEvents from './locales/pt-BR/msgEvents.json'
import ptBR_msgFiles from './locales/pt-BR/msgFiles.json'
import ptBR_msgSources from './locales/pt-BR/msgSources.json'
import ptBR_msgTraces from './locales/pt-BR/msgTraces.json'
import ptBR_msgWork from './locales/pt-BR/msgWork.json'

export const sharedEn = {
  msgCommon: en_msgCommon,
  msgEvents: en_msgEvents,
  msgFiles: en_msgFiles,
  msgSources: en_msgSources,
  msgTraces: en_msgTraces,
  msgWork: en_msgWork,
}

export const sharedPtBR: Record<keyof typeof sharedEn, Record<string, unknown>> = {
  msgCommon: ptBR_msgCommon,
  msgEvents: ptBR_msgEvents,
  msgFiles: ptBR_msgFiles,
  msgSources: ptBR_msgSources,
  msgTraces: ptBR_msgTraces,
  msgWork: ptBR_msgWork,
}

export const SHARED_NAMESPACES = Object.keys(sharedEn) as (keyof typeof sharedEn)[]
