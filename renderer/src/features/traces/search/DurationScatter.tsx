import { useEffect, useRef, useState, type MouseEvent } from 'react'
import { Box, Text, useComputedColorScheme } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { TraceSummary } from '../../../../../shared/contract/traces'
import { formatTime, type DisplayZone } from '../../../ui/time'
import { formatTraceDuration } from '../trace-messages'

const HEIGHT = 180
const PAD = { left: 64, right: 16, top: 12, bottom: 28 }

interface Layout {
  width: number
  x: (us: number) => number
  y: (us: number) => number
  minUs: number
  maxUs: number
  maxDuration: number
}

function layoutFor(traces: TraceSummary[], width: number): Layout {
  const starts = traces.map((trace) => trace.startUs)
  const minUs = Math.min(...starts)
  const maxUs = Math.max(...starts)
  const maxDuration = Math.max(1, ...traces.map((trace) => trace.durationUs))
  const plotWidth = width - PAD.left - PAD.right
  const plotHeight = HEIGHT - PAD.top - PAD.bottom
  return {
    width,
    minUs,
    maxUs,
    maxDuration,
    x: (us) =>
      PAD.left + (maxUs === minUs ? plotWidth / 2 : ((us - minUs) / (maxUs - minUs)) * plotWidth),
    y: (us) => PAD.top + plotHeight - (us / maxDuration) * plotHeight,
  }
}

function draw(
  canvas: HTMLCanvasElement,
  traces: TraceSummary[],
  layout: Layout,
  dark: boolean,
  zone: DisplayZone,
) {
  const ratio = window.devicePixelRatio || 1
  canvas.width = layout.width * ratio
  canvas.height = HEIGHT * ratio
  const context = canvas.getContext('2d')
  if (!context) return
  context.scale(ratio, ratio)
  context.clearRect(0, 0, layout.width, HEIGHT)
  const ink = dark ? '#c9c9c9' : '#495057'
  context.strokeStyle = dark ? '#373a40' : '#dee2e6'
  context.fillStyle = ink
  context.font = '11px system-ui, sans-serif'
  for (const fraction of [0, 0.5, 1]) {
    const y = layout.y(layout.maxDuration * fraction)
    context.beginPath()
    context.moveTo(PAD.left, y)
    context.lineTo(layout.width - PAD.right, y)
    context.stroke()
    context.textAlign = 'right'
    context.fillText(formatTraceDuration(layout.maxDuration * fraction), PAD.left - 6, y + 4)
  }
  context.textAlign = 'center'
  for (const us of layout.minUs === layout.maxUs ? [layout.minUs] : [layout.minUs, layout.maxUs]) {
    context.fillText(formatTime(us / 1000, zone), layout.x(us), HEIGHT - 8)
  }
  for (const trace of traces) {
    context.beginPath()
    context.arc(layout.x(trace.startUs), layout.y(trace.durationUs), 5, 0, Math.PI * 2)
    context.fillStyle = trace.errorCount > 0 ? 'rgba(224, 49, 49, 0.8)' : 'rgba(34, 139, 230, 0.75)'
    context.fill()
  }
}

interface DurationScatterProps {
  traces: TraceSummary[]
  zone: DisplayZone
  onOpen: (traceId: string) => void
}

/** Duration over start time: slow outliers stand out at the top. Red points have errors. */
export function DurationScatter({ traces, zone, onOpen }: DurationScatterProps) {
  const { t } = useTranslation('traces')
  const box = useRef<HTMLDivElement>(null)
  const canvas = useRef<HTMLCanvasElement>(null)
  const [width, setWidth] = useState(600)
  const [hover, setHover] = useState<TraceSummary | null>(null)
  const dark = useComputedColorScheme('light') === 'dark'
  const layout = layoutFor(traces, width)

  useEffect(() => {
    const element = box.current
    if (!element) return
    const observer = new ResizeObserver(([entry]) =>
      setWidth(Math.max(240, entry?.contentRect.width ?? 600)),
    )
    observer.observe(element)
    return () => observer.disconnect()
  }, [])

  useEffect(() => {
    if (canvas.current) draw(canvas.current, traces, layout, dark, zone)
  })

  function nearest(event: MouseEvent): TraceSummary | null {
    const rect = event.currentTarget.getBoundingClientRect()
    const px = event.clientX - rect.left
    const py = event.clientY - rect.top
    let best: TraceSummary | null = null
    let bestDistance = 8 * 8
    for (const trace of traces) {
      const distance = (layout.x(trace.startUs) - px) ** 2 + (layout.y(trace.durationUs) - py) ** 2
      if (distance <= bestDistance) [best, bestDistance] = [trace, distance]
    }
    return best
  }

  return (
    <Box ref={box} pos="relative">
      <canvas
        ref={canvas}
        role="img"
        aria-label={t('results.scatterLabel', { count: traces.length })}
        style={{
          width: '100%',
          height: HEIGHT,
          cursor: hover ? 'pointer' : 'default',
          display: 'block',
        }}
        onMouseMove={(event) => setHover(nearest(event))}
        onMouseLeave={() => setHover(null)}
        onClick={(event) => {
          const trace = nearest(event)
          if (trace) onOpen(trace.traceId)
        }}
      />
      {hover && (
        <Text
          size="xs"
          pos="absolute"
          top={0}
          right={PAD.right}
          px={6}
          bg="var(--mantine-color-body)"
          style={{ border: '1px solid var(--mantine-color-default-border)', borderRadius: 4 }}
        >
          {hover.rootService}: {hover.rootOperation} · {formatTraceDuration(hover.durationUs)}
        </Text>
      )}
    </Box>
  )
}
