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
    { value: '', label: services.isPending && sourceId ? 'Loading services…' : 'Choose a service' },
    ...(services.data?.services ?? []).map((name) => ({ value: name, label: name })),
  ]
  const operationOptions = [
    { value: '', label: 'All operations' },
    ...(operations.data?.operations ?? []).map(({ name }) => ({ value: name, label: name })),
  ]
  const presets = (Object.keys(RANGE_PRESETS) as RangePreset[]).filter(
    (preset) => preset !== 'incident' || incident !== null,
  )

  return (
    <form onSubmit={onSubmit} noValidate aria-label="Find traces">
      <Stack gap="sm">
        {services.isError && (
          <Alert color="red" variant="light" role="alert" title="Could not load the services">
            {errorMessage(services.error)}.{' '}
            <Button size="compact-xs" variant="default" onClick={() => void services.refetch()}>
              Retry
            </Button>
          </Alert>
        )}
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <NativeSelect
            label="Service"
            data={serviceOptions}
            value={draft.service}
            onChange={(event) => set({ service: event.currentTarget.value, operation: '' })}
            error={errors.service}
          />
          <NativeSelect
            label="Operation"
            data={operationOptions}
            value={draft.operation}
            onChange={(event) => set({ operation: event.currentTarget.value })}
            disabled={draft.service === ''}
          />
        </SimpleGrid>
        <TextInput
          label="Tags"
          description="key=value pairs separated by spaces, e.g. error=true http.status_code=500; quote values with spaces"
          placeholder="error=true http.status_code=500"
          value={draft.tags}
          onChange={(event) => set({ tags: event.currentTarget.value })}
          error={errors.tags}
        />
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
          <TextInput
            label="Min duration"
            placeholder="e.g. 100ms"
            value={draft.minDuration}
            onChange={(event) => set({ minDuration: event.currentTarget.value })}
            error={errors.minDuration}
          />
          <TextInput
            label="Max duration"
            placeholder="e.g. 2s"
            value={draft.maxDuration}
            onChange={(event) => set({ maxDuration: event.currentTarget.value })}
            error={errors.maxDuration}
          />
          <NumberInput
            label="Limit"
            min={1}
            max={MAX_SEARCH_LIMIT}
            value={draft.limit}
            onChange={(value) => set({ limit: value })}
            error={errors.limit}
          />
        </SimpleGrid>
        <NativeSelect
          label="Time range"
          data={presets.map((preset) => ({ value: preset, label: RANGE_PRESETS[preset] }))}
          value={draft.range}
          onChange={(event) => set({ range: event.currentTarget.value as RangePreset })}
        />
        {draft.range === 'custom' && (
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <DateTimeField
              label="From"
              field={draft.from}
              onChange={(from) => set({ from })}
              zone={zone}
              error={errors.startMs}
            />
            <DateTimeField
              label="To"
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
            Find traces
          </Button>
          {searching && (
            <Button variant="default" onClick={onCancel}>
              Cancel
            </Button>
          )}
        </Group>
      </Stack>
    </form>
  )
}
