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
  /** Text gathered before a scan resumes, so that pieces are not copied over and over. */
  minWindow?: number
}

const MIN_WINDOW = 1 << 20

type State =
  | { kind: 'scanning'; cursor: StreamCursor; scan: Scan<unknown> }
  | { kind: 'scanned'; lean: unknown }
  | { kind: 'declined' }

export function beginTraceParse(options: FeedOptions = {}): TraceParseFeed {
  const cursor = streamCursor('', false, options.lookahead)
  const minWindow = options.minWindow ?? MIN_WINDOW
  let state: State = { kind: 'scanning', cursor, scan: scanLean(cursor) }
  const windows: SourceWindow[] = []
  let pending: string[] = []
  let pendingLength = 0
  let started = false
  let bom = ''

  function resume(scanning: Extract<State, { kind: 'scanning' }>, complete: boolean): void {
    const { cursor: c } = scanning
    // One flat string (join builds one; `+` would leave a rope the scanner reads more slowly).
    const text = [c.text.slice(c.pos), ...pending].join('')
    pending = []
    pendingLength = 0
    c.base += c.pos
    c.pos = 0
    c.text = text
    c.complete = complete
    // A window where nothing was scanned is replaced: it would only hold text twice.
    if (windows.at(-1)?.start === c.base) windows.pop()
    windows.push({ text, start: c.base })
    try {
      const step = scanning.scan.next()
      if (step.done) state = { kind: 'scanned', lean: step.value }
    } catch {
      // Like parseTracePayload's fast path: whatever it will not decide goes to JSON.parse.
      state = { kind: 'declined' }
    }
  }

  /** The whole text, from the windows and what came after them. */
  function wholeText(): string {
    const parts = windows.map((window, index) => {
      const next = windows[index + 1]
      return next ? window.text.slice(0, next.start - window.start) : window.text
    })
    return parts.join('') + pending.join('')
  }

  return {
    push(piece) {
      // The payload's text starts after a byte order mark, as in parseTracePayload.
      if (!started && piece.charCodeAt(0) === 0xfeff) bom = '\ufeff'
      const text = !started && bom ? piece.slice(1) : piece
      if (piece !== '') started = true
      pending.push(text)
      pendingLength += text.length
      if (state.kind !== 'scanning') return
      const { cursor: c } = state
      const ahead = c.text.length - c.pos + pendingLength
      if (pendingLength >= minWindow && ahead >= c.want) resume(state, false)
    },
    finish() {
      if (state.kind === 'scanning') resume(state, true)
      if (state.kind === 'scanned') {
        const result = normalizeTraceValue(state.lean)
        if (result.ok) result.traces.forEach((trace) => attachText(trace, windows))
        return result
      }
      return parseTracePayload(bom + wholeText())
    },
  }
}
