import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { createPrometheusClient } from '../electron/backend/sources/prometheus/client'
import { decodeRangeAnswer } from '../electron/backend/sources/prometheus/decode'
import { scanMatrixAnswer } from '../shared/domain/prometheus/matrix-scan'

// Issue 8's worst case, a query_range answer of 100 series x 11,000 points (~37 MB of JSON), and
// the common case of 100 x 1,500 (about one point per pixel), measured in Node:
// - bareJsonParseMs: JSON.parse alone, the baseline;
// - textToColumnsMs: what the client does with a 200 answer (scanMatrixAnswer: text straight
//   to typed columns on the query grid);
// - jsonParseThenConvertMs: the ordinary path it falls back to (JSON.parse, zod envelope, columns);
// - convertOnlyMs: that path without the parse;
// - loopbackClientCallMs: the whole client.queryRange over loopback HTTP (transfer included).

const SERIES = 100
const STEP_S = 15
const START_S = 1_700_000_000
const RUNS = 5

/** Deterministic sample values written the way Prometheus writes floats (shortest form). */
function* sampleValues(seed: number): Generator<string> {
  let state = seed
  for (;;) {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648
    yield String((state / 2_147_483_648) * 1000)
  }
}

export function rangeAnswerJson(series: number, points: number): string {
  const values = sampleValues(2026)
  const result = Array.from({ length: series }, (_, index) => {
    const samples: string[] = []
    for (let point = 0; point < points; point++) {
      samples.push(`[${START_S + point * STEP_S},"${values.next().value}"]`)
    }
    const metric = `{"__name__":"http_requests_rate","instance":"10.1.${index}.7:8080","job":"api","handler":"/api/v1/items/${index}"}`
    return `{"metric":${metric},"values":[${samples.join(',')}]}`
  })
  return `{"status":"success","data":{"resultType":"matrix","result":[${result.join(',')}]}}`
}

function median(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b)
  return Math.round((sorted[Math.floor(sorted.length / 2)] ?? NaN) * 10) / 10
}

async function medianMs(runs: number, run: () => unknown): Promise<number> {
  const samples: number[] = []
  for (let index = 0; index < runs; index++) {
    const start = performance.now()
    await run()
    samples.push(performance.now() - start)
  }
  return median(samples)
}

/** Serves `body` to every request on 127.0.0.1 until closed. */
async function serve(body: string) {
  const server = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json' })
    res.end(body)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  return { url, close: () => new Promise((resolve) => server.close(resolve)) }
}

async function measure(points: number): Promise<Record<string, number>> {
  const text = rangeAnswerJson(SERIES, points)
  const range = {
    startMs: START_S * 1000,
    endMs: (START_S + (points - 1) * STEP_S) * 1000,
    stepMs: STEP_S * 1000,
  }
  const context = { what: 'query_range', status: 200, url: 'http://bench' }
  const check = (pointsSeen: number) => {
    if (pointsSeen !== points) throw new Error(`expected ${points} points, got ${pointsSeen}`)
  }
  const parsed: unknown = JSON.parse(text)
  const server = await serve(text)
  try {
    const client = createPrometheusClient({ baseUrl: server.url })
    return {
      jsonMB: Math.round(Buffer.byteLength(text) / 1e5) / 10,
      bareJsonParseMs: await medianMs(RUNS, () => JSON.parse(text)),
      textToColumnsMs: await medianMs(RUNS, () =>
        check(scanMatrixAnswer(text, { grid: range })?.matrix.timestampsMs.length ?? -1),
      ),
      jsonParseThenConvertMs: await medianMs(RUNS, () =>
        check(decodeRangeAnswer(context, JSON.parse(text), range).matrix.timestampsMs.length),
      ),
      convertOnlyMs: await medianMs(RUNS, () =>
        check(decodeRangeAnswer(context, parsed, range).matrix.timestampsMs.length),
      ),
      loopbackClientCallMs: await medianMs(3, async () =>
        check((await client.queryRange('bench', range)).matrix.timestampsMs.length),
      ),
    }
  } finally {
    await server.close()
  }
}

/** Figures in ms (and the answer size in MB), medians of a few runs in this Node process. */
export async function benchPrometheus(): Promise<Record<string, number | string>> {
  const figures: Record<string, number | string> = {
    note: `Node ${process.version}; median of ${RUNS} runs (3 for the loopback call); see the figure list at the top of bench/prometheus.bench.ts`,
  }
  for (const points of [11_000, 1_500]) {
    const shape = `queryRange.${SERIES}x${points}`
    for (const [name, value] of Object.entries(await measure(points))) {
      figures[`${shape}.${name}`] = value
    }
  }
  return figures
}
