import { useEffect, useRef, useState, type ReactNode } from 'react'
import { useElementSize } from '@mantine/hooks'
import { Anchor, Box, Group, Stack, Title } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { TimelineEvent } from '../../../../shared/domain/timeline'
import { routeHref } from '../../app/router'
import { Loading, QueryError } from '../../ui/states'
import { HypothesesPanel } from '../hypotheses/HypothesesPanel'
import { SimilarIncidents } from '../library/SimilarIncidents'
import { IncidentMetrics } from '../query/IncidentMetrics'
import { RunbookPanel } from '../runbook/RunbookPanel'
import { PostmortemEntry } from '../postmortem/PostmortemEntry'
import { NoteComposer } from '../timeline/NoteComposer'
import { Timeline } from '../timeline/Timeline'
import { UndoBar } from '../timeline/UndoBar'
import { SampleBanner } from '../welcome/SampleBanner'
import { useFocusShortcut } from '../timeline/useFocusShortcut'
import { TracesEntry } from '../traces/TracesEntry'
import classes from './IncidentPage.module.css'
import { IncidentHeader } from './IncidentHeader'
import { useIncident } from './queries'

export function IncidentPage({ id }: { id: string }) {
  const { t } = useTranslation('incidents')
  const incident = useIncident(id)
  if (incident.isPending) return <Loading label={t('page.loading')} />
  if (incident.isError) {
    return (
      <QueryError
        what={t('page.what')}
        error={incident.error}
        onRetry={() => void incident.refetch()}
      >
        <Anchor href={routeHref({ name: 'incidents' })} size="sm">
          {t('page.backToList')}
        </Anchor>
      </QueryError>
    )
  }
  return (
    <Stack gap="lg">
      <IncidentHeader incident={incident.data} />
      <SampleBanner incidentId={id} />
      <Group gap="xs">
        <TracesEntry incidentId={id} />
        <PostmortemEntry incidentId={id} />
      </Group>
      <IncidentLayout
        aside={<RunbookPanel incidentId={id} />}
        main={
          <Stack gap="lg">
            <IncidentMetrics incident={incident.data} />
            <SimilarIncidents incidentId={id} />
            <HypothesesPanel incidentId={id} />
            <TimelinePanel incidentId={id} />
          </Stack>
        }
      />
    </Stack>
  )
}

/**
 * The incident body: the runbook stepper in a side column beside hypotheses and the timeline;
 * stacked on narrow windows. Without an aside the main column takes the full width.
 */
function IncidentLayout({ main, aside }: { main: ReactNode; aside?: ReactNode }) {
  return (
    <div className={classes.layout} data-with-aside={aside ? true : undefined}>
      {aside && <aside className={classes.aside}>{aside}</aside>}
      <div className={classes.main}>{main}</div>
    </div>
  )
}

/**
 * Keeps the page from scrolling a focused field (an in-place edit, a new event) under the
 * sticky composer: the browser honours scroll-padding when it scrolls something into view.
 */
function useScrollPaddingBottom(height: number): void {
  useEffect(() => {
    const root = document.documentElement
    root.style.scrollPaddingBottom = `${Math.ceil(height) + 16}px`
    return () => {
      root.style.scrollPaddingBottom = ''
    }
  }, [height])
}

function TimelinePanel({ incidentId }: { incidentId: string }) {
  const { t } = useTranslation('incidents')
  const noteRef = useRef<HTMLTextAreaElement>(null)
  const [highlightId, setHighlightId] = useState<string | null>(null)
  const [deleted, setDeleted] = useState<TimelineEvent | null>(null)
  const { ref: composerRef, height: composerHeight } = useElementSize<HTMLDivElement>()
  useFocusShortcut('n', noteRef)
  useScrollPaddingBottom(composerHeight)

  return (
    <section aria-labelledby="timeline-heading">
      <Title order={2} size="h4" id="timeline-heading" mb="xs">
        {t('page.timeline')}
      </Title>
      <Timeline incidentId={incidentId} highlightId={highlightId} onDeleted={setDeleted} />
      <Box className={classes.composer} ref={composerRef}>
        <Stack gap="xs">
          {deleted && <UndoBar deleted={deleted} onClose={() => setDeleted(null)} />}
          <NoteComposer incidentId={incidentId} noteRef={noteRef} onAdded={setHighlightId} />
        </Stack>
      </Box>
    </section>
  )
}
