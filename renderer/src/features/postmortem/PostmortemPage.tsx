import type { ReactNode } from 'react'
import { Alert, Anchor, Group, SegmentedControl, Stack, Text } from '@mantine/core'
import { routeHref } from '../../app/router'
import { PageTitle } from '../../app/PageTitle'
import { Loading, QueryError } from '../../ui/states'
import { BundleControls } from '../bundles/BundleControls'
import { useIncident } from '../incidents/queries'
import type { EditorContext } from './editors/context'
import { ExportPanel } from './export/ExportPanel'
import classes from './Postmortem.module.css'
import { PostmortemEditor } from './PostmortemEditor'
import { PostmortemPreview } from './PostmortemPreview'
import { usePostmortem } from './queries'
import { ReviewControl } from './ReviewControl'
import { SaveStatus } from './SaveStatus'
import { TemplateSelect } from './TemplateSelect'
import { useLayoutStore, type PostmortemLayout } from './layout-store'
import { useAutosaveLifecycle } from './use-autosave'
import { usePrefill } from './use-prefill'

const LAYOUTS: { value: PostmortemLayout; label: string }[] = [
  { value: 'write', label: 'Write' },
  { value: 'split', label: 'Write and preview' },
  { value: 'preview', label: 'Preview' },
]

const isLayout = (value: string): value is PostmortemLayout =>
  LAYOUTS.some((layout) => layout.value === value)

export function PostmortemPage({ incidentId }: { incidentId: string }) {
  useAutosaveLifecycle(incidentId)
  const incident = useIncident(incidentId)
  const view = usePostmortem(incidentId)
  const back = (
    <Anchor href={routeHref({ name: 'incident', id: incidentId })} size="sm">
      ← Back to the incident
    </Anchor>
  )
  if (incident.isPending || view.isPending) return <Loading label="Opening the postmortem…" />
  if (incident.isError || view.isError) {
    const failed = incident.isError ? incident : view
    return (
      <QueryError
        what={incident.isError ? 'the incident' : 'the postmortem'}
        error={failed.error}
        onRetry={() => void failed.refetch()}
      >
        {back}
      </QueryError>
    )
  }
  return <PostmortemScreen ctxBase={{ incident: incident.data, view: view.data }} back={back} />
}

interface PostmortemScreenProps {
  ctxBase: Pick<EditorContext, 'incident' | 'view'>
  back: ReactNode
}

function PostmortemScreen({ ctxBase, back }: PostmortemScreenProps) {
  const { incident, view } = ctxBase
  const prefill = usePrefill(incident)
  const layout = useLayoutStore((store) => store.layout)
  const setLayout = useLayoutStore((store) => store.setLayout)
  const ctx: EditorContext = { ...ctxBase, editable: view.editable, prefill }
  return (
    <Stack gap="md">
      <Stack gap={6}>
        {back}
        <Group justify="space-between" align="flex-end" wrap="wrap">
          <div>
            <PageTitle documentTitle={`Postmortem: ${incident.title}`}>Postmortem</PageTitle>
            <Text c="dimmed" size="sm">
              {incident.severity} · {incident.title}
            </Text>
          </div>
          <SaveStatus incidentId={incident.id} lastSavedAt={view.postmortem.updatedAt} />
        </Group>
      </Stack>
      <Group align="flex-start" gap="xl" wrap="wrap">
        <TemplateSelect incidentId={incident.id} view={view} />
        <ReviewControl incidentId={incident.id} view={view} />
      </Group>
      {!view.editable && (
        <Alert color="blue" variant="light">
          This postmortem is {view.postmortem.status === 'published' ? 'published' : 'reviewed'}:
          its text is what reviewers signed off. Move it back to In review or Draft to edit it.
        </Alert>
      )}
      <ExportPanel incidentId={incident.id} />
      <Group justify="space-between" align="center" wrap="wrap">
        <SegmentedControl
          size="xs"
          data={LAYOUTS}
          value={layout}
          onChange={(value) => {
            if (isLayout(value)) setLayout(value)
          }}
          aria-label="Layout"
        />
        <BundleControls incidentId={incident.id} />
      </Group>
      <div className={classes.layout} data-layout={layout}>
        <div className={classes.editorPane}>
          <PostmortemEditor ctx={ctx} />
        </div>
        <PostmortemPreview incidentId={incident.id} />
      </div>
    </Stack>
  )
}
