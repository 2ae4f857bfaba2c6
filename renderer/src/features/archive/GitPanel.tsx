import { useState } from 'react'
import { Button, Code, Group, Paper, Stack, Text, TextInput } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { ArchiveGitAction, GitResult } from '../../../../shared/contract/archive'
import { errorMessage } from '../../bridge'
import { gitOutputText } from './git-output'
import { useGit } from './queries'

const ACTIONS: readonly ArchiveGitAction[] = ['status', 'commit', 'pull', 'push']

/** What the backend commits with when the message is left empty (electron/backend/archive/git.ts). */
const DEFAULT_COMMIT_MESSAGE = 'Update incident archive (Firebreak)'

function Output({ result }: { result: GitResult }) {
  const { t } = useTranslation('archive')
  const ok = result.exitCode === 0 && !result.timedOut
  const text = gitOutputText(result)
  return (
    <Paper withBorder p="sm" role="log" aria-label={t('git.output')}>
      <Text size="xs" fw={600} c={ok ? 'teal' : 'red'}>
        $ {result.command} —{' '}
        {result.timedOut
          ? t('git.timedOut')
          : t('git.exitCode', { code: result.exitCode ?? t('git.noExitCode') })}
      </Text>
      <Code block mt={6} style={{ maxHeight: 260, overflow: 'auto', whiteSpace: 'pre-wrap' }}>
        {text || t('git.noOutput')}
      </Code>
    </Paper>
  )
}

/** Commit, pull and push the archive with the machine's own git and credentials. */
export function GitPanel({ disabled }: { disabled: boolean }) {
  const { t } = useTranslation('archive')
  const [message, setMessage] = useState('')
  const git = useGit()
  const running = git.isPending ? git.variables.action : null
  return (
    <Stack gap="sm">
      <TextInput
        label={t('git.message')}
        placeholder={DEFAULT_COMMIT_MESSAGE}
        value={message}
        onChange={(event) => setMessage(event.currentTarget.value)}
        maw={520}
        disabled={disabled}
      />
      <Group gap="xs">
        {ACTIONS.map((action) => (
          <Button
            key={action}
            variant={action === 'commit' ? 'filled' : 'default'}
            disabled={disabled || (git.isPending && running !== action)}
            loading={running === action}
            onClick={() => git.mutate({ action, message })}
          >
            {t(`git.${action}`)}
          </Button>
        ))}
      </Group>
      {git.isError && (
        <Text size="sm" c="red" role="alert">
          {errorMessage(git.error)}
        </Text>
      )}
      {git.data && <Output result={git.data} />}
    </Stack>
  )
}
