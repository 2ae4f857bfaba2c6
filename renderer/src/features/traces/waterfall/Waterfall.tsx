import { useEffect, useRef, type KeyboardEvent } from 'react'
import { useVirtualizer } from '@tanstack/react-virtual'
import { useTranslation } from 'react-i18next'
import { formatTraceDuration } from '../trace-messages'
import type { TraceModel } from '../trace-model'
import { treeAction } from './keys'
import { SpanRow } from './SpanRow'
import classes from './Waterfall.module.css'

export const ROW_HEIGHT = 26

export interface WaterfallProps {
  model: TraceModel
  /** Spans on screen, top to bottom (collapsing and filtering applied). */
  rows: Int32Array
  startUs: Float64Array
  collapsed: ReadonlySet<number>
  matches: ReadonlySet<number>
  /** Spans the filter keeps; the others on screen are ancestors shown for context. */
  kept: Uint8Array | null
  activeSpan: number | null
  /** Bumped to scroll the active span into view (search hits, references). */
  revealRequest: number
  onActivate: (span: number) => void
  onToggle: (span: number) => void
  onExpand: (span: number) => void
  onCollapse: (span: number) => void
}

function TimeRuler({ durationUs }: { durationUs: number }) {
  const fractions = [0, 0.25, 0.5, 0.75, 1]
  return (
    <div className={classes.ruler} aria-hidden>
      {fractions.map((fraction) => (
        <span
          key={fraction}
          className={classes.tick}
          data-last={fraction === 1 || undefined}
          style={{ left: `${fraction * 100}%` }}
        >
          {formatTraceDuration(durationUs * fraction)}
        </span>
      ))}
    </div>
  )
}

/** The span tree on a time axis; only the rows on screen are in the DOM. */
export function Waterfall(props: WaterfallProps) {
  const { t } = useTranslation('traces')
  const { model, rows, activeSpan } = props
  const scroller = useRef<HTMLDivElement>(null)
  // No React Compiler runs on this app; TanStack Virtual re-renders through its own state.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
  })
  const activeRow = activeSpan === null ? -1 : rows.indexOf(activeSpan)
  // Scrolls only when asked (revealRequest): scrolling by hand must not snap back.
  const latest = useRef({ activeRow, virtualizer })
  useEffect(() => {
    latest.current = { activeRow, virtualizer }
  })
  useEffect(() => {
    const { activeRow: row, virtualizer: list } = latest.current
    if (row >= 0) list.scrollToIndex(row, { align: 'center' })
  }, [props.revealRequest])

  // A clicked row takes the keyboard too, so the arrows continue from there.
  function select(span: number) {
    props.onActivate(span)
    scroller.current?.focus({ preventScroll: true })
  }

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const pageRows = Math.max(
      1,
      Math.floor((scroller.current?.clientHeight ?? 400) / ROW_HEIGHT) - 1,
    )
    const action = treeAction(event.key, {
      rows,
      activeRow,
      pageRows,
      hasChildren: (span) => (model.subtreeSize[span] ?? 1) > 1,
      isCollapsed: (span) => props.collapsed.has(span),
      parentOf: (span) => model.parent[span] ?? -1,
    })
    if (action.kind === 'none') return
    event.preventDefault()
    if (action.kind === 'move') {
      props.onActivate(rows[action.row] ?? 0)
      virtualizer.scrollToIndex(action.row, { align: 'auto' })
    } else if (action.kind === 'toggle') props.onToggle(action.span)
    else if (action.kind === 'expand') props.onExpand(action.span)
    else props.onCollapse(action.span)
  }

  const height = Math.min(Math.max(rows.length * ROW_HEIGHT, 160), 640)
  return (
    <div className={classes.frame} style={{ ['--name-width' as string]: '42%' }}>
      <div className={classes.header}>
        <div className={classes.headerName}>{t('waterfall.nameColumn')}</div>
        <TimeRuler durationUs={model.traceDurationUs} />
      </div>
      <div
        ref={scroller}
        className={classes.scroller}
        style={{ height: `min(${height}px, calc(100dvh - 220px))`, minHeight: 160 }}
        role="tree"
        aria-label={t('waterfall.treeLabel', { traceId: model.traceId })}
        aria-activedescendant={
          activeSpan === null ? undefined : `span-${model.viewId}-${activeSpan}`
        }
        tabIndex={0}
        onKeyDown={onKeyDown}
        data-testid="waterfall"
      >
        <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {virtualizer.getVirtualItems().map((item) => {
            const span = rows[item.index] ?? 0
            return (
              <SpanRow
                key={span}
                model={model}
                span={span}
                startUs={props.startUs}
                top={item.start}
                height={item.size}
                active={span === activeSpan}
                collapsed={props.collapsed.has(span)}
                match={props.matches.has(span)}
                context={props.kept !== null && !props.kept[span]}
                onSelect={select}
                onToggle={props.onToggle}
              />
            )
          })}
        </div>
      </div>
    </div>
  )
}
