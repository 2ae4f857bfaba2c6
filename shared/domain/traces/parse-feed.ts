/**
 * Parsing a payload while it is still arriving (a large file read in pieces): the fast path scans
 * each piece as it comes, so reading and parsing overlap instead of following each other, and the
 * answer is the one parseTracePayload gives on the whole text. The text is kept as the pieces it
 * was scanned in (span details and search read them), never joined into one more copy.
 */
import type { Scan, StreamCursor } from './scan-steps'
import { scanLean } from './lean-stream'
import { streamCursor } from './scan-steps'
import type { TraceParseResult } from './model'
import { attachText, normalizeTraceValue, parseTracePayload } from './parse'
import { receivedText } from './feed-text'
import type { SourceWindow } from './source-range'

export interface TraceParseFeed {
  /** The next piece of the payload's text, in order. */
  push(piece: string): void
  /** The end of the payload: what parseTracePayload answers for the whole text. */
  finish(): TraceParseResult
}

export interface FeedOptions {
  /** Characters the scanner wants ahead of it before each step (tests make it small). */
  lookahead?: number
  /** Pieces smaller than this are joined before the scan reads them (tests make it small). */
  minPiece?: number
}

const MIN_PIECE = 256 * 1024

type State =
  | { kind: 'scanning'; cursor: StreamCursor; scan: Scan<unknown> }
  | { kind: 'scanned'; lean: unknown }
  | { kind: 'declined' }

export function beginTraceParse(options: FeedOptions = {}): TraceParseFeed {
  const cursor = streamCursor('', false, options.lookahead)
  const received = receivedText(options.minPiece ?? MIN_PIECE)
  let state: State = { kind: 'scanning', cursor, scan: scanLean(cursor) }
  /** The windows the spans were scanned in, which their source ranges point into. */
  const windows: SourceWindow[] = []
  let started = false
  let bom = ''

  /** Moves the cursor to a window with the text it wants; false until that text has come. */
  function moveOn(c: StreamCursor): boolean {
    const position = c.base + c.pos
    const window = received.window(position, c.want, 2 * c.lookahead)
    if (!window) return false
    // A window where nothing was scanned is replaced: it would only hold text twice.
    if (windows.at(-1)?.start === window.start) windows.pop()
    windows.push({ text: window.text, start: window.start })
    c.text = window.text
    c.base = window.start
    c.pos = position - window.start
    c.junction = window.junction - window.start
    c.complete = window.complete
    return true
  }

  /** Scans as far as the text received allows. */
  function pump(): void {
    while (state.kind === 'scanning' && moveOn(state.cursor)) {
      try {
        const step = state.scan.next()
        if (step.done) state = { kind: 'scanned', lean: step.value }
      } catch {
        // Like parseTracePayload's fast path: whatever it will not decide goes to JSON.parse.
        state = { kind: 'declined' }
      }
    }
  }

  return {
    push(piece) {
      // The payload's text starts after a byte order mark, as in parseTracePayload.
      if (!started && piece.charCodeAt(0) === 0xfeff) bom = '\ufeff'
      received.add(!started && bom ? piece.slice(1) : piece)
      if (piece !== '') started = true
      pump()
    },
    finish() {
      received.finish()
      pump()
      if (state.kind === 'scanned') {
        const result = normalizeTraceValue(state.lean)
        if (result.ok) result.traces.forEach((trace) => attachText(trace, windows))
        return result
      }
      return parseTracePayload(bom + received.whole())
    },
  }
}
