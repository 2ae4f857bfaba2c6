import { Button, Group, Input, PasswordInput, Text } from '@mantine/core'
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
    const name = label.toLowerCase()
    return (
      <Input.Wrapper label={label}>
        <Group
          h={36}
          px="sm"
          gap={4}
          justify="space-between"
          wrap="nowrap"
          style={{
            border: '1px solid var(--mantine-color-default-border)',
            borderRadius: 'var(--mantine-radius-sm)',
          }}
        >
          <Text size="sm" c={clearing ? 'red' : 'dimmed'} truncate>
            {clearing ? 'Removed when you save' : '•••••••• set'}
          </Text>
          {clearing ? (
            <Button
              size="compact-xs"
              variant="subtle"
              aria-label={`Keep ${name}`}
              onClick={() => onChange({ ...secret, action: 'keep' })}
            >
              Keep
            </Button>
          ) : (
            <Group gap={2} wrap="nowrap">
              <Button
                size="compact-xs"
                variant="subtle"
                aria-label={`Replace ${name}`}
                onClick={() => onChange({ ...secret, action: 'replace' })}
              >
                Replace
              </Button>
              <Button
                size="compact-xs"
                variant="subtle"
                color="red"
                aria-label={`Clear ${name}`}
                onClick={() => onChange({ ...secret, action: 'clear' })}
              >
                Clear
              </Button>
            </Group>
          )}
        </Group>
      </Input.Wrapper>
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
