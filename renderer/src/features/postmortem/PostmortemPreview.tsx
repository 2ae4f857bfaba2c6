import { useEffect, useRef } from 'react'
import { Group, Loader, Text, Title } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { QueryError } from '../../ui/states'
import { useExportOptions } from './export/export-options-store'
import { useCheckedRedaction } from './export/redaction-store'
import classes from './Postmortem.module.css'
import { PreviewRenderer } from './preview-renderer'
import { useRenderedMarkdown } from './queries'

/**
 * The document as it will be exported: the backend renders the Markdown with the export's own
 * code (template, escaping, redaction), and it is shown here through marked and DOMPurify,
 * always. It follows the editor as each autosave lands; only the sections that changed are
 * rendered again.
 */
export function PostmortemPreview({ incidentId }: { incidentId: string }) {
  const { t } = useTranslation('postmortem')
  const { options } = useCheckedRedaction()
  const includeReviewComments = useExportOptions((store) => store.includeReviewComments)
  const rendered = useRenderedMarkdown(incidentId, options, includeReviewComments)
  const body = rendered.data?.body
  const pane = useRef<HTMLDivElement>(null)
  const renderer = useRef<PreviewRenderer | null>(null)
  useEffect(() => {
    if (!pane.current) return
    const created = new PreviewRenderer(pane.current, { chunkClass: classes.previewChunk ?? '' })
    renderer.current = created
    return () => created.dispose()
  }, [])
  useEffect(() => {
    if (body !== undefined) void renderer.current?.update(body)
  }, [body])

  const failed = rendered.isError && !rendered.data
  return (
    <section aria-labelledby="postmortem-preview-heading" className={classes.previewPane}>
      <Group justify="space-between" mb="xs" wrap="nowrap">
        <Title order={2} size="h5" id="postmortem-preview-heading">
          {t('preview.heading')}
        </Title>
        <Group gap={6} wrap="nowrap">
          {rendered.isFetching && <Loader size={12} aria-hidden />}
          <Text size="xs" c="dimmed">
            {rendered.data
              ? t('preview.asExportedFile', { fileName: rendered.data.fileName })
              : t('preview.asExported')}
          </Text>
        </Group>
      </Group>
      {failed && (
        <QueryError
          what={t('preview.what')}
          error={rendered.error}
          onRetry={() => void rendered.refetch()}
        />
      )}
      {/* Filled by PreviewRenderer with DOMPurify's output only. */}
      <div
        ref={pane}
        hidden={failed}
        className={classes.preview}
        data-testid="postmortem-preview"
      />
    </section>
  )
}
