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

/**
 * Writes a number already rounded to `fractionDigits` decimals, in the reader's language
 * ("1.5" or "1,5"). The numbers here have at most four significant digits, so no grouping.
 */
export type DecimalWriter = (value: number, fractionDigits: number) => string

/** JavaScript's own writing, as logs, exports and the English UI show it. */
export const plainDecimals: DecimalWriter = (value, fractionDigits) => value.toFixed(fractionDigits)

function significant(value: number, write: DecimalWriter, digits = 3): string {
  if (value === 0) return '0'
  const rounded = Number(value.toPrecision(digits))
  const text = rounded.toString()
  if (text.includes('e')) {
    const [mantissa = '', exponent = ''] = value.toExponential(digits - 1).split('e')
    return `${write(Number(mantissa), digits - 1)}e${exponent}`
  }
  return write(rounded, text.split('.')[1]?.length ?? 0)
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

function formatSeconds(value: number, write: DecimalWriter): string {
  const magnitude = Math.abs(value)
  if (magnitude === 0) return '0 s'
  for (const [size, suffix] of DURATIONS) {
    if (magnitude >= size) return `${significant(value / size, write)} ${suffix}`
  }
  return `${significant(value / 1e-9, write)} ns`
}

const BINARY = ['B', 'KiB', 'MiB', 'GiB', 'TiB', 'PiB', 'EiB']

function formatBytes(value: number, write: DecimalWriter, suffix = ''): string {
  let scaled = value
  let index = 0
  while (Math.abs(scaled) >= 1024 && index < BINARY.length - 1) {
    scaled /= 1024
    index++
  }
  return `${significant(scaled, write)} ${BINARY[index]}${suffix}`
}

const DECIMAL: [number, string][] = [
  [1e12, 'T'],
  [1e9, 'G'],
  [1e6, 'M'],
  [1e3, 'k'],
]

function formatCount(value: number, write: DecimalWriter): string {
  for (const [size, suffix] of DECIMAL) {
    if (Math.abs(value) >= size) return `${significant(value / size, write)}${suffix}`
  }
  return significant(value, write)
}

/**
 * A percentage that keeps the digits that matter near 100%: 0.9995 -> "99.95%", not "100%".
 * `fraction` is 0..1.
 */
function formatFractionAsPercent(fraction: number, write: DecimalWriter): string {
  const percent = fraction * 100
  if (percent === 100 || percent === 0) return `${write(percent, 0)}%`
  const distanceFromEdge = Math.min(Math.abs(100 - percent), Math.abs(percent))
  const decimals =
    distanceFromEdge >= 1
      ? 1
      : Math.min(4, Math.max(1, Math.ceil(-Math.log10(distanceFromEdge) - 1e-9)))
  return `${write(percent, decimals)}%`
}

/**
 * Formats a sample for display in `unit`; null is "no data", never zero. `write` puts the
 * digits in the reader's language (the UI passes one); units and special values stay as they are.
 */
export function formatValue(
  value: number | null | undefined,
  unit: Unit,
  write: DecimalWriter = plainDecimals,
): string {
  const text = special(value)
  if (text !== null || value === null || value === undefined) return text ?? 'no data'
  switch (unit) {
    case 'seconds':
      return formatSeconds(value, write)
    case 'bytes':
      return formatBytes(value, write)
    case 'bytes_per_second':
      return formatBytes(value, write, '/s')
    case 'ratio':
      return formatFractionAsPercent(value, write)
    case 'percent':
      return formatFractionAsPercent(value / 100, write)
    case 'per_second':
      return `${formatCount(value, write)}/s`
    case 'count':
      return formatCount(value, write)
    case 'none':
      return significant(value, write, 4)
  }
}
