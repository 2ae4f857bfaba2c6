// Values as a responder reads them on an axis, a hover or a health-check tile.

export const UNITS = [
  'seconds',
  'bytes',
  'bytes_per_second',
  'ratio',
  'percent',
  'per_second',
  'count',
  'none',
] as const
export type Unit = (typeof UNITS)[number]

function significant(value: number, digits = 3): string {
  if (value === 0) return '0'
  const text = Number(value.toPrecision(digits)).toString()
  return text.includes('e') ? value.toExponential(digits - 1) : text
}

function special(value: number | null | undefined): string | null {
  if (value === null || value === undefined) return 'no data'
  if (Number.isNaN(value)) return 'NaN'
  if (value === Infinity) return '+Inf'
  if (value === -Infinity) return '-Inf'
  return null
}

const DURATIONS: [number, string][] = [
  [86_400, 'd'],
  [3_600, 'h'],
  [60, 'min'],
  [1, 's'],
  [1e-3, 'ms'],
  [1e-6, 'µs'],
  [1e-9, 'ns'],
]

function formatSeconds(value: number): string {
  const magnitude = Math.abs(value)
  if (magnitude === 0) return '0 s'
  for (const [size, suffix] of DURATIONS) {
    if (magnitude >= size) return `${significant(value / size)} ${suffix}`
  }
  return `${significant(value / 1e-9)} ns`
}

const BINARY = ['B', 'KiB', 'MiB', 'GiB', 'TiB', 'PiB', 'EiB']

function formatBytes(value: number, suffix = ''): string {
  let scaled = value
  let index = 0
  while (Math.abs(scaled) >= 1024 && index < BINARY.length - 1) {
    scaled /= 1024
    index++
  }
  return `${significant(scaled)} ${BINARY[index]}${suffix}`
}

const DECIMAL: [number, string][] = [
  [1e12, 'T'],
  [1e9, 'G'],
  [1e6, 'M'],
  [1e3, 'k'],
]

function formatCount(value: number): string {
  for (const [size, suffix] of DECIMAL) {
    if (Math.abs(value) >= size) return `${significant(value / size)}${suffix}`
  }
  return significant(value)
}

/**
 * A percentage that keeps the digits that matter near 100%: 0.9995 -> "99.95%", not "100%".
 * `fraction` is 0..1.
 */
function formatFractionAsPercent(fraction: number): string {
  const percent = fraction * 100
  if (percent === 100 || percent === 0) return `${percent}%`
  const distanceFromEdge = Math.min(Math.abs(100 - percent), Math.abs(percent))
  const decimals =
    distanceFromEdge >= 1
      ? 1
      : Math.min(4, Math.max(1, Math.ceil(-Math.log10(distanceFromEdge) - 1e-9)))
  return `${percent.toFixed(decimals)}%`
}

/** Formats a sample for display in `unit`; null is "no data", never zero. */
export function formatValue(value: number | null | undefined, unit: Unit): string {
  const text = special(value)
  if (text !== null || value === null || value === undefined) return text ?? 'no data'
  switch (unit) {
    case 'seconds':
      return formatSeconds(value)
    case 'bytes':
      return formatBytes(value)
    case 'bytes_per_second':
      return formatBytes(value, '/s')
    case 'ratio':
      return formatFractionAsPercent(value)
    case 'percent':
      return formatFractionAsPercent(value / 100)
    case 'per_second':
      return `${formatCount(value)}/s`
    case 'count':
      return formatCount(value)
    case 'none':
      return significant(value, 4)
  }
}
