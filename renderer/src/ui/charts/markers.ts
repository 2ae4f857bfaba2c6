// Vertical markers (timeline events) and horizontal thresholds drawn over a uPlot chart.
import type uPlot from 'uplot'
import { THRESHOLD_COLORS } from './palette'

export interface ChartMarker {
  timeMs: number
  /** Shown when hovering near the marker. */
  label: string
  color: string
}

export interface ChartThresholds {
  warn?: number
  critical?: number
}

function dashedLine(ctx: CanvasRenderingContext2D, from: [number, number], to: [number, number]) {
  ctx.beginPath()
  ctx.moveTo(from[0], from[1])
  ctx.lineTo(to[0], to[1])
  ctx.stroke()
}

export function drawMarkers(u: uPlot, markers: readonly ChartMarker[]): void {
  const { ctx, bbox } = u
  const min = u.scales.x?.min ?? -Infinity
  const max = u.scales.x?.max ?? Infinity
  ctx.save()
  ctx.lineWidth = Math.max(1, uPlotPixelRatio(u))
  ctx.setLineDash([4 * uPlotPixelRatio(u), 3 * uPlotPixelRatio(u)])
  for (const marker of markers) {
    if (marker.timeMs < min || marker.timeMs > max) continue
    const x = Math.round(u.valToPos(marker.timeMs, 'x', true))
    ctx.strokeStyle = marker.color
    dashedLine(ctx, [x, bbox.top], [x, bbox.top + bbox.height])
    ctx.fillStyle = marker.color
    ctx.beginPath()
    const size = 5 * uPlotPixelRatio(u)
    ctx.moveTo(x - size, bbox.top)
    ctx.lineTo(x + size, bbox.top)
    ctx.lineTo(x, bbox.top + size * 1.4)
    ctx.fill()
  }
  ctx.restore()
}

export function drawThresholds(u: uPlot, thresholds: ChartThresholds): void {
  const { ctx, bbox } = u
  ctx.save()
  ctx.lineWidth = uPlotPixelRatio(u)
  ctx.setLineDash([3 * uPlotPixelRatio(u), 3 * uPlotPixelRatio(u)])
  for (const level of ['warn', 'critical'] as const) {
    const value = thresholds[level]
    if (value === undefined) continue
    const y = Math.round(u.valToPos(value, 'y', true))
    if (y < bbox.top || y > bbox.top + bbox.height) continue
    ctx.strokeStyle = THRESHOLD_COLORS[level]
    dashedLine(ctx, [bbox.left, y], [bbox.left + bbox.width, y])
  }
  ctx.restore()
}

/** Canvas pixels per CSS pixel, as uPlot drew them. */
export function uPlotPixelRatio(u: uPlot): number {
  return u.ctx.canvas.width / Math.max(1, u.ctx.canvas.clientWidth || u.width)
}

/** Markers within `pixels` of the cursor's time. */
export function markersNear(
  u: uPlot,
  markers: readonly ChartMarker[],
  left: number,
  pixels = 6,
): ChartMarker[] {
  return markers.filter((marker) => Math.abs(u.valToPos(marker.timeMs, 'x') - left) <= pixels)
}
