// A fast path for big query_range answers: reads the JSON text straight into typed arrays instead
// of letting JSON.parse build a million little [time, "value"] arrays first. Anything it does not
// expect (an error answer, another result type, odd syntax) makes it step aside (null), and the
// caller parses the text the ordinary way, so it never decides an answer's meaning on its own.
import {
  columnsFromSamples,
  type ColumnarMatrix,
  type ColumnarOptions,
  type Labels,
} from './columnar'
import { parseSampleValue } from './sample'

export interface ScannedMatrixAnswer {
  matrix: ColumnarMatrix
  warnings: string[]
}

/** Thrown inside the scanner to step aside; never escapes scanMatrixAnswer. */
class StepAside extends Error {}

const QUOTE = 34
const BACKSLASH = 92
const COMMA = 44
const COLON = 58
const OPEN_ARRAY = 91
const CLOSE_ARRAY = 93
const OPEN_OBJECT = 123
const CLOSE_OBJECT = 125

class Scanner {
  pos = 0
  constructor(readonly text: string) {}

  skipSpace(): number {
    const { text } = this
    let pos = this.pos
    for (;;) {
      const code = text.charCodeAt(pos)
      if (code !== 32 && code !== 10 && code !== 13 && code !== 9) break
      pos++
    }
    this.pos = pos
    return text.charCodeAt(pos)
  }

  expect(code: number): void {
    if (this.skipSpace() !== code) throw new StepAside()
    this.pos++
  }

  /** After a member or element: true if another follows, false at the closing bracket. */
  more(close: number): boolean {
    const code = this.skipSpace()
    this.pos++
    if (code === COMMA) return true
    if (code === close) return false
    throw new StepAside()
  }

  /** Index just past the closing quote of the string starting at pos; whether it has escapes. */
  stringEnd(): { end: number; escaped: boolean } {
    const { text } = this
    let escaped = false
    for (let pos = this.pos + 1; pos < text.length; pos++) {
      const code = text.charCodeAt(pos)
      if (code === QUOTE) return { end: pos + 1, escaped }
      if (code === BACKSLASH) {
        escaped = true
        pos++
      }
    }
    throw new StepAside()
  }

  string(): string {
    if (this.skipSpace() !== QUOTE) throw new StepAside()
    const start = this.pos
    const { end, escaped } = this.stringEnd()
    this.pos = end
    return escaped
      ? (JSON.parse(this.text.slice(start, end)) as string)
      : this.text.slice(start + 1, end - 1)
  }

  key(): string {
    const key = this.string()
    this.expect(COLON)
    return key
  }

  /** Parses any one value with JSON.parse after finding where it ends. */
  value(): unknown {
    this.skipSpace()
    const start = this.pos
    let depth = 0
    const { text } = this
    while (this.pos < text.length) {
      const code = text.charCodeAt(this.pos)
      if (code === QUOTE) {
        this.pos = this.stringEnd().end
        if (depth === 0) break
        continue
      }
      if (code === OPEN_ARRAY || code === OPEN_OBJECT) depth++
      else if (code === CLOSE_ARRAY || code === CLOSE_OBJECT) {
        if (depth === 0) break
        depth--
        if (depth === 0) {
          this.pos++
          break
        }
      } else if (
        depth === 0 &&
        (code === COMMA || code === 32 || code === 10 || code === 13 || code === 9)
      ) {
        break
      }
      this.pos++
    }
    return JSON.parse(text.slice(start, this.pos))
  }
}

function numberAt(scanner: Scanner): number {
  const { text } = scanner
  const start = scanner.pos
  let pos = start
  // Timestamps are nearly always whole seconds: add the digits up (exact below 2^53).
  let whole = 0
  for (let code = text.charCodeAt(pos); code >= 48 && code <= 57; code = text.charCodeAt(++pos)) {
    whole = whole * 10 + (code - 48)
  }
  const next = text.charCodeAt(pos)
  if (pos > start && pos - start < 16 && next !== 46 && next !== 101 && next !== 69) {
    scanner.pos = pos
    return whole
  }
  // Anything else (fractions, exponents, signs): scan the number's characters, let Number decide.
  for (;;) {
    const code = text.charCodeAt(pos)
    const numeric = (code >= 48 && code <= 57) || code === 46 || code === 101 || code === 69
    if (numeric || code === 43 || code === 45) pos++
    else break
  }
  if (pos === start) throw new StepAside()
  scanner.pos = pos
  const value = Number(text.slice(start, pos))
  if (Number.isNaN(value)) throw new StepAside()
  return value
}

/** Index of the closing quote of a sample value; escapes never occur there, so they step aside. */
function plainStringEnd(text: string, start: number): number {
  for (let pos = start; pos < text.length; pos++) {
    const code = text.charCodeAt(pos)
    if (code === QUOTE) return pos
    if (code === BACKSLASH) throw new StepAside()
  }
  throw new StepAside()
}

