import { useState, type FormEvent } from 'react'
import {
  Alert,
  Button,
  Group,
  NativeSelect,
  NumberInput,
  SimpleGrid,
  Stack,
  TextInput,
} from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { MAX_SEARCH_LIMIT } from '../../../../../shared/contract/traces'
import { errorMessage } from '../../../bridge'
import { DateTimeField } from '../../../ui/DateTimeField'
import { useDisplayZone } from '../../settings/queries'
import { useTraceOperations, useTraceServices } from '../queries'
import { contextKey, useTraceSearchStore } from '../store'
import {
  emptyDraft,
  RANGE_PRESETS,
  readSearchDraft,
  type IncidentWindow,
  type RangePreset,
  type SearchDraft,
  type SearchField,
} from './search-draft'

interface SearchFormProps {
  incidentId: string | null
  incident: IncidentWindow | null
  sourceId: string | undefined
  searching: boolean
  onCancel: () => void
}

/** Jaeger's search, as in Jaeger UI: service, operation, tags, durations, time range, limit. */
export function SearchForm({
  incidentId,
  incident,
  sourceId,
  searching,
  onCancel,
}: SearchFormProps) {
  const { t } = useTranslation('traces')
  const context = contextKey(incidentId)
  const draft = useTraceSearchStore((state) => state.drafts[context]) ?? emptyDraft(incident)
  const update = useTraceSearchStore((state) => state.update)
  const submit = useTraceSearchStore((state) => state.submit)
  const zone = useDisplayZone()
  const [errors, setErrors] = useState<Partial<Record<SearchField, string>>>({})
  const services = useTraceServices(sourceId)
  const operations = useTraceOperations(sourceId, draft.service)
  const set = (patch: Partial<SearchDraft>) => update(context, incident, patch)

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const read = readSearchDraft(draft, { sourceId, incident, zone, now: Date.now() })
    if (!read.ok) {
      setErrors(read.errors)
      event.currentTarget.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus()
      return
    }
    setErrors({})
    submit(context, read.input)
  }

  const serviceOptions = [
    {
      value: '',
      label: services.isPending && sourceId ? t('form.loadingServices') : t('form.chooseService'),
    },
    ...(services.data?.services ?? []).map((name) => ({ value: name, label: name })),
  ]
  const operationOptions = [
    { value: '', label: t('form.allOperations') },
    ...(operations.data?.operations ?? []).map(({ name }) => ({ value: name, label: name })),
  ]
  const presets = RANGE_PRESETS.filter((preset) => preset !== 'incident' || incident !== null)

  return (
    <form onSubmit={onSubmit} noValidate aria-label={t('form.label')}>
      <Stack gap="sm">
        {services.isError && (
          <Alert color="red" variant="light" role="alert" title={t('form.servicesFailed')}>
            {errorMessage(services.error)}.{' '}
            <Button size="compact-xs" variant="default" onClick={() => void services.refetch()}>
              {t('form.retry')}
            </Button>
          </Alert>
        )}
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <NativeSelect
            label={t('form.service')}
            data={serviceOptions}
            value={draft.service}
            onChange={(event) => set({ service: event.currentTarget.value, operation: '' })}
            error={errors.service}
          />
          <NativeSelect
            label={t('form.operation')}
            data={operationOptions}
            value={draft.operation}
            onChange={(event) => set({ operation: event.currentTarget.value })}
            disabled={draft.service === ''}
          />
        </SimpleGrid>
        <TextInput
          label={t('form.tags')}
          description={t('form.tagsHelp')}
          placeholder={t('form.tagsPlaceholder')}
          value={draft.tags}
          onChange={(event) => set({ tags: event.currentTarget.value })}
          error={errors.tags}
        />
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
          <TextInput
            label={t('form.minDuration')}
            placeholder={t('form.minPlaceholder')}
            value={draft.minDuration}
            onChange={(event) => set({ minDuration: event.currentTarget.value })}
            error={errors.minDuration}
          />
          <TextInput
            label={t('form.maxDuration')}
            placeholder={t('form.maxPlaceholder')}
            value={draft.maxDuration}
            onChange={(event) => set({ maxDuration: event.currentTarget.value })}
            error={errors.maxDuration}
          />
          <NumberInput
            label={t('form.limit')}
            min={1}
            max={MAX_SEARCH_LIMIT}
            value={draft.limit}
            onChange={(value) => set({ limit: value })}
            error={errors.limit}
          />
        </SimpleGrid>
        <NativeSelect
          label={t('form.timeRange')}
          data={presets.map((preset) => ({ value: preset, label: t(`form.range.${preset}`) }))}
          value={draft.range}
          onChange={(event) => set({ range: event.currentTarget.value as RangePreset })}
        />
        {draft.range === 'custom' && (
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <DateTimeField
              label={t('form.from')}
              field={draft.from}
              onChange={(from) => set({ from })}
              zone={zone}
              error={errors.startMs}
            />
            <DateTimeField
              label={t('form.to')}
              field={draft.to}
              onChange={(to) => set({ to })}
              zone={zone}
              error={errors.endMs}
            />
          </SimpleGrid>
        )}
        {errors.sourceId && (
          <Alert color="red" variant="light" role="alert">
            {errors.sourceId}
          </Alert>
        )}
        <Group gap="xs">
          <Button type="submit" loading={searching}>
            {t('form.submit')}
          </Button>
          {searching && (
            <Button variant="default" onClick={onCancel}>
              {t('form.cancel')}
            </Button>
          )}
        </Group>
      </Stack>
    </form>
  )
}
