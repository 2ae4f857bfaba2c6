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
import { useTranslation } from 'react-i18next'
import type { SloRecord } from '../../../../shared/contract/slo'
import { errorMessage, fieldErrors } from '../../bridge'
import { useSaveSlo } from './queries'
import { checkSloDraft, draftFromSlo, emptySloDraft, type SloDraft } from './slo-draft'

const KINDS = ['latency', 'availability', 'uptime'] as const

interface SloFormProps {
  services: string[]
  slo?: SloRecord
  onDone: () => void
}

/** Defines one SLO of a service over a 30-day window. */
export function SloForm({ services, slo, onDone }: SloFormProps) {
  const { t } = useTranslation('slo')
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
      aria-label={slo ? t('form.editLabel') : t('form.newLabel')}
    >
      <Stack gap="xs">
        <NativeSelect
          label={t('form.kind')}
          data={KINDS.map((kind) => ({ value: kind, label: t(`form.kinds.${kind}`) }))}
          {...field('kind')}
        />
        <Group grow align="flex-start">
          <TextInput
            label={t('form.service')}
            withAsterisk
            {...field('service')}
            list="slo-services"
          />
          <TextInput
            label={t('form.name')}
            placeholder={t('form.namePlaceholder')}
            {...field('name')}
          />
          <TextInput
            label={t('form.target')}
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
              label={t('form.histogram')}
              description={t('form.histogramHelp')}
              {...field('histogram')}
            />
            <TextInput
              label={t('form.selector')}
              description={t('form.selectorHelp')}
              {...field('selector')}
            />
            <TextInput
              label={t('form.threshold')}
              description={t('form.thresholdHelp')}
              {...field('thresholdSeconds')}
              inputMode="decimal"
            />
          </Group>
        )}
        {draft.kind === 'availability' && (
          <>
            <Textarea
              label={t('form.good')}
              description={t('form.goodHelp')}
              autosize
              minRows={1}
              ff="monospace"
              {...field('goodQuery')}
            />
            <Textarea
              label={t('form.total')}
              autosize
              minRows={1}
              ff="monospace"
              {...field('totalQuery')}
            />
          </>
        )}
        {draft.kind === 'uptime' && (
          <TextInput label={t('form.up')} description={t('form.upHelp')} {...field('upSelector')} />
        )}
        {(errors._ || save.isError) && (
          <Alert color="red" variant="light" p="xs" role="alert">
            {t('form.saveFailed', { reason: errors._ ?? errorMessage(save.error) })}
          </Alert>
        )}
        <Group justify="flex-end" gap="xs">
          <Button variant="default" size="xs" onClick={onDone}>
            {t('form.cancel')}
          </Button>
          <Button type="submit" size="xs" loading={save.isPending}>
            {t('form.save')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  )
}
