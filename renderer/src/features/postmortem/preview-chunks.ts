// A long postmortem is previewed in chunks, one per top-level section: the Markdown is cut before
// each level-1 or level-2 heading that is not inside a fenced code block. Each chunk goes through
// marked and DOMPurify on its own, so the part on screen can be shown first and a chunk that has
// not changed since the last autosave is not rendered again.

const FENCE = /^ {0,3}(`{3,}|~{3,})/
/** At the line start only: an indented heading may belong to a list item above it. */
const SECTION_HEADING = /^#{1,2}(?:[ \t]|$)/

/** The next item of a loose list: cutting there would make two lists of one. */
const LIST_ITEM = /^(?:[-+*]|\d{1,9}[.)])(?:[ \t]|$)/

/** Chunks of at most roughly this many characters are not cut further. */
const CHUNK_SOFT_LIMIT = 16_000

/**
 * The Markdown cut into chunks at top-level headings. A section longer than the soft limit is
 * also cut after a blank line, before a line that starts at the margin (a new block, not the
 * continuation of a list item), outside code fences. A single table or code block stays whole.
 */
export function splitPreviewChunks(markdown: string): string[] {
  const chunks: string[] = []
  let current: string[] = []
  let size = 0
  let fence: string | null = null
  let afterBlank = false
  const cut = () => {
    if (current.length > 0) chunks.push(current.join('\n'))
    current = []
    size = 0
  }
  for (const line of markdown.split('\n')) {
    const marker = FENCE.exec(line)?.[1]
    if (fence === null) {
      const newBlock =
        afterBlank && /^\S/.test(line) && !LIST_ITEM.test(line) && size > CHUNK_SOFT_LIMIT
      if (SECTION_HEADING.test(line) || newBlock) cut()
      if (marker) fence = marker
    } else if (marker && marker[0] === fence[0] && marker.length >= fence.length) {
      fence = null
    }
    current.push(line)
    size += line.length + 1
    afterBlank = line.trim() === ''
  }
  cut()
  return chunks
}
