// Imported trace files are read in a worker: the page gets compact columns without sending tens
// of MB to the backend and back, and stays responsive while a large file is parsed. The file is
// sent to the backend only when the user pins the trace.
import type { SpanDetailsView } from '../../../../../shared/contract/traces'
import { wordTraceMessage } from '../trace-messages'
import type { TraceModel } from '../trace-model'
import { i18n } from '../../../i18n'
import type { ImportProblem, LocalPiece, LocalRequest, LocalResponse } from './protocol'
import { readFilePieces } from './read-file'

const LOCAL_PREFIX = 'local-'

/** The worker could not run here (no Worker, or its script refused): use the backend instead. */
export class LocalReaderUnavailable extends Error {}

type Ask = LocalRequest extends infer R ? (R extends { id: number } ? Omit<R, 'id'> : never) : never

interface Session {
  id: string
  file: File
  worker: Worker
  pending: Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>
  started: boolean
}

/** The worker's reason in the UI language (the worker has no catalogues). */
function problemText({ key, values, reasonText }: ImportProblem): string {
  const name = values.name ?? ''
  switch (key) {
    case 'empty':
      return i18n.t('traces:importProblem.empty', { name })
    case 'unreadable':
      return i18n.t('traces:importProblem.unreadable', {
        name,
        reason: wordTraceMessage(reasonText, values.reason ?? ''),
      })
    case 'noTraces':
      return i18n.t('traces:importProblem.noTraces', { name })
    case 'noSuchSpan':
      return i18n.t('traces:importProblem.noSuchSpan', { span: values.span ?? '' })
    case 'noSuchTrace':
      return i18n.t('traces:importProblem.noSuchTrace')
  }
}

let current: Session | undefined
/** A worker started ahead of time, so an import does not wait for its script to load. */
let spare: Worker | undefined
let nextRequest = 1
let nextPayload = 1

function newWorker(): Worker {
  return new Worker(new URL('./trace-worker.ts', import.meta.url), { type: 'module' })
}

/** Starts a worker while the user is still choosing a file; harmless where workers fail. */
export function prewarmLocalReader(): void {
  if (spare) return
  try {
    spare = newWorker()
  } catch {
    spare = undefined
  }
}

export function isLocalView(viewId: string): boolean {
  return viewId.startsWith(LOCAL_PREFIX)
}

function ask<T>(session: Session, request: Ask): Promise<T> {
  const id = nextRequest++
  return new Promise<T>((resolve, reject) => {
    session.pending.set(id, { resolve: (value) => resolve(value as T), reject })
    session.worker.postMessage({ ...request, id })
  })
}

function startSession(file: File): Session {
  let worker: Worker
  try {
    worker = spare ?? newWorker()
    spare = undefined
  } catch (error) {
    throw new LocalReaderUnavailable(String(error))
  }
  const session: Session = {
    id: `${LOCAL_PREFIX}${nextPayload++}`,
    file,
    worker,
    pending: new Map(),
    started: false,
  }
  worker.onmessage = (event: MessageEvent<LocalResponse>) => {
    session.started = true
    const answer = event.data
    const waiting = session.pending.get(answer.id)
    session.pending.delete(answer.id)
    if (answer.ok) waiting?.resolve(answer.value)
    else waiting?.reject(new Error(answer.problem ? problemText(answer.problem) : answer.error))
  }
  worker.onerror = (event) => {
    const failure = session.started
      ? new Error(
          i18n.t('traces:importProblem.readerStopped', {
            reason: event.message || i18n.t('traces:importProblem.outOfMemory'),
          }),
        )
      : new LocalReaderUnavailable(event.message || 'the worker did not start')
    for (const waiting of session.pending.values()) waiting.reject(failure)
    session.pending.clear()
  }
  return session
}

/**
 * Sends the file's text to the worker piece by piece, decoded here: the page has nothing else to
 * do meanwhile, and the worker, which parses each piece as it comes, then has no decoding to do.
 */
async function sendText(session: Session): Promise<void> {
  const send = (piece: LocalPiece) => session.worker.postMessage(piece)
  const sendPiece = (text: string) => {
    if (current !== session) return false // another file was opened: this worker is gone
    send({ kind: 'piece', text })
    return true
  }
  try {
    if (await readFilePieces(session.file, sendPiece)) send({ kind: 'end' })
  } catch (error) {
    send({ kind: 'end', error: error instanceof Error ? error.message : String(error) })
  }
}

/** Parses a file in a fresh worker; only the latest file is kept (its text can be large). */
export async function openLocalFile(file: File): Promise<TraceModel> {
  current?.worker.terminate()
  const session = (current = startSession(file))
  const model = ask<TraceModel>(session, {
    kind: 'open',
    fileName: file.name,
    payloadId: session.id,
  })
  void sendText(session)
  return model
}

function sessionFor(viewId: string): { session: Session; traceIndex: number } {
  const [payloadId, index] = viewId.split(':')
  if (!current || current.id !== payloadId) {
    throw new Error(
      'This imported trace is no longer open (Firebreak keeps the latest imported file only); import the file again',
    )
  }
  return { session: current, traceIndex: Number(index) }
}

export function localView(viewId: string): Promise<TraceModel> {
  const { session, traceIndex } = sessionFor(viewId)
  return ask<TraceModel>(session, { kind: 'view', traceIndex })
}

export function localDetails(viewId: string, span: number): Promise<SpanDetailsView> {
  const { session, traceIndex } = sessionFor(viewId)
  return ask<SpanDetailsView>(session, { kind: 'details', traceIndex, span })
}

export function localFind(viewId: string, text: string): Promise<{ spans: number[] }> {
  const { session, traceIndex } = sessionFor(viewId)
  return ask<{ spans: number[] }>(session, { kind: 'find', traceIndex, text })
}

/** The file an imported view was read from, to send to the backend when it is pinned. */
export function localFile(viewId: string): File {
  return sessionFor(viewId).session.file
}

/** The view ID of another trace of the same file. */
export function localSiblingViewId(viewId: string, traceIndex: number): string {
  return `${viewId.split(':')[0]}:${traceIndex}`
}
