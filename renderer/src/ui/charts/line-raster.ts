// A pixel buffer for the chart's lines, painted one vertical run per pixel column and series.
//
// Why not the canvas's own stroke: a dense series is a zigzag whose every segment crosses most of
// the plot's height, and a software canvas (no GPU: virtual machines, remote desktops, headless
// Chromium) fills such a wide stroke as one self-overlapping path. Measured in headless Chromium,
// 100 series of noisy data took 17 to 39 seconds to rasterize after each draw, on the UI thread.
// Here each column of a series is one run of pixels, antialiased at its ends, and series are
// painted top-most first, underneath what is already there, so a pixel that is already opaque is
// skipped: the work is bounded by the plot's area, not by how many lines cross it.
export interface RasterFrame {
  width: number
  height: number
  /** RGBA bytes, premultiplied while painting, straight (as ImageData holds them) once finished. */
  bytes: Uint8ClampedArray<ArrayBuffer>
  /** The same pixels, one word each: an opaque pixel is written in one store. */
  words: Uint32Array<ArrayBuffer>
  /** Per column, the rows [top, bottom) already opaque; empty when bottom <= top. */
  opaqueTop: Float64Array
  opaqueBottom: Float64Array
}

export interface LineStyle {
  red: number
  green: number
  blue: number
  /** The opaque colour as a pixel word, in this machine's byte order. */
  word: number
  /** In device pixels. */
  lineWidth: number
}

export function lineStyle(red: number, green: number, blue: number, lineWidth: number): LineStyle {
  const word = new Uint32Array(Uint8Array.of(red, green, blue, 255).buffer)[0] ?? 0
  return { red, green, blue, word, lineWidth }
}

export function createRasterFrame(width: number, height: number): RasterFrame {
  const words = new Uint32Array(width * height)
  return {
    width,
    height,
    bytes: new Uint8ClampedArray(words.buffer),
    words,
    opaqueTop: new Float64Array(width),
    opaqueBottom: new Float64Array(width),
  }
}

export function clearRasterFrame(frame: RasterFrame): void {
  frame.words.fill(0)
  frame.opaqueTop.fill(0)
  frame.opaqueBottom.fill(0)
}

/** Adds `coverage` (0..1) of the colour underneath what the pixel already holds. */
function paintUnder(frame: RasterFrame, at: number, style: LineStyle, coverage: number) {
  const { bytes } = frame
  const base = at * 4
  const alpha = bytes[base + 3] ?? 0
  if (alpha === 255) return
  if (alpha === 0 && coverage >= 0.999) {
    frame.words[at] = style.word
    return
  }
  const share = (coverage * (255 - alpha)) / 255
  bytes[base] = (bytes[base] ?? 0) + style.red * share
  bytes[base + 1] = (bytes[base + 1] ?? 0) + style.green * share
  bytes[base + 2] = (bytes[base + 2] ?? 0) + style.blue * share
  bytes[base + 3] = alpha + 255 * share
}

/**
 * Rows `top` to `bottom` (fractional, ends antialiased) of one column, under what is there;
 * `share` is how much of the column's width the line covers (less than 1 beside a steep line).
 */
export function paintRun(
  frame: RasterFrame,
  column: number,
  top: number,
  bottom: number,
  style: LineStyle,
  share = 1,
): void {
  const { width, height, opaqueTop, opaqueBottom } = frame
  const runTop = Math.max(top, 0)
  const runBottom = Math.min(bottom, height)
  if (column < 0 || column >= width || !(runBottom > runTop)) return
  const coveredTop = opaqueTop[column] ?? 0
  const coveredBottom = opaqueBottom[column] ?? 0
  if (coveredBottom > coveredTop && runTop >= coveredTop && runBottom <= coveredBottom) return
  const solidTop = Math.ceil(runTop)
  const solidBottom = Math.floor(runBottom)
  if (solidBottom < solidTop) {
    paintUnder(frame, solidBottom * width + column, style, (runBottom - runTop) * share)
    return
  }
  if (solidTop > runTop) {
    paintUnder(frame, (solidTop - 1) * width + column, style, (solidTop - runTop) * share)
  }
  if (runBottom > solidBottom) {
    paintUnder(frame, solidBottom * width + column, style, (runBottom - solidBottom) * share)
  }
  if (coveredBottom > coveredTop) {
    paintRows(frame, column, solidTop, Math.min(solidBottom, coveredTop), style, share)
    paintRows(frame, column, Math.max(solidTop, coveredBottom), solidBottom, style, share)
  } else {
    paintRows(frame, column, solidTop, solidBottom, style, share)
  }
  if (share >= 0.999) markOpaque(frame, column, solidTop, solidBottom)
}

/** Whole rows [from, to) of a column: most pixels are still empty and take one store. */
function paintRows(
  frame: RasterFrame,
  column: number,
  from: number,
  to: number,
  style: LineStyle,
  share: number,
) {
  const { width, bytes, words } = frame
  const { red, green, blue, word } = style
  const solid = share >= 0.999
  // paintUnder written out: this loop paints most of a frame's pixels, a call each was measurable.
  for (let row = from; row < to; row++) {
    const at = row * width + column
    const base = at * 4
    const alpha = bytes[base + 3] ?? 255
    if (alpha === 255) continue
    if (alpha === 0 && solid) {
      words[at] = word
      continue
    }
    const part = (share * (255 - alpha)) / 255
    bytes[base] = (bytes[base] ?? 0) + red * part
    bytes[base + 1] = (bytes[base + 1] ?? 0) + green * part
    bytes[base + 2] = (bytes[base + 2] ?? 0) + blue * part
    bytes[base + 3] = alpha + 255 * part
  }
}

/** Keeps one opaque interval per column: the union when they touch, else the longer one. */
function markOpaque(frame: RasterFrame, column: number, top: number, bottom: number) {
  if (bottom <= top) return
  const { opaqueTop, opaqueBottom } = frame
  const coveredTop = opaqueTop[column] ?? 0
  const coveredBottom = opaqueBottom[column] ?? 0
  const covered = coveredBottom > coveredTop
  if (covered && top <= coveredBottom && bottom >= coveredTop) {
    opaqueTop[column] = Math.min(coveredTop, top)
    opaqueBottom[column] = Math.max(coveredBottom, bottom)
  } else if (!covered || bottom - top > coveredBottom - coveredTop) {
    opaqueTop[column] = top
    opaqueBottom[column] = bottom
  }
}

/** Turns the premultiplied frame into the straight alpha an ImageData holds, in place. */
export function finishFrame(frame: RasterFrame): void {
  const { bytes } = frame
  for (let base = 3; base < bytes.length; base += 4) {
    const alpha = bytes[base] ?? 0
    if (alpha === 0 || alpha === 255) continue
    const scale = 255 / alpha
    bytes[base - 3] = (bytes[base - 3] ?? 0) * scale
    bytes[base - 2] = (bytes[base - 2] ?? 0) * scale
    bytes[base - 1] = (bytes[base - 1] ?? 0) * scale
  }
}
