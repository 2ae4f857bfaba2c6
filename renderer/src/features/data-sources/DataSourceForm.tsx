import { useState } from 'react'
import {
  ActionIcon,
  Alert,
  Button,
  Group,
  Input,
  NativeSelect,
  Paper,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { DataSourceView } from '../../../../shared/contract/datasources'
import { errorMessage } from '../../bridge'
import { useCheckedSubmit } from '../../ui/useCheckedSubmit'
import { useSaveDataSource } from './queries'
import { SecretField } from './SecretField'
import {
  checkSourceDraft,
  draftFromSource,
  emptySourceDraft,
  newSecret,
  SOURCE_FIELDS,
  type HeaderDraft,
  type SourceDraft,
} from './source-draft'

const KINDS = ['prometheus', 'alertmanager', 'jaeger'] as const
const AUTH_TYPES = ['none', 'basic', 'bearer'] as const
const URL_HINTS: Record<SourceDraft['kind'], string> = {
  prometheus: 'http://prometheus:9090',
  alertmanager: 'http://alertmanager:9093',
  jaeger: 'http://jaeger-query:16686',
}

interface DataSourceFormProps {
  source?: DataSourceView
  onDone: (saved: DataSourceView | null) => void
}

export function DataSourceForm({ source, onDone }: DataSourceFormProps) {
  const { t } = useTranslation('dataSources')
  const [draft, setDraft] = useState(() => (source ? draftFromSource(source) : emptySourceDraft()))
  const save = useSaveDataSource()
  const update = (change: Partial<SourceDraft>) =>
    setDraft((current) => ({ ...current, ...change }))
  const { errors, failure, sending, submit } = useCheckedSubmit({
    fields: SOURCE_FIELDS,
    check: () => checkSourceDraft(draft),
    send: save.mutateAsync,
    onSent: (saved: DataSourceView) => onDone(saved),
  })
  const setHeader = (index: number, change: Partial<HeaderDraft>) =>
    update({ headers: draft.headers.map((h, at) => (at === index ? { ...h, ...change } : h)) })

  return (
    <Paper
      withBorder
      p="md"
      component="form"
      onSubmit={submit}
      noValidate
      aria-label={source ? t('form.edit', { name: source.name }) : t('form.new')}
    >
      <Stack gap="sm">
        <Title order={2} size="h4">
          {source ? t('form.edit', { name: source.name }) : t('form.new')}
        </Title>
        <NativeSelect
          label={t('form.kind')}
          data={KINDS.map((kind) => ({ value: kind, label: t(`form.kindOption.${kind}`) }))}
          value={draft.kind}
          error={errors.kind}
          onChange={(e) => update({ kind: e.currentTarget.value as SourceDraft['kind'] })}
        />
        <TextInput
          label={t('form.name')}
          placeholder={t('form.namePlaceholder')}
          withAsterisk
          value={draft.name}
          error={errors.name}
          onChange={(e) => update({ name: e.currentTarget.value })}
          data-autofocus
        />
        <TextInput
          label={t('form.url')}
          placeholder={URL_HINTS[draft.kind]}
          description={t('form.urlDescription')}
          withAsterisk
          value={draft.url}
          error={errors.url}
          onChange={(e) => update({ url: e.currentTarget.value })}
        />
        <NativeSelect
          label={t('form.auth')}
          data={AUTH_TYPES.map((type) => ({ value: type, label: t(`form.authOption.${type}`) }))}
          value={draft.authType}
          error={errors.auth}
          onChange={(e) => update({ authType: e.currentTarget.value as SourceDraft['authType'] })}
        />
        {draft.authType === 'basic' && (
          <Group grow align="flex-start">
            <TextInput
              label={t('form.username')}
              value={draft.username}
              onChange={(e) => update({ username: e.currentTarget.value })}
            />
            <SecretField
              label={t('form.password')}
              secret={draft.password}
              onChange={(password) => update({ password })}
            />
          </Group>
        )}
        {draft.authType === 'bearer' && (
          <SecretField
            label={t('form.token')}
            secret={draft.token}
            onChange={(token) => update({ token })}
          />
        )}
        <HeaderRows
          headers={draft.headers}
          error={errors.headers}
          onChange={setHeader}
          onAdd={() => update({ headers: [...draft.headers, { name: '', value: newSecret() }] })}
          onRemove={(index) => update({ headers: draft.headers.filter((_, at) => at !== index) })}
        />
        <TextInput
          label={t('form.timeout')}
          w={180}
          inputMode="decimal"
          value={draft.timeoutSeconds}
          error={errors.timeoutMs}
          onChange={(e) => update({ timeoutSeconds: e.currentTarget.value })}
        />
        {failure !== null && (
          <Alert color="red" variant="light" role="alert">
            {t('form.saveFailed', { reason: errorMessage(failure) })}
          </Alert>
        )}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={() => onDone(null)}>
            {t('form.cancel')}
          </Button>
          <Button type="submit" loading={sending}>
            {t('form.save')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  )
}

interface HeaderRowsProps {
  headers: HeaderDraft[]
  error?: string
  onChange: (index: number, change: Partial<HeaderDraft>) => void
  onAdd: () => void
  onRemove: (index: number) => void
}

function HeaderRows({ headers, error, onChange, onAdd, onRemove }: HeaderRowsProps) {
  const { t } = useTranslation('dataSources')
  return (
    <Stack gap={4}>
      <Input.Label>{t('headers.label')}</Input.Label>
      <Text size="xs" c="dimmed">
        {t('headers.help')}
      </Text>
      {headers.map((header, index) => (
        <Group key={index} align="flex-end" gap="xs" wrap="nowrap">
          <TextInput
            label={t('headers.name')}
            placeholder="X-Scope-OrgID"
            value={header.name}
            onChange={(e) => onChange(index, { name: e.currentTarget.value })}
            style={{ flex: 1 }}
          />
          <div style={{ flex: 1 }}>
            <SecretField
              label={t('headers.value')}
              secret={header.value}
              onChange={(value) => onChange(index, { value })}
            />
          </div>
          <ActionIcon
            variant="subtle"
            color="red"
            size="lg"
            aria-label={t('headers.remove', { name: header.name || index + 1 })}
            onClick={() => onRemove(index)}
          >
            ✕
          </ActionIcon>
        </Group>
      ))}
      {error && (
        <Text size="xs" c="red" role="alert">
          {error}
        </Text>
      )}
      <Group>
        <Button size="compact-sm" variant="subtle" onClick={onAdd}>
          {t('headers.add')}
        </Button>
      </Group>
    </Stack>
  )
}
