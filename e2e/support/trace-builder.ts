/**
 * Deterministic test traces: the same options and seed always give the same bytes, so tests and
 * benchmark runs compare. Generates large and odd traces (orphans, duplicate IDs, clock skew,
 * FOLLOWS_FROM, int64 beyond 2^53, a dominating database span) as Jaeger v1 JSON or OTLP JSON.
 */

export interface TraceBuilderOptions {
  spans: number
  seed?: number
  /** Most children a span gets before the next span takes new children. */
  fanOut?: number
  maxDepth?: number
  /** How many services (of a fixed catalogue of 8) take part. */
  services?: number
  rootDurationUs?: number
  startUs?: number
  /** Adds "leaderboard-db SELECT" under the root, holding 74% of it on the critical path. */
  dominantDbSpan?: boolean
  orphans?: number
  duplicateIds?: number
  /** Leaf spans in another service moved to start before their parent. */
  skewed?: number
  errors?: number
  followsFrom?: number
  tagsPerSpan?: number
  /** Every n-th span gets a log / event; 0 for none. */
  logEvery?: number
  nonHexIds?: boolean
  /** The root carries an int64 tag of 9223372036854775807, written as a bare JSON number in v1. */
  largeIntTag?: boolean
  /** Spans in random order, as Jaeger returns them; otherwise creation order. */
  shuffle?: boolean
}

export interface BuiltTag {
  key: string
  type: 'string' | 'bool' | 'int64' | 'float64'
  value: string | number | boolean
}

export interface BuiltSpan {
  spanId: string
  parentId: string | undefined
  followsFrom: boolean
  service: string
  operation: string
  kind: 'server' | 'client' | 'internal'
  startUs: number
  durationUs: number
  error: boolean
  tags: BuiltTag[]
  logs: { timestampUs: number; fields: BuiltTag[] }[]
}

export interface BuiltTrace {
  traceId: string
  spans: BuiltSpan[]
  /** What the odd-case options did, for assertions. */
  expected: {
    orphanIds: string[]
    duplicatedIds: string[]
    skewedIds: string[]
    errorIds: string[]
    followsFromIds: string[]
    dominantSpanId: string | undefined
  }
}

export const LARGE_INT64 = '9223372036854775807'
const DB_SERVICE = 'leaderboard-db'
const CATALOGUE: [string, string[]][] = [
  ['frontend', ['HTTP GET /leaderboard', 'render leaderboard']],
  ['api-gateway', ['GET /api/leaderboard', 'POST /api/scores']],
  ['leaderboard-api', ['getTopScores', 'rankPlayers', 'loadSeason']],
  [DB_SERVICE, ['SELECT', 'INSERT', 'UPDATE']],
  ['auth-service', ['verifyToken']],
  ['redis-cache', ['GET', 'SET']],
  ['scores-worker', ['recomputeRanks', 'publish']],
  ['notifications', ['sendPush']],
]

