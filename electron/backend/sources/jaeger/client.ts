// A client for Jaeger Query's HTTP APIs, v3 (OTLP JSON) preferred and v1 as the fallback. Every
// answer is validated; trace answers are parsed once, here, into the normalized model.
import { z } from 'zod'
import { AppError } from '../../../../shared/contract/errors'
import {
  parseTracePayload,
  type NormalizedTrace,
  type TraceFormat,
  type WordedWarnings,
} from '../../../../shared/domain/traces'
import { nestedParams } from '../../../../shared/domain/traces/warnings'
import { msg } from '../../../../shared/i18n/messages'
import { sendApiRequestText, type CallOptions, type SourceConfig } from '../prometheus/request'
import { detectJaegerApi, type JaegerApiVersion } from './detect'
import {
  ASK,
  jaegerAnswerError,
  jaegerErrorMessages,
  unexpectedJaegerAnswer,
  type JaegerAsk,
} from './errors'
import { v1SearchParams, v3SearchParams, type JaegerSearch } from './params'
import { traceMatchesSearch } from './trace-match'

export type { JaegerApiVersion } from './detect'
export type { JaegerSearch } from './params'

export interface JaegerOperation {
  name: string
  spanKind: string
}

/** A trace answer: the text as received (kept as evidence) and the traces read from it. */
export interface TraceAnswer extends WordedWarnings {
  api: JaegerApiVersion
  text: string
  format: TraceFormat
  traces: NormalizedTrace[]
}

export interface SearchAnswer extends TraceAnswer {
  /** Traces the server returned that the client dropped (v3 cannot filter by tags yet). */
  filteredOut: number
}

const v1Strings = z.object({ data: z.array(z.string()).nullable() })
const v3Services = z.object({ services: z.array(z.string()) })
const v3Operations = z.object({
  operations: z.array(z.object({ name: z.string(), spanKind: z.string().optional() })),
})

interface Answer {
  url: string
  status: number
  statusText: string
  text: string
}

function parseWith<T>(answer: Answer, schema: z.ZodType<T>, what: JaegerAsk): T {
  let json: unknown
  try {
    json = JSON.parse(answer.text)
  } catch {
    throw unexpectedJaegerAnswer(answer.url, what, msg('msgTraces:jaeger.problem.notJson'))
  }
  const parsed = schema.safeParse(json)
  if (parsed.success) return parsed.data
  const issue = parsed.error.issues[0]
  const path = issue?.path.join('.') || '(root)'
  const shape = msg('msgTraces:jaeger.problem.shape', { path, issue: issue?.message ?? '' })
  throw unexpectedJaegerAnswer(answer.url, what, shape)
}

function readTraces(answer: Answer, api: JaegerApiVersion, what: JaegerAsk): TraceAnswer {
  const result = parseTracePayload(answer.text)
  if (!result.ok) {
    const problem = msg('msgTraces:jaeger.problem.parse', nestedParams('reason', result.error.text))
    throw unexpectedJaegerAnswer(answer.url, what, problem)
  }
  const expected = api === 'v3' ? 'jaeger-v3-envelope' : 'jaeger-v1-envelope'
  if (result.format !== expected) {
    const problem = msg('msgTraces:jaeger.problem.wrongFormat', { format: result.format, api })
    throw unexpectedJaegerAnswer(answer.url, what, problem)
  }
  return {
    api,
    text: answer.text,
    format: result.format,
    traces: result.traces,
    warnings: result.warnings,
    warningTexts: result.warningTexts,
  }
}

/** v1 answers `{"data": null}` to a search nothing matched on some storage backends. */
function isEmptyV1Answer(text: string): boolean {
  return /^\s*\{\s*"data"\s*:\s*null\s*,/.test(text) && !/"errors"\s*:\s*\[\s*\{/.test(text)
}

export function createJaegerClient(config: SourceConfig, knownApi?: JaegerApiVersion) {
  let api = knownApi

  async function version(options: CallOptions = {}): Promise<JaegerApiVersion> {
    api ??= await detectJaegerApi(config, options)
    return api
  }

  async function get(path: string, params: [string, string][], options: CallOptions) {
    return sendApiRequestText(config, { path, params }, options)
  }

  function failIfNot200(answer: Answer, what: JaegerAsk): void {
    if (answer.status !== 200) {
      throw jaegerAnswerError(answer.url, answer.status, answer.statusText, answer.text, what)
    }
  }

  return {
    version,

    async services(options: CallOptions = {}): Promise<string[]> {
      const using = await version(options)
      const what = ASK.services()
      const answer = await get(using === 'v3' ? '/api/v3/services' : '/api/services', [], options)
      failIfNot200(answer, what)
      const list =
        using === 'v3'
          ? parseWith(answer, v3Services, what).services
          : (parseWith(answer, v1Strings, what).data ?? [])
      return [...new Set(list)].sort((a, b) => a.localeCompare(b))
    },

    async operations(service: string, options: CallOptions = {}): Promise<JaegerOperation[]> {
      const using = await version(options)
      const what = ASK.operations(service)
      if (using === 'v3') {
        const answer = await get('/api/v3/operations', [['service', service]], options)
        failIfNot200(answer, what)
        return parseWith(answer, v3Operations, what).operations.map((operation) => ({
          name: operation.name,
          spanKind: operation.spanKind ?? '',
        }))
      }
      const path = `/api/services/${encodeURIComponent(service)}/operations`
      const answer = await get(path, [], options)
      failIfNot200(answer, what)
      const names = parseWith(answer, v1Strings, what).data ?? []
      return names.map((name) => ({ name, spanKind: '' }))
    },

    async search(search: JaegerSearch, options: CallOptions = {}): Promise<SearchAnswer> {
      const using = await version(options)
      const what = ASK.search()
      const path = using === 'v3' ? '/api/v3/traces' : '/api/traces'
      const params = using === 'v3' ? v3SearchParams(search) : v1SearchParams(search)
      const answer = await get(path, params, options)
      const empty: SearchAnswer = {
        api: using,
        text: answer.text,
        format: using === 'v3' ? 'jaeger-v3-envelope' : 'jaeger-v1-envelope',
        traces: [],
        warnings: [],
        warningTexts: [],
        filteredOut: 0,
      }
      // v3 answers 404 "No traces found" when nothing matches: an empty result, not a failure.
      if (using === 'v3' && answer.status === 404 && /No traces found/i.test(answer.text)) {
        return empty
      }
      failIfNot200(answer, what)
      if (using === 'v1' && isEmptyV1Answer(answer.text)) return empty
      const read = readTraces(answer, using, what)
      const kept =
        using === 'v3' ? read.traces.filter((t) => traceMatchesSearch(t, search)) : read.traces
      return { ...read, traces: kept, filteredOut: read.traces.length - kept.length }
    },

    async trace(traceId: string, options: CallOptions = {}): Promise<TraceAnswer> {
      const using = await version(options)
      const id = encodeURIComponent(traceId)
      const answer = await get(
        using === 'v3' ? `/api/v3/traces/${id}` : `/api/traces/${id}`,
        [],
        options,
      )
      if (answer.status === 404 && jaegerErrorMessages(answer.text)) {
        throw new AppError('not_found', msg('msgTraces:jaeger.noTrace', { traceId }))
      }
      failIfNot200(answer, ASK.trace(traceId))
      const read = readTraces(answer, using, ASK.trace(traceId))
      if (read.traces.length === 0) {
        throw new AppError('not_found', msg('msgTraces:jaeger.noSpans', { traceId }))
      }
      return read
    },
  }
}

export type JaegerClient = ReturnType<typeof createJaegerClient>
