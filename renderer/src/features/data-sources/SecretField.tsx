import { Button, Group, Input, PasswordInput, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
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
  const { t } = useTranslation('dataSources')
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
            {clearing ? t('secret.removedOnSave') : t('secret.set')}
          </Text>
          {clearing ? (
            <Button
              size="compact-xs"
              variant="subtle"
              aria-label={t('secret.keepLabel', { name })}
              onClick={() => onChange({ ...secret, action: 'keep' })}
            >
              {t('secret.keep')}
            </Button>
          ) : (
            <Group gap={2} wrap="nowrap">
              <Button
                size="compact-xs"
                variant="subtle"
                aria-label={t('secret.replaceLabel', { name })}
                onClick={() => onChange({ ...secret, action: 'replace' })}
              >
                {t('secret.replace')}
              </Button>
              <Button
                size="compact-xs"
                variant="subtle"
                color="red"
                aria-label={t('secret.clearLabel', { name })}
                onClick={() => onChange({ ...secret, action: 'clear' })}
              >
                {t('secret.clear')}
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
      description={secret.isSet ? t('secret.keepStored') : t('secret.notSet')}
      value={secret.value}
      autoComplete="new-password"
      onChange={(event) =>
        onChange({ ...secret, action: 'replace', value: event.currentTarget.value })
      }
    />
  )
}
