/** A duration for people: "850 µs", "7.1 ms", "230 ms", "7.1 s", "2 min 5 s", "1 h 3 min". */
export function formatDurationUs(us: number): string {
  return formatDurationUsWith(us, '.')
}

/** The same with a language's decimal separator: "7,1 s" in Portuguese. */
export function formatDurationUsWith(us: number, decimalSeparator: string): string {
  if (!Number.isFinite(us)) return '–'
  const sign = us < 0 ? '-' : ''
  const value = Math.abs(us)
  // Thresholds sit half a unit below the next unit, so 999.7 µs reads "1 ms", not "1000 µs".
  if (value < 999.5) return `${sign}${Math.round(value)} µs`
  if (value < 999_500) {
    return `${sign}${oneDecimalBelowTen(value / 1_000).replace('.', decimalSeparator)} ms`
  }
  if (value < 59_950_000) {
    return `${sign}${oneDecimalBelowTen(value / 1_000_000, 60).replace('.', decimalSeparator)} s`
  }
  const totalSeconds = Math.round(value / 1_000_000)
  if (totalSeconds < 3_600) {
    const seconds = totalSeconds % 60
    return `${sign}${Math.floor(totalSeconds / 60)} min${seconds ? ` ${seconds} s` : ''}`
  }
  const totalMinutes = Math.round(totalSeconds / 60)
  const minutes = totalMinutes % 60
  return `${sign}${Math.floor(totalMinutes / 60)} h${minutes ? ` ${minutes} min` : ''}`
}

/** One decimal where it carries information ("7.1"), none where it is noise ("230"). */
function oneDecimalBelowTen(value: number, decimalsBelow = 10): string {
  if (value < decimalsBelow) {
    const rounded = Math.round(value * 10) / 10
    return rounded % 1 === 0 ? rounded.toFixed(0) : rounded.toFixed(1)
  }
  return Math.round(value).toString()
}

/** A share as a whole percentage, "<1%" for small non-zero shares rather than a misleading 0%. */
export function formatShare(part: number, whole: number): string {
  if (whole <= 0) return '0%'
  const percent = (part / whole) * 100
  if (percent > 0 && percent < 1) return '<1%'
  return `${Math.round(percent)}%`
}
