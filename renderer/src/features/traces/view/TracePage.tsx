import { useState } from 'react'
import { Anchor, Box, Grid, NativeSelect, Paper, Stack, Title } from '@mantine/core'
import { useQueryClient } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { call, errorMessage } from '../../../bridge'
import { formatNumber } from '../../../i18n/format'
import { Loading, QueryError } from '../../../ui/states'
import { isLocalView, localSiblingViewId, localView } from '../local/local-traces'
import { rememberView, useTraceView } from '../queries'
import { formatTraceDuration } from '../trace-messages'
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
  const { t } = useTranslation('traces')
  const view = useTraceView(traceRef)
  if (view.isPending) {
    return (
      <Loading
        label={
          traceRef.kind === 'jaeger'
            ? t('page.fetching', { traceId: traceRef.traceId })
            : t('page.opening')
        }
      />
    )
  }
  if (view.isError) {
    return (
      <QueryError what={t('page.what')} error={view.error} onRetry={() => void view.refetch()}>
        <Anchor href={tracesHref(incidentId)} size="sm">
          {t('page.backToSearch')}
        </Anchor>
      </QueryError>
    )
  }
  return <TraceExplorer key={view.data.viewId} model={view.data} incidentId={incidentId} />
}

function OtherTraces({ model, incidentId }: { model: TraceModel; incidentId: string | null }) {
  const { t } = useTranslation('traces')
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
      setFailure(t('page.otherFailed', { traceId, reason: errorMessage(error) }))
    }
  }

  return (
    <NativeSelect
      label={t('page.fileHolds', { count: model.otherTraces.length })}
      w={560}
      value={model.traceId}
      data={model.otherTraces.map((trace) => ({
        value: trace.traceId,
        label: t('page.otherOption', {
          count: trace.spanCount,
          service: trace.rootService,
          operation: trace.rootOperation,
          duration: formatTraceDuration(trace.durationUs),
          spans: formatNumber(trace.spanCount),
        }),
      }))}
      onChange={(event) => void open(event.currentTarget.value)}
      error={failure}
    />
  )
}

function TraceExplorer({ model, incidentId }: { model: TraceModel; incidentId: string | null }) {
  const { t } = useTranslation('traces')
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
          {t('page.totalsTitle')}
        </Title>
        <TraceTotals model={model} />
      </Paper>
    </Stack>
  )
}
