/**
 * The payload text received so far, kept as the pieces it arrived in (small ones joined), and
 * the windows the scanner reads it through: a piece itself while the scan has enough of it ahead,
 * or a short bridge across the junction of two pieces. Only the bridges are copies, so a 60 MB
 * payload is not copied into windows once more.
 */
import type { SourceWindow } from './source-range'
import { windowAt } from './source-range'

export interface ScanWindow extends SourceWindow {
  /** For a bridge: where the next piece starts (the scan moves onto that piece past it). */
  junction: number
  /** Whether the window runs to the end of the payload. */
  complete: boolean
}

export interface ReceivedText {
  add(piece: string): void
  /** No more pieces will come. */
  finish(): void
  /**
   * A window holding the text from `position` on: `need` characters of it, or all up to the end
   * of the payload; undefined until enough has arrived. `extra` more make a bridge last longer.
   */
  window(position: number, need: number, extra: number): ScanWindow | undefined
  whole(): string
}

export function receivedText(minPiece: number): ReceivedText {
  const pieces: SourceWindow[] = []
  let length = 0
  let small: string[] = []
  let smallLength = 0
  let finished = false

  function settle(): void {
    if (smallLength === 0) return
    const text = small.length === 1 ? (small[0] ?? '') : small.join('')
    pieces.push({ text, start: length })
    length += smallLength
    small = []
    smallLength = 0
  }

  /** From `position` through the following pieces: `size` characters, or to the last piece. */
  function bridge(index: number, position: number, size: number) {
    const first = pieces[index] as SourceWindow
    const parts = [first.text.slice(position - first.start)]
    let have = first.start + first.text.length - position
    let next = index + 1
    for (; next < pieces.length && have < size; next++) {
      const piece = pieces[next] as SourceWindow
      const take = Math.min(piece.text.length, size - have)
      parts.push(take === piece.text.length ? piece.text : piece.text.slice(0, take))
      have += take
      if (take < piece.text.length) break
    }
    return { text: parts.join(''), toTheEnd: next >= pieces.length }
  }

  return {
    add(piece) {
      if (piece === '') return
      small.push(piece)
      smallLength += piece.length
      if (smallLength >= minPiece) settle()
    },
    finish() {
      finished = true
      settle()
    },
    window(position, need, extra) {
      if (position >= length) {
        return finished
          ? { text: '', start: position, junction: Infinity, complete: true }
          : undefined
      }
      const index = windowAt(pieces, position)
      const piece = pieces[index] as SourceWindow
      const last = index === pieces.length - 1
      const ahead = piece.start + piece.text.length - position
      if (ahead >= need || (last && finished)) {
        return { ...piece, junction: Infinity, complete: last && finished }
      }
      if (last) return undefined
      const { text, toTheEnd } = bridge(index, position, need + extra)
      if (text.length < need && !(toTheEnd && finished)) return undefined
      const junction = (pieces[index + 1] as SourceWindow).start
      return { text, start: position, junction, complete: toTheEnd && finished }
    },
    whole() {
      return pieces.map((piece) => piece.text).join('') + small.join('')
    },
  }
}
