import { Button, Group, PasswordInput, Stack, Text } from '@mantine/core'
import type { SecretDraft } from './source-draft'

interface SecretFieldProps {
  label: string
  secret: SecretDraft
  onChange: (secret: SecretDraft) => void
}

/**
 * A write-only secret: the stored value never comes back to the UI, so the field says whether one
 * is set and offers to replace or clear it.
 */
export function SecretField({ label, secret, onChange }: SecretFieldProps) {
  if (secret.isSet && secret.action !== 'replace') {
    const clearing = secret.action === 'clear'
    return (
      <Stack gap={2}>
        <Text size="sm" fw={500}>
          {label}
        </Text>
        <Group gap="xs">
          <Text size="sm" c={clearing ? 'red' : 'dimmed'}>
            {clearing ? 'Will be removed when you save' : 'Set (hidden)'}
          </Text>
          {clearing ? (
            <Button
              size="compact-xs"
              variant="subtle"
              onClick={() => onChange({ ...secret, action: 'keep' })}
            >
              Keep {label.toLowerCase()}
            </Button>
          ) : (
            <>
              <Button
                size="compact-xs"
                variant="subtle"
                onClick={() => onChange({ ...secret, action: 'replace' })}
              >
                Replace {label.toLowerCase()}
              </Button>
              <Button
                size="compact-xs"
                variant="subtle"
                color="red"
                onClick={() => onChange({ ...secret, action: 'clear' })}
              >
                Clear {label.toLowerCase()}
              </Button>
            </>
          )}
        </Group>
      </Stack>
    )
  }
  return (
    <PasswordInput
      label={label}
      description={secret.isSet ? 'Leave empty to keep the stored value.' : 'Not set.'}
      value={secret.value}
      autoComplete="new-password"
      onChange={(event) =>
        onChange({ ...secret, action: 'replace', value: event.currentTarget.value })
      }
    />
  )
}
