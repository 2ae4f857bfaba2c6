// A small line-chart picture for the sample's pinned charts. Real pins carry the PNG the chart
// drew in the renderer; the sample is built in the backend, with no canvas, so it draws its own:
// plot area, grid, series and the SLO line, enough for the exported postmortem's images.
import { deflateSync } from 'node:zlib'
import type { ColumnarMatrix } from '../../../shared/domain/prometheus/columnar'

type Rgb = readonly [number, number, number]

const WIDTH = 960
const HEIGHT = 360
const MARGIN = { left: 56, right: 24, top: 20, bottom: 36 }
const BACKGROUND: Rgb = [255, 255, 255]
const GRID: Rgb = [226, 230, 235]
const AXIS: Rgb = [150, 158, 168]
const THRESHOLD: Rgb = [224, 49, 49]
/** Mantine's blue, teal, grape, orange, lime, pink: the first series colours of the app's charts. */
const SERIES: readonly Rgb[] = [
  [34, 139, 230],
  [18, 184, 134],
  [190, 75, 219],
  [253, 126, 20],
  [130, 201, 30],
  [230, 73, 128],
]

class Raster {
  readonly pixels = Buffer.alloc(WIDTH * HEIGHT * 3)

  constructor() {
    for (let i = 0; i < WIDTH * HEIGHT; i++) this.pixels.set(BACKGROUND, i * 3)
  }

  dot(x: number, y: number, color: Rgb, size = 1): void {
    const half = Math.floor(size / 2)
    for (let dy = -half; dy < size - half; dy++) {
      for (let dx = -half; dx < size - half; dx++) {
        const px = Math.round(x) + dx
        const py = Math.round(y) + dy
        if (px >= 0 && px < WIDTH && py >= 0 && py < HEIGHT) {
          this.pixels.set(color, (py * WIDTH + px) * 3)
        }
      }
    }
  }

  line(x0: number, y0: number, x1: number, y1: number, color: Rgb, size = 1, dash = 0): void {
    const steps = Math.max(1, Math.ceil(Math.max(Math.abs(x1 - x0), Math.abs(y1 - y0))))
    for (let i = 0; i <= steps; i++) {
      if (dash > 0 && Math.floor(i / dash) % 2 === 1) continue
      this.dot(x0 + ((x1 - x0) * i) / steps, y0 + ((y1 - y0) * i) / steps, color, size)
    }
  }
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
  return c >>> 0
})

function crc32(bytes: Buffer): number {
  let crc = 0xffffffff
  for (const byte of bytes) crc = (CRC_TABLE[(crc ^ byte) & 0xff] ?? 0) ^ (crc >>> 8)
  return (crc ^ 0xffffffff) >>> 0
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4)
  length.writeUInt32BE(data.length)
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data])
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(crc32(body))
  return Buffer.concat([length, body, crc])
}

function encodePng(raster: Raster): Buffer {
  const header = Buffer.alloc(13)
  header.writeUInt32BE(WIDTH, 0)
  header.writeUInt32BE(HEIGHT, 4)
  header.set([8, 2, 0, 0, 0], 8) // 8-bit RGB, no interlace
  const rows = Buffer.alloc(HEIGHT * (WIDTH * 3 + 1))
  for (let y = 0; y < HEIGHT; y++) {
    // Each row starts with its filter type, 0 (none).
    raster.pixels.copy(rows, y * (WIDTH * 3 + 1) + 1, y * WIDTH * 3, (y + 1) * WIDTH * 3)
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows)),
    chunk('IEND', Buffer.alloc(0)),
  ])
}

function highestValue(matrix: ColumnarMatrix, threshold: number | null): number {
  let max = threshold ?? 0
  for (const series of matrix.series) {
    for (const value of series.values) if (Number.isFinite(value) && value > max) max = value
  }
  return max > 0 ? max * 1.1 : 1
}

/** The chart as a PNG: series in the app's colours, the threshold dashed in red. */
export function renderChartPng(matrix: ColumnarMatrix, threshold: number | null): Buffer {
  const raster = new Raster()
  const plot = {
    left: MARGIN.left,
    right: WIDTH - MARGIN.right,
    top: MARGIN.top,
    bottom: HEIGHT - MARGIN.bottom,
  }
  const times = matrix.timestampsMs
  const first = times[0] ?? 0
  const span = Math.max(1, (times[times.length - 1] ?? 1) - first)
  const top = highestValue(matrix, threshold)
  const x = (t: number) => plot.left + ((t - first) / span) * (plot.right - plot.left)
  const y = (v: number) => plot.bottom - (v / top) * (plot.bottom - plot.top)
  for (let i = 0; i <= 4; i++) {
    const gridY = plot.top + ((plot.bottom - plot.top) * i) / 4
    raster.line(plot.left, gridY, plot.right, gridY, GRID)
  }
  raster.line(plot.left, plot.bottom, plot.right, plot.bottom, AXIS, 2)
  raster.line(plot.left, plot.top, plot.left, plot.bottom, AXIS, 2)
  matrix.series.forEach((series, index) => {
    const color = SERIES[index % SERIES.length] ?? SERIES[0]!
    let previous: [number, number] | null = null
    series.values.forEach((value, i) => {
      if (!Number.isFinite(value)) return void (previous = null)
      const point: [number, number] = [x(times[i] ?? first), y(value)]
      if (previous) raster.line(previous[0], previous[1], point[0], point[1], color, 2)
      previous = point
    })
  })
  if (threshold !== null) {
    raster.line(plot.left, y(threshold), plot.right, y(threshold), THRESHOLD, 2, 8)
  }
  return encodePng(raster)
}
