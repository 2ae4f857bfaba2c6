// Numbers formatted for the UI language: "10,000.5" in English, "10.000,5" in Portuguese.
import { currentLanguage, intlLocale } from './locale'

// Building a NumberFormat is costly and tables format thousands of cells.
const formatters = new Map<string, Intl.NumberFormat>()

function numberFormat(options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const locale = intlLocale(currentLanguage())
  const key = `${locale}|${JSON.stringify(options)}`
  let formatter = formatters.get(key)
  if (!formatter) {
    formatter = new Intl.NumberFormat(locale, options)
    formatters.set(key, formatter)
  }
  return formatter
}

/** A count or measurement: formatNumber(12345.678, 1) is "12,345.7" or "12.345,7". */
export function formatNumber(value: number, maximumFractionDigits = 0): string {
  return numberFormat({ maximumFractionDigits }).format(value)
}

/** A ratio as a percentage: formatPercent(0.125) is "12.5%" or "12,5%". */
export function formatPercent(ratio: number, maximumFractionDigits = 1): string {
  return numberFormat({ style: 'percent', maximumFractionDigits }).format(ratio)
}

/** Always `digits` decimals: formatFixed(14.4, 2) is "14.40" or "14,40". */
export function formatFixed(value: number, digits: number, useGrouping = true): string {
  return numberFormat({
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
    useGrouping,
  }).format(value)
}
