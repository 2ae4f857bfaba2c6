import type { ReactNode } from 'react'
import { Alert, Anchor, Group, SegmentedControl, Stack, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
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

const LAYOUTS: readonly PostmortemLayout[] = ['write', 'split', 'preview']

const isLayout = (value: string): value is PostmortemLayout =>
  (LAYOUTS as readonly string[]).includes(value)

export function PostmortemPage({ incidentId }: { incidentId: string }) {
  const { t } = useTranslation('postmortem')
  useAutosaveLifecycle(incidentId)
  const incident = useIncident(incidentId)
  const view = usePostmortem(incidentId)
  const back = (
    <Anchor href={routeHref({ name: 'incident', id: incidentId })} size="sm">
      {t('page.back')}
    </Anchor>
  )
  if (incident.isPending || view.isPending) return <Loading label={t('page.opening')} />
  if (incident.isError || view.isError) {
    const failed = incident.isError ? incident : view
    return (
      <QueryError
        what={incident.isError ? t('page.whatIncident') : t('page.whatPostmortem')}
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
  const { t } = useTranslation('postmortem')
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
            <PageTitle documentTitle={t('page.documentTitle', { title: incident.title })}>
              {t('page.title')}
            </PageTitle>
            <Text c="dimmed" size="sm">
              {t('page.subtitle', { severity: incident.severity, title: incident.title })}
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
          {view.postmortem.status === 'published'
            ? t('page.readOnly.published')
            : t('page.readOnly.reviewed')}
        </Alert>
      )}
      <ExportPanel incidentId={incident.id} />
      <Group justify="space-between" align="center" wrap="wrap">
        <SegmentedControl
          size="xs"
          data={LAYOUTS.map((value) => ({ value, label: t(`page.layout.${value}`) }))}
          value={layout}
          onChange={(value) => {
            if (isLayout(value)) setLayout(value)
          }}
          aria-label={t('page.layoutLabel')}
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