/** mulberry32: tiny, fast and good enough for test data. */
function random(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

function hexId(next: () => number, hexDigits: number): string {
  let id = ''
  while (id.length < hexDigits) id += ((next() * 2 ** 32) >>> 0).toString(16).padStart(8, '0')
  return id.slice(0, hexDigits)
}

interface Draft extends BuiltSpan {
  depth: number
  children: number
}

function spanTags(next: () => number, service: string, count: number, error: boolean): BuiltTag[] {
  const pool: BuiltTag[] = [
    { key: 'component', type: 'string', value: service === DB_SERVICE ? 'postgres' : 'http' },
    { key: 'http.status_code', type: 'int64', value: error ? 503 : 200 },
    { key: 'player.id', type: 'int64', value: Math.floor(next() * 1_000_000) },
    { key: 'cache.hit', type: 'bool', value: next() < 0.5 },
    { key: 'load.ratio', type: 'float64', value: Math.round(next() * 1000) / 1000 },
    { key: 'region', type: 'string', value: next() < 0.5 ? 'eu-west-1' : 'us-east-1' },
  ]
  const tags = pool.slice(0, Math.min(count, pool.length))
  if (error) tags.push({ key: 'error', type: 'bool', value: true })
  return tags
}

function makeSpan(
  next: () => number,
  options: Required<TraceBuilderOptions>,
  parent: Draft | undefined,
  window: { startUs: number; endUs: number },
  spanId: string,
): Draft {
  const serviceCount = Math.max(1, Math.min(options.services, CATALOGUE.length))
  const [service, operations] =
    parent && next() < 0.5
      ? (CATALOGUE.find(([name]) => name === parent.service) ?? CATALOGUE[0]!)
      : CATALOGUE[Math.floor(next() * serviceCount)]!
  const span = window.endUs - window.startUs
  const startUs = window.startUs + Math.floor(next() * span * 0.6)
  const durationUs = Math.max(1, Math.floor((window.endUs - startUs) * (0.1 + 0.85 * next())))
  return {
    spanId,
    parentId: parent?.spanId,
    followsFrom: false,
    service,
    operation: operations[Math.floor(next() * operations.length)]!,
    kind: parent ? (next() < 0.5 ? 'client' : 'server') : 'server',
    startUs,
    durationUs: Math.min(durationUs, window.endUs - startUs),
    error: false,
    tags: [],
    logs: [],
    depth: parent ? parent.depth + 1 : 0,
    children: 0,
  }
}

const DEFAULTS: Omit<Required<TraceBuilderOptions>, 'spans'> = {
  seed: 1,
  fanOut: 4,
  maxDepth: 16,
  services: 6,
  rootDurationUs: 7_100_000,
  startUs: 1_767_225_600_000_000,
  dominantDbSpan: false,
  orphans: 0,
  duplicateIds: 0,
  skewed: 0,
  errors: 0,
  followsFrom: 0,
  tagsPerSpan: 4,
  logEvery: 10,
  nonHexIds: false,
  largeIntTag: false,
  shuffle: true,
}

/** Builds the span tree breadth first: each span takes up to fanOut children, then the next. */
function growTree(next: () => number, options: Required<TraceBuilderOptions>): Draft[] {
  const { startUs, rootDurationUs } = options
  let created = 0
  const newId = () => (options.nonHexIds ? `span-${created++}` : hexId(next, 16))
  const rootWindow = { startUs, endUs: startUs + rootDurationUs }
  const root = makeSpan(next, options, undefined, rootWindow, newId())
  Object.assign(root, { startUs, durationUs: rootDurationUs, service: 'frontend' })
  Object.assign(root, { operation: 'HTTP GET /leaderboard' })
  const spans: Draft[] = [root]
  // With a dominating DB span, the root's other children finish before it starts.
  const dbStart = startUs + Math.round(rootDurationUs * 0.25)
  const rootWindowEnd = options.dominantDbSpan ? dbStart : startUs + rootDurationUs
  let head = 0
  while (spans.length < options.spans - (options.dominantDbSpan ? 1 : 0)) {
    let parent = spans[head]!
    while (parent.depth >= options.maxDepth || parent.children >= options.fanOut) {
      head = (head + 1) % spans.length
      if (head === 0) options.fanOut++ // every span is full: allow wider spans rather than loop
      parent = spans[head]!
    }
    const windowEnd = parent === root ? rootWindowEnd : parent.startUs + parent.durationUs
    const window = { startUs: parent.startUs, endUs: windowEnd }
    spans.push(makeSpan(next, options, parent, window, newId()))
    parent.children++
    if (parent.children >= 1 + Math.floor(next() * options.fanOut)) head = (head + 1) % spans.length
  }
  if (options.dominantDbSpan) {
    const db = makeSpan(next, options, root, { startUs: dbStart, endUs: dbStart + 1 }, newId())
    const durationUs = Math.round(rootDurationUs * 0.74)
    Object.assign(db, { service: DB_SERVICE, operation: 'SELECT', kind: 'client', durationUs })
    Object.assign(db, { startUs: dbStart, children: 0 })
    spans.push(db)
  }
  return spans
}

/** Picks `count` distinct spans matching `eligible`, deterministically. */
function pick(
  next: () => number,
  spans: Draft[],
  count: number,
  eligible: (span: Draft) => boolean,
) {
  const candidates = spans.filter(eligible)
  const chosen: Draft[] = []
  while (chosen.length < count && candidates.length > 0) {
    chosen.push(candidates.splice(Math.floor(next() * candidates.length), 1)[0]!)
  }
  return chosen
}

function applyOddities(next: () => number, spans: Draft[], options: Required<TraceBuilderOptions>) {
  const root = spans[0]!
  const dominant = options.dominantDbSpan ? spans[spans.length - 1] : undefined
  const ordinary = (span: Draft) => span !== root && span !== dominant
  const leaf = (span: Draft) => ordinary(span) && span.children === 0
  const taken = new Set<Draft>()
  const choose = (count: number, eligible: (span: Draft) => boolean) => {
    const chosen = pick(next, spans, count, (span) => eligible(span) && !taken.has(span))
    chosen.forEach((span) => taken.add(span))
    return chosen
  }
  for (const span of choose(options.errors, ordinary)) span.error = true
  for (const span of choose(options.orphans, ordinary)) span.parentId = `${hexId(next, 15)}f`
  for (const span of choose(options.followsFrom, ordinary)) span.followsFrom = true
  const byId = new Map(spans.map((span) => [span.spanId, span]))
  const otherService = (span: Draft) => byId.get(span.parentId ?? '')?.service !== span.service
  for (const span of choose(options.skewed, (span) => leaf(span) && otherService(span))) {
    const parent = byId.get(span.parentId ?? '')
    if (parent) span.startUs = parent.startUs - 1 - Math.floor(next() * 1000)
  }
  // A leaf takes the ID of an earlier span, so the first holder keeps its children.
  for (const span of choose(options.duplicateIds, leaf)) {
    const earlier = spans.slice(1, spans.indexOf(span)).filter((other) => !taken.has(other))
    const original = earlier[Math.floor(next() * earlier.length)] ?? root
    span.spanId = original.spanId
  }
}

function decorate(next: () => number, spans: Draft[], options: Required<TraceBuilderOptions>) {
  spans.forEach((span, index) => {
    span.tags = spanTags(next, span.service, options.tagsPerSpan, span.error)
    if (options.logEvery > 0 && index % options.logEvery === 0) {
      const fields: BuiltTag[] = [{ key: 'event', type: 'string', value: 'cache miss' }]
      span.logs = [{ timestampUs: span.startUs + Math.floor(span.durationUs / 2), fields }]
    }
  })
  if (options.largeIntTag) {
    spans[0]!.tags.push({ key: 'db.rows_scanned_total', type: 'int64', value: LARGE_INT64 })
  }
}

/** Random order, except that the first holder of a duplicated ID stays ahead of its copies. */
function shuffled(next: () => number, items: Draft[], first: Map<string, Draft>): Draft[] {
  const copy = [...items]
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1))
    ;[copy[i], copy[j]] = [copy[j]!, copy[i]!]
  }
  const seen = new Map<string, number>()
  copy.forEach((span, position) => {
    const earlier = seen.get(span.spanId)
    if (earlier === undefined) seen.set(span.spanId, position)
    else if (first.get(span.spanId) === span) {
      ;[copy[earlier], copy[position]] = [span, copy[earlier]!]
    }
  })
  return copy
}

