// Months as the insights' trend charts label them, in the UI language. Durations there use
// ui/duration's formatCompactDuration.
import { i18n } from '../../i18n'
import { currentLanguage } from '../../i18n/locale'

/** A month key "2026-03" as the UI language writes it: "2026-03", "03/2026". */
export function formatMonth(month: string): string {
  const [year = '', number = ''] = month.split('-')
  return i18n.t('insights:trend.month', { lng: currentLanguage(), year, month: number })
}
