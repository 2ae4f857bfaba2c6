import { useState } from 'react'
import {
  Alert,
  Button,
  Group,
  NativeSelect,
  Paper,
  Stack,
  Textarea,
  TextInput,
} from '@mantine/core'
import type { SloRecord } from '../../../../shared/contract/slo'
import { errorMessage, fieldErrors } from '../../bridge'
import { useSaveSlo } from './queries'
import { checkSloDraft, draftFromSlo, emptySloDraft, type SloDraft } from './slo-draft'

const KINDS = [
  { value: 'latency', label: 'Latency: share of requests under a threshold (histogram)' },
  { value: 'availability', label: 'Availability: good events over all events' },
  { value: 'uptime', label: 'Uptime: share of time a target is up' },
]

interface SloFormProps {
  services: string[]
  slo?: SloRecord
  onDone: () => void
}

/** Defines one SLO of a service over a 30-day window. */
export function SloForm({ services, slo, onDone }: SloFormProps) {
  const [draft, setDraft] = useState(() =>
    slo ? draftFromSlo(slo.definition) : emptySloDraft(services[0] ?? ''),
  )
  const [errors, setErrors] = useState<Record<string, string>>({})
  const save = useSaveSlo()
  const update = (change: Partial<SloDraft>) => setDraft((current) => ({ ...current, ...change }))
  const submit = (event: React.FormEvent) => {
    event.preventDefault()
    const check = checkSloDraft(draft)
    if (!check.ok) return setErrors(check.errors)
    setErrors({})
    save.mutate(
      { ...(slo ? { id: slo.id } : {}), definition: check.definition },
      {
        onSuccess: onDone,
        onError: (error) =>
          setErrors(
            Object.fromEntries(
              Object.entries(fieldErrors(error)).map(([k, v]) => [k === 'definition' ? '_' : k, v]),
            ),
          ),
      },
    )
  }
  const field = (name: keyof SloDraft) => ({
    value: draft[name],
    error: errors[name],
    onChange: (
      event: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>,
    ) => update({ [name]: event.currentTarget.value }),
  })
  return (
    <Paper
      withBorder
      p="sm"
      component="form"
      onSubmit={submit}
      noValidate
      aria-label={slo ? 'Edit SLO' : 'New SLO'}
    >
      <Stack gap="xs">
        <NativeSelect label="Kind" data={KINDS} {...field('kind')} />
        <Group grow align="flex-start">
          <TextInput label="Service" withAsterisk {...field('service')} list="slo-services" />
          <TextInput label="Name" placeholder="Checkout latency" {...field('name')} />
          <TextInput
            label="Target (%)"
            withAsterisk
            {...field('targetPercent')}
            inputMode="decimal"
          />
        </Group>
        <datalist id="slo-services">
          {services.map((service) => (
            <option key={service} value={service} />
          ))}
        </datalist>
        {draft.kind === 'latency' && (
          <Group grow align="flex-start">
            <TextInput
              label="Histogram"
              description="Base name, without _bucket"
              {...field('histogram')}
            />
            <TextInput
              label="Label matchers"
              description='Without braces: service="api"'
              {...field('selector')}
            />
            <TextInput
              label="Threshold (seconds)"
              description="Must be one of the histogram's buckets"
              {...field('thresholdSeconds')}
              inputMode="decimal"
            />
          </Group>
        )}
        {draft.kind === 'availability' && (
          <>
            <Textarea
              label="Good events (PromQL)"
              description="Use $window for the range"
              autosize
              minRows={1}
              ff="monospace"
              {...field('goodQuery')}
            />
            <Textarea
              label="All events (PromQL)"
              autosize
              minRows={1}
              ff="monospace"
              {...field('totalQuery')}
            />
          </>
        )}
        {draft.kind === 'uptime' && (
          <TextInput
            label="Up series"
            description='0/1 samples, e.g. up{job="api"}'
            {...field('upSelector')}
          />
        )}
        {(errors._ || save.isError) && (
          <Alert color="red" variant="light" p="xs" role="alert">
            Could not save the SLO: {errors._ ?? errorMessage(save.error)}.
          </Alert>
        )}
        <Group justify="flex-end" gap="xs">
          <Button variant="default" size="xs" onClick={onDone}>
            Cancel
          </Button>
          <Button type="submit" size="xs" loading={save.isPending}>
            Save SLO
          </Button>
        </Group>
      </Stack>
    </Paper>
  )
}
