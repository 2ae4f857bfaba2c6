/**
 * Steps of a scan over a payload that may still be arriving (see lean-stream.ts): each step runs
 * once enough text is there, and a step that ran into the end of the text received so far is
 * undone and run again when more has come. A complete payload never waits.
 */
import type { Cursor } from './json-scan'
import { DECLINED } from './json-scan'

/** A cursor over the payload received so far. */
export interface StreamCursor extends Cursor {
  /** Whether `text` runs to the end of the payload (no more is coming). */
  complete: boolean
  /** Characters wanted ahead of the cursor before a step runs (more after a step ran short). */
  want: number
  lookahead: number
  /** Past this position the scan pauses, to move on to other text (see feed-text.ts). */
  junction: number
}

/** A scan that pauses (yields) until more of the payload has arrived. */
export type Scan<T> = Generator<void, T, void>
export const MORE: unique symbol = Symbol('more text needed')

function starved(c: StreamCursor): boolean {
  return c.pos >= c.junction || (!c.complete && c.text.length - c.pos < c.want)
}

/**
 * Runs one step of the scan when it has enough text ahead; a step that ran into the end of the
 * text received so far (it declines there) is undone, to run again once more has arrived. MORE
 * when the step must wait: the caller then waits in `step`.
 */
export function attempt<T>(c: StreamCursor, read: (c: Cursor) => T): T | typeof MORE {
  if (starved(c)) return MORE
  const start = c.pos
  try {
    const value = read(c)
    c.want = c.lookahead
    return value
  } catch (error) {
    if (error !== DECLINED || c.complete) throw error
    c.pos = start
    c.want = Math.max(c.want, (c.text.length - start) * 2)
    return MORE
  }
}

/** One step of the scan, waiting for text as long as it needs (see `attempt`). */
export function* step<T>(c: StreamCursor, read: (c: Cursor) => T): Scan<T> {
  for (;;) {
    const value = attempt(c, read)
    if (value !== MORE) return value
    yield
  }
}

/** Waits until the text runs to the end of the payload (all of it is then wanted ahead). */
export function* untilComplete(c: StreamCursor): Scan<void> {
  if (!c.complete) c.want = Infinity
  while (!c.complete) yield
}

/** Enough text ahead for a usual span and its neighbours; a longer one waits for more. */
const LOOKAHEAD = 16 * 1024

export function streamCursor(text: string, complete: boolean, lookahead = LOOKAHEAD): StreamCursor {
  return {
    text,
    pos: 0,
    base: 0,
    repeated: [],
    lastRepeated: [],
    keyStart: 0,
    keyEnd: 0,
    complete,
    want: lookahead,
    lookahead,
    junction: Infinity,
  }
}
