// Prometheus values with their unit for a card or a tile, where a missing value is said in words.
import type { Unit } from '../../../../shared/domain/prometheus/units'
import { i18n } from '../../i18n'
import { formatUnit } from '../../ui/unit-value'

export function formatUnitValue(value: number | null | undefined, unit: Unit): string {
  if (value === null || value === undefined) return i18n.t('query:noData')
  return formatUnit(value, unit)
}
