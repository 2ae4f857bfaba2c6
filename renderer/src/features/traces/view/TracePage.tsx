import { useState } from 'react'
import { Anchor, Box, Grid, NativeSelect, Paper, Stack, Title } from '@mantine/core'
import { useQueryClient } from '@tanstack/react-query'
import { formatDurationUs } from '../../../../../shared/domain/traces/format'
import { call, errorMessage } from '../../../bridge'
import { Loading, QueryError } from '../../../ui/states'
import { isLocalView, localSiblingViewId, localView } from '../local/local-traces'
import { rememberView, useTraceView } from '../queries'
import { toTraceModel, type TraceModel } from '../trace-model'
import { tracesHref, type TraceRef } from '../trace-route'
import { Waterfall } from '../waterfall/Waterfall'
import { SpanDetailsPanel } from './SpanDetailsPanel'
import { TraceHeader } from './TraceHeader'
import { TraceToolbar } from './TraceToolbar'
import { TraceTotals } from './TraceTotals'
import { useTraceExplorer } from './useTraceExplorer'

interface TracePageProps {
  traceRef: TraceRef
  incidentId: string | null
}

/** One trace: header, waterfall with details, and where the time went. Its own code chunk. */
export function TracePage({ traceRef, incidentId }: TracePageProps) {
  const view = useTraceView(traceRef)
  if (view.isPending) {
    return (
      <Loading
        label={
          traceRef.kind === 'jaeger'
            ? `Fetching trace ${traceRef.traceId} from Jaeger…`
            : 'Opening the trace…'
        }
      />
    )
  }
  if (view.isError) {
    return (
      <QueryError what="the trace" error={view.error} onRetry={() => void view.refetch()}>
        <Anchor href={tracesHref(incidentId)} size="sm">
          Back to trace search
        </Anchor>
      </QueryError>
    )
  }
  return <TraceExplorer key={view.data.viewId} model={view.data} incidentId={incidentId} />
}

function OtherTraces({ model, incidentId }: { model: TraceModel; incidentId: string | null }) {
  const queryClient = useQueryClient()
  const [failure, setFailure] = useState<string | null>(null)
  if (model.otherTraces.length <= 1) return null

  async function open(traceId: string) {
    const index = model.otherTraces.findIndex((trace) => trace.traceId === traceId)
    try {
      const other = isLocalView(model.viewId)
        ? await localView(localSiblingViewId(model.viewId, index))
        : toTraceModel(await call('traces.openOther', { viewId: model.viewId, traceId }))
      window.location.hash = tracesHref(incidentId, rememberView(queryClient, other))
    } catch (error) {
      setFailure(`Could not open trace ${traceId}: ${errorMessage(error)}.`)
    }
  }

  return (
    <NativeSelect
      label={`This file holds ${model.otherTraces.length} traces`}
      w={560}
      value={model.traceId}
      data={model.otherTraces.map((trace) => ({
        value: trace.traceId,
        label: `${trace.rootService}: ${trace.rootOperation} · ${formatDurationUs(trace.durationUs)} · ${trace.spanCount} spans`,
      }))}
      onChange={(event) => void open(event.currentTarget.value)}
      error={failure}
    />
  )
}

function TraceExplorer({ model, incidentId }: { model: TraceModel; incidentId: string | null }) {
  const explorer = useTraceExplorer(model)
  return (
    <Stack gap="md">
      <TraceHeader model={model} incidentId={incidentId} />
      <OtherTraces model={model} incidentId={incidentId} />
      <TraceToolbar
        searchRef={explorer.searchRef}
        searchText={explorer.searchText}
        onSearchText={explorer.setSearchText}
        hits={explorer.hits}
        onNextHit={explorer.nextHit}
        filter={explorer.filter}
        onFilter={explorer.setFilter}
        adjustedSpans={model.adjustedSpans}
        adjust={explorer.adjust}
        onAdjust={explorer.setAdjust}
        onExpandAll={explorer.expandAll}
        onCollapseAll={explorer.collapseAll}
      />
      <Grid gap="md" align="flex-start">
        <Grid.Col span={{ base: 12, lg: 8 }}>
          <Waterfall
            model={model}
            rows={explorer.rows}
            startUs={explorer.startUs}
            collapsed={explorer.collapsed}
            matches={explorer.hitSet}
            kept={explorer.kept}
            activeSpan={explorer.activeSpan}
            revealRequest={explorer.revealRequest}
            onActivate={explorer.activate}
            onToggle={explorer.toggle}
            onExpand={explorer.expand}
            onCollapse={explorer.collapse}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 4 }}>
          <Box
            style={{
              position: 'sticky',
              top: 'calc(var(--app-shell-header-offset, 0px) + 8px)',
              maxHeight: 'calc(100dvh - var(--app-shell-header-offset, 0px) - 16px)',
              overflowY: 'auto',
            }}
          >
            <SpanDetailsPanel model={model} span={explorer.activeSpan} onJump={explorer.reveal} />
          </Box>
        </Grid.Col>
      </Grid>
      <Paper
        withBorder
        p="md"
        radius="md"
        component="section"
        aria-labelledby="trace-totals-heading"
      >
        <Title order={2} size="h4" id="trace-totals-heading" mb="xs">
          Time by service and operation
        </Title>
        <TraceTotals model={model} />
      </Paper>
    </Stack>
  )
}
