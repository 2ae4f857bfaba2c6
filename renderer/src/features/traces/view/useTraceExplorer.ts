import { useEffect, useMemo, useRef, useState } from 'react'
import { useDebouncedValue } from '@mantine/hooks'
import { useFindSpans } from '../queries'
import type { TraceModel } from '../trace-model'
import {
  collapsedAncestors,
  filterMask,
  spansWithChildren,
  visibleSpans,
  withAncestors,
  type SpanFilter,
} from '../waterfall/visible-rows'

/** The waterfall's UI state: collapsed spans, the active span, search hits, filter, skew. */
export function useTraceExplorer(model: TraceModel) {
  const [collapsed, setCollapsed] = useState<ReadonlySet<number>>(() => new Set())
  const [activeSpan, setActiveSpan] = useState<number | null>(null)
  const [revealRequest, setRevealRequest] = useState(0)
  const [searchText, setSearchText] = useState('')
  const [debounced] = useDebouncedValue(searchText.trim(), 250)
  const [filter, setFilter] = useState<SpanFilter>('all')
  const [adjust, setAdjust] = useState(false)
  const [hitIndex, setHitIndex] = useState(-1)
  const searchRef = useRef<HTMLInputElement>(null)
  const found = useFindSpans(model.viewId, debounced)
  const hits = useMemo(() => (debounced ? (found.data?.spans ?? []) : []), [debounced, found.data])
  const hitSet = useMemo(() => new Set(hits), [hits])

  const kept = useMemo(
    () => filterMask(model, filter === 'matches' && !debounced ? 'all' : filter, hits),
    [model, filter, hits, debounced],
  )
  const shown = useMemo(() => (kept ? withAncestors(model, kept) : null), [model, kept])
  const rows = useMemo(() => visibleSpans(model, collapsed, shown), [model, collapsed, shown])
  const startUs = adjust && model.adjustedStartUs ? model.adjustedStartUs : model.startUs

  // "/" jumps to the search field, as in Jaeger UI and most list views.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement | null
      const typing = target?.closest('input, textarea, select, [contenteditable="true"]')
      if (event.key !== '/' || typing || event.ctrlKey || event.metaKey || event.altKey) return
      event.preventDefault()
      searchRef.current?.focus()
    }
    document.addEventListener('keydown', onKey)
    return () => document.removeEventListener('keydown', onKey)
  }, [])

  function reveal(span: number) {
    const closed = collapsedAncestors(model, collapsed, span)
    if (closed.length > 0) {
      setCollapsed((current) => {
        const next = new Set(current)
        for (const ancestor of closed) next.delete(ancestor)
        return next
      })
    }
    setActiveSpan(span)
    setRevealRequest((count) => count + 1)
  }

  function toggle(span: number, open?: boolean) {
    setCollapsed((current) => {
      const next = new Set(current)
      const close = open === undefined ? !next.has(span) : !open
      if (close) next.add(span)
      else next.delete(span)
      return next
    })
  }

  function nextHit(step: 1 | -1) {
    if (hits.length === 0) return
    const index = (hitIndex + step + hits.length) % hits.length
    setHitIndex(index)
    reveal(hits[index] ?? 0)
  }

  return {
    rows,
    kept,
    startUs,
    collapsed,
    activeSpan,
    revealRequest,
    hitSet,
    searchRef,
    searchText,
    setSearchText: (text: string) => {
      setSearchText(text)
      setHitIndex(-1)
    },
    hits: debounced
      ? { current: hitIndex + 1, total: hits.length, searching: found.isFetching }
      : null,
    nextHit,
    filter,
    setFilter,
    adjust,
    setAdjust,
    activate: setActiveSpan,
    reveal,
    toggle: (span: number) => toggle(span),
    expand: (span: number) => toggle(span, true),
    collapse: (span: number) => toggle(span, false),
    expandAll: () => setCollapsed(new Set()),
    collapseAll: () => setCollapsed(spansWithChildren(model)),
  }
}
