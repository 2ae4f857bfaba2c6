import type { TextSegments } from '../../../shared/contract/library'

// FTS5's snippet() and highlight() wrap hits in markers we choose; control characters that the
// stored text never meaningfully contains. The text is split on them into plain pieces, so no
// HTML is produced here or trusted anywhere.

export const HIT_START = '\u0002'
export const HIT_END = '\u0003'

/** Timeline chunks join events with newlines; a passage reads better with a visible break. */
const EVENT_BREAK = ' · '

export function segmentsOf(marked: string): TextSegments {
  const segments: TextSegments = []
  let hit = false
  let current = ''
  const flush = () => {
    if (current) segments.push({ text: current, hit })
    current = ''
  }
  for (const char of marked.replace(/\s*\n\s*/g, EVENT_BREAK)) {
    if (char === HIT_START || char === HIT_END) {
      flush()
      hit = char === HIT_START
      continue
    }
    current += char
  }
  flush()
  return segments
}
