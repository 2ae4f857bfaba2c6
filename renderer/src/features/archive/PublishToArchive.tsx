import { useState } from 'react'
import { Anchor, Button, Checkbox, Popover, Stack, Text } from '@mantine/core'
import { Trans, useTranslation } from 'react-i18next'
import { errorMessage } from '../../bridge'
import { routeHref } from '../../app/router'
import { useArchiveStatus, usePublish } from './queries'

/**
 * "Publish to archive": writes the incident's postmortem and bundle into the shared archive
 * folder. Committing and pushing stay the user's call, on the Archive page.
 */
export function PublishToArchive({ incidentId }: { incidentId: string }) {
  const { t } = useTranslation('archive')
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
          {t('publish.button')}
        </Button>
      </Popover.Target>
      <Popover.Dropdown>
        {folder === null ? (
          <Text size="sm">
            <Trans
              t={t}
              i18nKey="publish.noFolder"
              components={{ page: <Anchor href={routeHref({ name: 'archive' })} /> }}
            />
          </Text>
        ) : (
          <Stack gap="xs">
            <Text size="sm">
              <Trans
                t={t}
                i18nKey="publish.writes"
                values={{ folder }}
                components={{ folder: <Text span ff="monospace" size="xs" /> }}
              />
            </Text>
            <Checkbox
              label={t('publish.withComments')}
              checked={withComments}
              onChange={(event) => setWithComments(event.currentTarget.checked)}
            />
            <Button
              size="xs"
              loading={publish.isPending}
              onClick={() => publish.mutate({ incidentId, includeReviewComments: withComments })}
            >
              {t('publish.confirm')}
            </Button>
            {publish.isError && (
              <Text size="sm" c="red" role="alert">
                {errorMessage(publish.error)}.
              </Text>
            )}
            {publish.data && (
              <Text size="sm" role="status">
                {t('publish.publishedTo', { dir: publish.data.dir })}{' '}
                {publish.data.written.length === 0
                  ? t('publish.unchanged')
                  : t('publish.written', { count: publish.data.written.length })}{' '}
                <Trans
                  t={t}
                  i18nKey="publish.next"
                  components={{ page: <Anchor href={routeHref({ name: 'archive' })} /> }}
                />
              </Text>
            )}
          </Stack>
        )}
      </Popover.Dropdown>
    </Popover>
  )
}
