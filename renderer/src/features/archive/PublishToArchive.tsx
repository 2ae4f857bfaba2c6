import { useState } from 'react'
import { Anchor, Button, Checkbox, Popover, Stack, Text } from '@mantine/core'
import { errorMessage } from '../../bridge'
import { routeHref } from '../../app/router'
import { useArchiveStatus, usePublish } from './queries'

/**
 * "Publish to archive": writes the incident's postmortem and bundle into the shared archive
 * folder. Committing and pushing stay the user's call, on the Archive page.
 */
export function PublishToArchive({ incidentId }: { incidentId: string }) {
  const [opened, setOpened] = useState(false)
  const [withComments, setWithComments] = useState(false)
  const status = useArchiveStatus()
  const publish = usePublish()
  const folder = status.data?.folder ?? null
  return (
    <Popover
      opened={opened}
      onChange={setOpened}
      width={360}
      position="bottom-end"
      withArrow
      trapFocus
    >
      <Popover.Target>
        <Button size="xs" variant="default" onClick={() => setOpened((open) => !open)}>
          Publish to archive
        </Button>
      </Popover.Target>
      <Popover.Dropdown>
        {folder === null ? (
          <Text size="sm">
            No archive folder yet.{' '}
            <Anchor href={routeHref({ name: 'archive' })}>Choose one on the Archive page</Anchor>.
          </Text>
        ) : (
          <Stack gap="xs">
            <Text size="sm">
              Writes the postmortem (Markdown) and the whole incident (bundle) into{' '}
              <Text span ff="monospace" size="xs">
                {folder}
              </Text>
              .
            </Text>
            <Checkbox
              label="Add the review comments as an appendix"
              checked={withComments}
              onChange={(event) => setWithComments(event.currentTarget.checked)}
            />
            <Button
              size="xs"
              loading={publish.isPending}
              onClick={() => publish.mutate({ incidentId, includeReviewComments: withComments })}
            >
              Publish
            </Button>
            {publish.isError && (
              <Text size="sm" c="red" role="alert">
                {errorMessage(publish.error)}.
              </Text>
            )}
            {publish.data && (
              <Text size="sm" role="status">
                Published to {publish.data.dir}:{' '}
                {publish.data.written.length === 0
                  ? 'nothing changed since the last time.'
                  : `${publish.data.written.length} files written.`}{' '}
                Commit and push on the{' '}
                <Anchor href={routeHref({ name: 'archive' })}>Archive page</Anchor>.
              </Text>
            )}
          </Stack>
        )}
      </Popover.Dropdown>
    </Popover>
  )
}
