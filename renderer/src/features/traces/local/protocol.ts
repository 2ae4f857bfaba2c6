import type { WireMessage } from '../../../../../shared/i18n/messages'

// Messages between the page and the worker that holds an imported trace file.
export type LocalRequest =
  | { id: number; kind: 'open'; fileName: string; payloadId: string }
  | { id: number; kind: 'view'; traceIndex: number }
  | { id: number; kind: 'details'; traceIndex: number; span: number }
  | { id: number; kind: 'find'; traceIndex: number; text: string }

/**
 * The text of the file being opened, sent by the page after 'open' (which is answered once the
 * end has come): the page reads and decodes it while the worker parses what has arrived.
 */
export type LocalPiece = { kind: 'piece'; text: string } | { kind: 'end'; error?: string }

/** Why a file could not be opened, as a catalogue key the page words in the UI language. */
export type ImportProblemKey = 'empty' | 'unreadable' | 'noTraces' | 'noSuchSpan' | 'noSuchTrace'

export interface ImportProblem {
  key: ImportProblemKey
  values: Record<string, string>
  /** Why the trace code could not read the file, as its message (values.reason is its English). */
  reasonText?: WireMessage
}

export type LocalResponse =
  | { id: number; ok: true; value: unknown }
  | { id: number; ok: false; error: string; problem?: ImportProblem }