/** `[[t,"v"],...]` into growing typed arrays. */
function pairs(
  scanner: Scanner,
  capacity: number,
): { timesSec: Float64Array; values: Float64Array } {
  let timesSec = new Float64Array(Math.max(16, capacity))
  let values = new Float64Array(timesSec.length)
  let count = 0
  scanner.expect(OPEN_ARRAY)
  if (scanner.skipSpace() === CLOSE_ARRAY) {
    scanner.pos++
    return { timesSec: timesSec.subarray(0, 0), values: values.subarray(0, 0) }
  }
  do {
    scanner.expect(OPEN_ARRAY)
    scanner.skipSpace()
    const time = numberAt(scanner)
    scanner.expect(COMMA)
    if (scanner.skipSpace() !== QUOTE) throw new StepAside()
    const start = scanner.pos + 1
    const end = plainStringEnd(scanner.text, start)
    scanner.pos = end + 1
    scanner.expect(CLOSE_ARRAY)
    if (count === timesSec.length) {
      const grownTimes = new Float64Array(count * 2)
      grownTimes.set(timesSec)
      timesSec = grownTimes
      const grownValues = new Float64Array(count * 2)
      grownValues.set(values)
      values = grownValues
    }
    timesSec[count] = time
    values[count] = parseSampleValue(scanner.text.slice(start, end))
    count++
  } while (scanner.more(CLOSE_ARRAY))
  return { timesSec: timesSec.subarray(0, count), values: values.subarray(0, count) }
}

function isLabels(value: unknown): value is Labels {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false
  return Object.values(value).every((label) => typeof label === 'string')
}

interface ScanState {
  /** Keys already read at the top level or in data: JSON.parse keeps the last, we step aside. */
  seen: Set<string>
  status?: unknown
  resultType?: unknown
  warnings: string[]
  series: { labels: Labels; timesSec: Float64Array; values: Float64Array }[]
  histogramSeries: number
  capacity: number
}

function seriesObject(scanner: Scanner, state: ScanState): void {
  let labels: Labels | null = null
  let samples: ReturnType<typeof pairs> | null = null
  let histograms = false
  scanner.expect(OPEN_OBJECT)
  do {
    const key = scanner.key()
    if (key === 'metric') {
      const value = scanner.value()
      if (!isLabels(value)) throw new StepAside()
      labels = value
    } else if (key === 'values') samples = pairs(scanner, state.capacity)
    else if (key === 'histograms') {
      scanner.value()
      histograms = true
    } else scanner.value()
  } while (scanner.more(CLOSE_OBJECT))
  if (!labels) throw new StepAside()
  if (samples) state.series.push({ labels, ...samples })
  else if (histograms) state.histogramSeries++
  else throw new StepAside()
}

function dataObject(scanner: Scanner, state: ScanState): void {
  scanner.expect(OPEN_OBJECT)
  do {
    const key = scanner.key()
    once(state, `data.${key}`)
    if (key === 'resultType') state.resultType = scanner.value()
    else if (key === 'result') {
      scanner.expect(OPEN_ARRAY)
      if (scanner.skipSpace() === CLOSE_ARRAY) scanner.pos++
      else
        do seriesObject(scanner, state)
        while (scanner.more(CLOSE_ARRAY))
    } else scanner.value()
  } while (scanner.more(CLOSE_OBJECT))
}

function once(state: ScanState, key: string): void {
  if (state.seen.has(key)) throw new StepAside()
  state.seen.add(key)
}

function addWarnings(state: ScanState, value: unknown): void {
  if (!Array.isArray(value) || !value.every((item) => typeof item === 'string'))
    throw new StepAside()
  state.warnings.push(...(value as string[]))
}

/**
 * Columns and warnings from a successful matrix answer's text, or null when the text is anything
 * else (then JSON.parse it and decode as usual: errors and oddities are handled there).
 */
export function scanMatrixAnswer(
  text: string,
  options: ColumnarOptions = {},
): ScannedMatrixAnswer | null {
  const grid = options.grid
  // With a grid every full series has exactly that many points; start there to avoid regrowing.
  const gridPoints = grid ? Math.floor((grid.endMs - grid.startMs) / grid.stepMs) + 1 : 0
  const capacity = Number.isFinite(gridPoints) ? Math.min(20_000, Math.max(16, gridPoints)) : 16
  const state: ScanState = {
    seen: new Set(),
    warnings: [],
    series: [],
    histogramSeries: 0,
    capacity,
  }
  const scanner = new Scanner(text)
  try {
    scanner.expect(OPEN_OBJECT)
    do {
      const key = scanner.key()
      once(state, key)
      if (key === 'data') dataObject(scanner, state)
      else if (key === 'status') state.status = scanner.value()
      else if (key === 'warnings' || key === 'infos') addWarnings(state, scanner.value())
      else scanner.value()
    } while (scanner.more(CLOSE_OBJECT))
    scanner.skipSpace()
    if (scanner.pos !== text.length) return null
  } catch (error) {
    if (error instanceof StepAside || error instanceof SyntaxError) return null
    throw error
  }
  if (state.status !== 'success' || state.resultType !== 'matrix') return null
  const matrix = columnsFromSamples(state.series, options, state.histogramSeries)
  return { matrix, warnings: state.warnings }
}
