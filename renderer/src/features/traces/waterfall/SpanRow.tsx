import { memo } from 'react'
import { OUTSIDE_PARENT, SpanFlag } from '../../../../../shared/domain/traces/model'
import { i18n } from '../../../i18n'
import { serviceColor } from '../colors'
import { formatTraceDuration } from '../trace-messages'
import { operationOf, serviceOf, type TraceModel } from '../trace-model'
import classes from './Waterfall.module.css'

/** Indentation stops growing here; deeper spans show their depth as a number. */
const MAX_INDENT_LEVELS = 24
const INDENT_PX = 10

export interface SpanRowProps {
  model: TraceModel
  span: number
  /** Start times in use: as recorded, or adjusted for clock skew. */
  startUs: Float64Array
  top: number
  height: number
  active: boolean
  collapsed: boolean
  match: boolean
  /** Shown only because a filtered span lies below it. */
  context: boolean
  onSelect: (span: number) => void
  onToggle: (span: number) => void
}

function percent(value: number): string {
  return `${Math.max(0, Math.min(100, value * 100)).toFixed(4)}%`
}

function CriticalStretches({
  model,
  span,
  shiftUs,
}: {
  model: TraceModel
  span: number
  shiftUs: number
}) {
  const from = model.criticalOffsets[span] ?? 0
  const to = model.criticalOffsets[span + 1] ?? 0
  if (to <= from) return null
  const total = model.traceDurationUs || 1
  const stretches = []
  for (let at = from; at < to; at++) {
    const start = (model.criticalStretches[at * 2] ?? 0) + shiftUs - model.traceStartUs
    const end = (model.criticalStretches[at * 2 + 1] ?? 0) + shiftUs - model.traceStartUs
    stretches.push(
      <div
        key={at}
        className={classes.critical}
        style={{ left: percent(start / total), width: percent((end - start) / total) }}
      />,
    )
  }
  return <>{stretches}</>
}

// Rows mount and unmount while scrolling, so they read i18n.t rather than subscribe one hook
// per row; the language only changes on the Settings page, where no waterfall is mounted.
const t = i18n.t.bind(i18n)

function flagsText(flags: number): string[] {
  const notes: string[] = []
  if (flags & SpanFlag.StartsBeforeParent)
    notes.push(t('traces:waterfall.notes.startsBeforeParent'))
  if (flags & SpanFlag.EndsAfterParent) notes.push(t('traces:waterfall.notes.endsAfterParent'))
  if (flags & SpanFlag.Orphan) notes.push(t('traces:waterfall.notes.orphan'))
  if (flags & SpanFlag.DuplicateId) notes.push(t('traces:waterfall.notes.duplicateId'))
  if (flags & SpanFlag.ParentCycle) notes.push(t('traces:waterfall.notes.parentCycle'))
  return notes
}

/** One span: name column (tree, service colour, flags) and its bar on the time axis. */
export const SpanRow = memo(function SpanRow(props: SpanRowProps) {
  const { model, span, startUs, active, collapsed, match } = props
  const flags = model.flags[span] ?? 0
  const depth = model.depth[span] ?? 0
  const hasChildren = (model.subtreeSize[span] ?? 1) > 1
  const failed = (flags & SpanFlag.Error) !== 0
  const skewed = (flags & OUTSIDE_PARENT) !== 0
  const odd = flagsText(flags)
  const total = model.traceDurationUs || 1
  const offset = (startUs[span] ?? 0) - model.traceStartUs
  const duration = model.durationUs[span] ?? 0
  const service = serviceOf(model, span)
  const operation = operationOf(model, span)
  const indent = Math.min(depth, MAX_INDENT_LEVELS) * INDENT_PX
  const color = serviceColor(model.serviceIndex[span] ?? 0)
  return (
    <div
      role="treeitem"
      id={`span-${model.viewId}-${span}`}
      aria-level={depth + 1}
      aria-expanded={hasChildren ? !collapsed : undefined}
      aria-selected={active}
      aria-label={t(failed ? 'traces:waterfall.rowError' : 'traces:waterfall.row', {
        service,
        operation,
        duration: formatTraceDuration(duration),
      })}
      className={classes.row}
      data-match={match || undefined}
      data-context={props.context || undefined}
      style={{ top: props.top, height: props.height }}
      onClick={() => props.onSelect(span)}
    >
      <div className={classes.name} style={{ paddingLeft: 4 + indent }}>
        {depth > MAX_INDENT_LEVELS && <span className={classes.operation}>{depth}·</span>}
        <button
          type="button"
          tabIndex={-1}
          aria-hidden
          className={classes.toggle}
          style={{ visibility: hasChildren ? 'visible' : 'hidden' }}
          onClick={(event) => {
            event.stopPropagation()
            props.onToggle(span)
          }}
        >
          {collapsed ? '▶' : '▼'}
        </button>
        <span className={classes.swatch} style={{ background: color }} aria-hidden />
        {failed && (
          <span className={classes.flag} data-kind="error" title={t('traces:waterfall.error')}>
            !
          </span>
        )}
        <span className={classes.service} title={service}>
          {service}
        </span>
        <span className={classes.operation} title={operation}>
          {operation}
        </span>
        {odd.length > 0 && (
          <span
            className={classes.flag}
            data-kind="warn"
            title={t('traces:waterfall.oddSpan', {
              notes: odd.join(t('traces:waterfall.noteSeparator')),
            })}
          >
            {skewed ? t('traces:waterfall.skew') : '?'}
          </span>
        )}
      </div>
      <div className={classes.track}>
        <div
          className={classes.bar}
          data-error={failed || undefined}
          style={{
            left: percent(offset / total),
            width: percent(duration / total),
            background: color,
          }}
        />
        <CriticalStretches
          model={model}
          span={span}
          shiftUs={(startUs[span] ?? 0) - (model.startUs[span] ?? 0)}
        />
        <span className={classes.duration} style={{ left: percent((offset + duration) / total) }}>
          {formatTraceDuration(duration)}
        </span>
      </div>
    </div>
  )
})
