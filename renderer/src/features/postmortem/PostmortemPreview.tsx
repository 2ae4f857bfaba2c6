import { useMemo } from 'react'
import { Group, Loader, Text, Title } from '@mantine/core'
import { QueryError } from '../../ui/states'
import { useCheckedRedaction } from './export/redaction-store'
import classes from './Postmortem.module.css'
import { previewHtml } from './preview-html'
import { useRenderedMarkdown } from './queries'

/**
 * The document as it will be exported: the backend renders the Markdown with the export's own
 * code (template, escaping, redaction), and it is shown here through marked and DOMPurify. It
 * follows the editor as each autosave lands.
 */
export function PostmortemPreview({ incidentId }: { incidentId: string }) {
  const { options } = useCheckedRedaction()
  const rendered = useRenderedMarkdown(incidentId, options)
  const body = rendered.data?.body
  const html = useMemo(() => (body === undefined ? '' : previewHtml(body)), [body])
  return (
    <section aria-labelledby="postmortem-preview-heading" className={classes.previewPane}>
      <Group justify="space-between" mb="xs" wrap="nowrap">
        <Title order={2} size="h5" id="postmortem-preview-heading">
          Preview
        </Title>
        <Group gap={6} wrap="nowrap">
          {rendered.isFetching && <Loader size={12} aria-hidden />}
          <Text size="xs" c="dimmed">
            As exported{rendered.data ? `: ${rendered.data.fileName}` : ''}
          </Text>
        </Group>
      </Group>
      {rendered.isError && !rendered.data ? (
        <QueryError
          what="the preview"
          error={rendered.error}
          onRetry={() => void rendered.refetch()}
        />
      ) : (
        <div
          className={classes.preview}
          data-testid="postmortem-preview"
          // Sanitized by DOMPurify in previewHtml; never anything unsanitized.
          dangerouslySetInnerHTML={{ __html: html }}
        />
      )}
    </section>
  )
}
