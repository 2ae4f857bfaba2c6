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
import {
  CLOSE_OBJECT,
  numberAt,
  OPEN_OBJECT,
  plainStringEnd,
  Scanner,
  StepAside,
} from './json-scanner'
import { parseSampleValue } from './sample'
import { parseSampleValueAt, readPlainDecimal } from './sample-digits'

// The sample loop's characters, declared here rather than imported: the benches run this file as
// CommonJS (tsx), where each use of an imported binding is a getter call, per character here.
const QUOTE = 34
const COMMA = 44
const OPEN_ARRAY = 91
const CLOSE_ARRAY = 93

export interface ScannedMatrixAnswer {
  matrix: ColumnarMatrix
  warnings: string[]
}

interface Samples {
  timesSec: Float64Array
  values: Float64Array
}

/**
 * `[1700000000,"0.25"]`, as Prometheus writes nearly every sample (no spaces, whole seconds), read
 * into `samples` at `index`: the index just past it, or -1 for any other form.
 */
function compactPair(text: string, start: number, samples: Samples, index: number): number {
  if (text.charCodeAt(start) !== OPEN_ARRAY) return -1
  let pos = start + 1
  let time = 0
  let code = text.charCodeAt(pos)
  for (; code >= 48 && code <= 57; code = text.charCodeAt(++pos)) time = time * 10 + (code - 48)
  const digits = pos - start - 1
  if (digits === 0 || digits > 15 || code !== COMMA || text.charCodeAt(pos + 1) !== QUOTE) return -1
  const valueStart = pos + 2
  // The closing quote found natively: a loop over the characters here cost a fifth of the scan.
  const valueEnd = text.indexOf('"', valueStart)
  if (valueEnd < 0 || text.charCodeAt(valueEnd + 1) !== CLOSE_ARRAY) return -1
  if (!readPlainDecimal(text, valueStart, valueEnd, samples.values, index)) {
    const written = text.slice(valueStart, valueEnd)
    // An escape (even of a quote, which would end the value early) is for JSON.parse to read.
    if (written.includes('\\')) return -1
    samples.values[index] = parseSampleValue(written)
  }
  samples.timesSec[index] = time
  return valueEnd + 2
}

/** Any other `[t, "v"]`: spaces, fractional seconds, exponents. */
function spacedPair(scanner: Scanner, samples: Samples, index: number): void {
  scanner.expect(OPEN_ARRAY)
  scanner.skipSpace()
  const time = numberAt(scanner)
  scanner.expect(COMMA)
  if (scanner.skipSpace() !== QUOTE) throw new StepAside()
  const start = scanner.pos + 1
  const end = plainStringEnd(scanner.text, start)
  scanner.pos = end + 1
  scanner.expect(CLOSE_ARRAY)
  samples.timesSec[index] = time
  samples.values[index] = parseSampleValueAt(scanner.text, start, end)
}

function grown(samples: Samples): Samples {
  const timesSec = new Float64Array(samples.timesSec.length * 2)
  timesSec.set(samples.timesSec)
  const values = new Float64Array(timesSec.length)
  values.set(samples.values)
  return { timesSec, values }
}

/** `[[t,"v"],...]` into growing typed arrays. */
function pairs(scanner: Scanner, capacity: number): Samples {
  let samples: Samples = {
    timesSec: new Float64Array(Math.max(16, capacity)),
    values: new Float64Array(Math.max(16, capacity)),
  }
  let count = 0
  scanner.expect(OPEN_ARRAY)
  if (scanner.skipSpace() === CLOSE_ARRAY) scanner.pos++
  else
    do {
      if (count === samples.timesSec.length) samples = grown(samples)
      const end = compactPair(scanner.text, scanner.pos, samples, count)
      if (end < 0) spacedPair(scanner, samples, count)
      else scanner.pos = end
      count++
    } while (scanner.more(CLOSE_ARRAY))
  return {
    timesSec: samples.timesSec.subarray(0, count),
    values: samples.values.subarray(0, count),
  }
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