/** Generates a trace; the same options always give the same trace. */
export function generateTrace(input: TraceBuilderOptions): BuiltTrace {
  const options: Required<TraceBuilderOptions> = { ...DEFAULTS, ...input }
  options.maxDepth = Math.max(1, options.maxDepth)
  options.fanOut = Math.max(1, options.fanOut)
  options.dominantDbSpan &&= options.spans >= 2 // the root and the database span
  const next = random(options.seed)
  const traceId = options.nonHexIds ? `trace-${options.seed}` : hexId(next, 32)
  const drafts = options.spans > 0 ? growTree(next, options) : []
  applyOddities(next, drafts, options)
  decorate(next, drafts, options)
  const dominant = options.dominantDbSpan ? drafts[drafts.length - 1] : undefined
  const first = new Map<string, Draft>()
  for (const span of drafts) if (!first.has(span.spanId)) first.set(span.spanId, span)
  const ids = (flag: (span: Draft, index: number) => boolean) =>
    drafts.filter(flag).map((span) => span.spanId)
  const parentOf = (span: Draft) => first.get(span.parentId ?? '')
  const spans = (options.shuffle ? shuffled(next, drafts, first) : drafts).map(
    ({ depth: _depth, children: _children, ...span }) => span,
  )
  return {
    traceId,
    spans,
    expected: {
      orphanIds: ids((span) => span.parentId !== undefined && !parentOf(span)),
      duplicatedIds: ids((span) => first.get(span.spanId) !== span),
      skewedIds: ids((span) => span.startUs < (parentOf(span)?.startUs ?? -Infinity)),
      errorIds: ids((span) => span.error),
      followsFromIds: ids((span) => span.followsFrom),
      dominantSpanId: dominant?.spanId,
    },
  }
}

export { toJaegerV1Json, toOtlpJson } from './trace-builder-json'
