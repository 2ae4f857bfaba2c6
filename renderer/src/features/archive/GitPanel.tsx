import { useState } from 'react'
import { Button, Code, Group, Paper, Stack, Text, TextInput } from '@mantine/core'
import type { ArchiveGitAction, GitResult } from '../../../../shared/contract/archive'
import { errorMessage } from '../../bridge'
import { useGit } from './queries'

const ACTIONS: { action: ArchiveGitAction; label: string }[] = [
  { action: 'status', label: 'Git status' },
  { action: 'commit', label: 'Commit' },
  { action: 'pull', label: 'Pull' },
  { action: 'push', label: 'Push' },
]

function Output({ result }: { result: GitResult }) {
  const ok = result.exitCode === 0 && !result.timedOut
  const text = [result.stdout, result.stderr].filter((part) => part.trim()).join('\n')
  return (
    <Paper withBorder p="sm" role="log" aria-label="Git output">
      <Text size="xs" fw={600} c={ok ? 'teal' : 'red'}>
        $ {result.command} —{' '}
        {result.timedOut ? 'stopped: it took too long' : `exit code ${result.exitCode ?? 'none'}`}
      </Text>
      <Code block mt={6} style={{ maxHeight: 260, overflow: 'auto', whiteSpace: 'pre-wrap' }}>
        {text || '(no output)'}
      </Code>
    </Paper>
  )
}

/** Commit, pull and push the archive with the machine's own git and credentials. */
export function GitPanel({ disabled }: { disabled: boolean }) {
  const [message, setMessage] = useState('')
  const git = useGit()
  const running = git.isPending ? git.variables.action : null
  return (
    <Stack gap="sm">
      <TextInput
        label="Commit message"
        placeholder="Update incident archive (Firebreak)"
        value={message}
        onChange={(event) => setMessage(event.currentTarget.value)}
        maw={520}
        disabled={disabled}
      />
      <Group gap="xs">
        {ACTIONS.map(({ action, label }) => (
          <Button
            key={action}
            variant={action === 'commit' ? 'filled' : 'default'}
            disabled={disabled || (git.isPending && running !== action)}
            loading={running === action}
            onClick={() => git.mutate({ action, message })}
          >
            {label}
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
