import { AppError } from '../../../shared/contract/errors'
import type { TraceChannel, TraceOrigin, TraceView } from '../../../shared/contract/traces'
import {
  parseTracePayload,
  spanDetails,
  wordedWarnings,
  type TraceWarning,
} from '../../../shared/domain/traces'
import { nestedParams } from '../../../shared/domain/traces/warnings'
import { msg } from '../../../shared/i18n/messages'
import { createJaegerClient, type JaegerApiVersion } from '../sources/jaeger/client'
import { detectJaegerApi } from '../sources/jaeger/detect'
import { summarizeTrace } from '../sources/jaeger/trace-match'
import { sourceConfigFor } from './datasources'
import { TraceCache, viewIdOf, type OpenPayload } from './traces-cache'
import { pinTrace, readPinnedTrace } from './traces-evidence'
import { findSpans } from '../../../shared/domain/trace-find'
import { toTraceView } from './traces-view'
import type { HandlerDeps, HandlersFor } from './types'

/** Which API a source answers is asked once, then remembered while its settings stay the same. */
const API_MEMORY_MS = 10 * 60_000

function withoutByteOrderMark(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text
}

function searchNotes(found: number, limit: number, filteredOut: number, api: JaegerApiVersion) {
  const notes: TraceWarning[] = []
  if (found >= limit) notes.push(msg('msgTraces:search.firstTraces', { n: limit, count: limit }))
  if (filteredOut > 0) {
    notes.push(msg('msgTraces:search.filteredOut', { api, n: filteredOut, count: filteredOut }))
  }
  return notes
}

export function traceHandlers(deps: HandlerDeps): HandlersFor<TraceChannel> {
  const cache = new TraceCache(deps.newId)
  const knownApis = new Map<string, { key: string; api: JaegerApiVersion; at: number }>()

  function jaegerSource(sourceId: string) {
    const { record, config } = sourceConfigFor(deps, sourceId)
    if (record.kind !== 'jaeger') {
      throw new AppError(
        'invalid_input',
        msg('msgTraces:open.notJaegerSource', { name: record.name, kind: record.kind }),
        { fields: { sourceId: msg('msgTraces:open.chooseJaegerSource') } },
      )
    }
    return { record, config }
  }

  /** A client for the source, its API detected on first use and remembered. */
  async function jaegerClient(sourceId: string, signal: AbortSignal) {
    const { record, config } = jaegerSource(sourceId)
    const key = `${record.url}|${record.updatedAt}`
    const known = knownApis.get(record.id)
    if (known && known.key === key && deps.now() - known.at < API_MEMORY_MS) {
      return { record, client: createJaegerClient(config, known.api), api: known.api }
    }
    const api = await detectJaegerApi(config, { signal })
    knownApis.set(record.id, { key, api, at: deps.now() })
    return { record, client: createJaegerClient(config, api), api }
  }

  function view(payload: OpenPayload, index: number): TraceView {
    const open = cache.open(payload, index)
    return toTraceView({
      viewId: viewIdOf(payload.id, index),
      trace: open.trace,
      analysis: open.analysis,
      origin: payload.origin,
      otherTraces: cache.traceList(payload),
    })
  }

  function openText(text: string, origin: TraceOrigin, fileName: string): TraceView {
    const parsed = parseTracePayload(text)
    if (!parsed.ok) {
      const reason = nestedParams('reason', parsed.error.text)
      throw new AppError(
        'invalid_input',
        msg('msgTraces:open.notReadable', { ...reason, name: fileName }),
      )
    }
    if (parsed.traces.length === 0) {
      throw new AppError('invalid_input', msg('msgTraces:open.noTraces', { name: fileName }))
    }
    return view(cache.add({ text, format: parsed.format, traces: parsed.traces, origin }), 0)
  }

  return {
    async 'traces.services'(input) {
      return deps.requests.run(input.requestId, async (signal) => {
        const { client, api } = await jaegerClient(input.sourceId, signal)
        return { api, services: await client.services({ signal }) }
      })
    },

    async 'traces.operations'(input) {
      return deps.requests.run(input.requestId, async (signal) => {
        const { client, api } = await jaegerClient(input.sourceId, signal)
        return { api, operations: await client.operations(input.service, { signal }) }
      })
    },

    async 'traces.search'(input) {
      return deps.requests.run(input.requestId, async (signal) => {
        const { client } = await jaegerClient(input.sourceId, signal)
        const answer = await client.search(
          {
            service: input.service,
            operation: input.operation,
            tags: input.tags,
            minDurationUs: input.minDuration,
            maxDurationUs: input.maxDuration,
            startUs: input.startMs * 1000,
            endUs: input.endMs * 1000,
            limit: input.limit,
          },
          { signal },
        )
        const traces = answer.traces.map(summarizeTrace).sort((a, b) => b.startUs - a.startUs)
        const found = traces.length + answer.filteredOut
        const ours = wordedWarnings(searchNotes(found, input.limit, answer.filteredOut, answer.api))
        return {
          api: answer.api,
          traces,
          notes: [...ours.warnings, ...answer.warnings],
          noteTexts: [...ours.warningTexts, ...answer.warningTexts],
        }
      })
    },

    async 'traces.get'(input) {
      return deps.requests.run(input.requestId, async (signal) => {
        const { record, client } = await jaegerClient(input.sourceId, signal)
        const answer = await client.trace(input.traceId, { signal })
        const origin: TraceOrigin = {
          kind: 'jaeger',
          sourceId: record.id,
          sourceName: record.name,
          api: answer.api,
        }
        const payload = cache.add({
          text: answer.text,
          format: answer.format,
          traces: answer.traces,
          origin,
        })
        return view(payload, 0)
      })
    },

    'traces.import'(input) {
      const text = withoutByteOrderMark(input.content)
      if (text.trim() === '') {
        throw new AppError(
          'invalid_input',
          msg('msgTraces:open.emptyFile', { name: input.fileName }),
        )
      }
      return openText(text, { kind: 'file', fileName: input.fileName }, input.fileName)
    },

    'traces.view'(input) {
      const { payload, index } = cache.require(input.viewId)
      return view(payload, index)
    },

    'traces.openOther'(input) {
      const { payload } = cache.require(input.viewId)
      const index = payload.traces.findIndex((trace) => trace.traceId === input.traceId)
      if (index < 0) {
        throw new AppError('not_found', msg('msgTraces:open.notInFile', { traceId: input.traceId }))
      }
      return view(payload, index)
    },

    'traces.openPinned'(input) {
      const pinned = readPinnedTrace(deps, input.evidenceId)
      const origin: TraceOrigin = {
        kind: 'evidence',
        evidenceId: pinned.item.id,
        incidentId: pinned.item.incidentId,
        caption: pinned.item.caption,
        sourceName: pinned.item.sourceName,
        pinnedAt: pinned.item.createdAt,
      }
      const payload = cache.add({
        text: pinned.text,
        format: pinned.format,
        traces: pinned.traces,
        origin,
      })
      return view(payload, pinned.index)
    },

    'traces.spanDetails'(input) {
      const { trace } = cache.require(input.viewId)
      const details = spanDetails(trace, input.span)
      if (!details) {
        throw new AppError('not_found', msg('msgTraces:open.noSpan', { span: input.span }))
      }
      return details
    },

    'traces.findSpans'(input) {
      const { trace } = cache.require(input.viewId)
      return { spans: findSpans(trace, input.text) }
    },

    'traces.pin'(input) {
      return pinTrace(deps, cache.require(input.viewId), input)
    },
  }
}
