// Prometheus values with their unit, as the shared formatter writes them ("85.5%", "1.2 s"), but
// with the UI language's decimal mark ("85,5%" in Portuguese). The shared formatter has no
// grouping separators, so swapping the decimal point is exact.
import { formatValue, type Unit } from '../../../../shared/domain/prometheus/units'
import { i18n } from '../../i18n'
import { formatNumber } from '../../i18n/format'

export function formatUnitValue(value: number | null | undefined, unit: Unit): string {
  if (value === null || value === undefined) return i18n.t('query:noData')
  const text = formatValue(value, unit)
  const decimalMark = formatNumber(1.5, 1).charAt(1)
  return decimalMark === '.' ? text : text.replace(/(\d)\.(\d)/g, `$1${decimalMark}$2`)
}
