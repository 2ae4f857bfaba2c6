// Prometheus values with their unit in the UI language: "1.5 s" in English, "1,5 s" in
// Portuguese. The shared formatter picks the unit and the digits; the digits are written here.
import { formatValue, type DecimalWriter, type Unit } from '../../../shared/domain/prometheus/units'
import { formatFixed } from '../i18n/format'

/** At most four significant digits: no grouping, so English reads exactly as before. */
const localDecimals: DecimalWriter = (value, fractionDigits) =>
  formatFixed(value, fractionDigits, false)

/** A sample in `unit` ("85.5%", "1.2 s", "NaN"), with the UI language's decimal mark. */
export function formatUnit(value: number, unit: Unit): string {
  return formatValue(value, unit, localDecimals)
}
