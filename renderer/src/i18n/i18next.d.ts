import 'i18next'
import type { en } from './resources'

// Keys are checked against the English catalogues: t('runbook:nope') does not compile.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common'
    resources: typeof en
    returnNull: false
  }
}
