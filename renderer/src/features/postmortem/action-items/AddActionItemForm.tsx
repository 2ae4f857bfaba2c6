import { useRef, useState, type FormEvent } from 'react'
import { Button, Group, NativeSelect, Text, TextInput } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { actionItemFieldsSchema } from '../../../../../shared/domain/postmortem/model'
import { errorMessage, fieldErrors } from '../../../bridge'
import { wordedFieldErrors } from '../../../i18n/messages'
import { useAddActionItem } from '../mutations'
import { isItemType, isPriority, PRIORITY_OPTIONS, typeOptions } from './options'

const EMPTY_FORM = { title: '', owner: '', dueDate: '', priority: 'P2', type: 'prevent' }
type FormValues = typeof EMPTY_FORM

/** Checked here first (the same rules as the backend), so a missing title is said at once. */
const checkedFields = actionItemFieldsSchema.pick({ title: true, owner: true, dueDate: true })

/** The new-item form's state: values, messages beside fields, and submit. */
function useNewActionItem(incidentId: string) {
  const { t } = useTranslation('postmortem')
  const add = useAddActionItem(incidentId)
  const [form, setForm] = useState<FormValues>(EMPTY_FORM)
  const [errors, setErrors] = useState<Record<string, string>>({})
  const titleRef = useRef<HTMLInputElement>(null)
  const set = (key: keyof FormValues) => (value: string) =>
    setForm((current) => ({ ...current, [key]: value }))

  function submit(event: FormEvent) {
    event.preventDefault()
    const { priority, type } = form
    if (!isPriority(priority) || !isItemType(type)) return
    const fields = { ...form, dueDate: form.dueDate || null, priority, type }
    const checked = checkedFields.safeParse(fields)
    if (!checked.success) {
      setErrors(wordedFieldErrors(checked.error.issues))
      titleRef.current?.focus()
      return
    }
    setErrors({})
    add.mutate(fields, {
      onSuccess: () => {
        setForm(EMPTY_FORM)
        // Ready for the next one: action items often come several at a time.
        titleRef.current?.focus()
      },
      onError: (error) => setErrors(fieldErrors(error)),
    })
  }

  const unplaced = add.isError && Object.keys(fieldErrors(add.error)).length === 0
  const failure = unplaced
    ? t('actionItems.form.notAdded', { reason: errorMessage(add.error) })
    : null
  return { form, set, errors, submit, titleRef, pending: add.isPending, failure }
}

export function AddActionItemForm({ incidentId }: { incidentId: string }) {
  const { t } = useTranslation('postmortem')
  const { form, set, errors, submit, titleRef, pending, failure } = useNewActionItem(incidentId)
  return (
    <form onSubmit={submit} noValidate aria-label={t('actionItems.form.label')}>
      <Group align="flex-start" gap="xs" wrap="wrap">
        <TextInput
          ref={titleRef}
          label={t('actionItems.form.title')}
          placeholder={t('actionItems.form.titlePlaceholder')}
          value={form.title}
          onChange={(event) => set('title')(event.currentTarget.value)}
          error={errors.title}
          style={{ flex: '1 1 260px' }}
        />
        <TextInput
          label={t('actionItems.owner')}
          value={form.owner}
          onChange={(event) => set('owner')(event.currentTarget.value)}
          error={errors.owner}
          w={140}
        />
        <TextInput
          type="date"
          label={t('actionItems.form.dueDate')}
          value={form.dueDate}
          onChange={(event) => set('dueDate')(event.currentTarget.value)}
          error={errors.dueDate}
          w={150}
        />
        <NativeSelect
          label={t('actionItems.priority')}
          data={PRIORITY_OPTIONS}
          value={form.priority}
          onChange={(event) => set('priority')(event.currentTarget.value)}
          w={80}
        />
        <NativeSelect
          label={t('actionItems.type')}
          data={typeOptions(t)}
          value={form.type}
          onChange={(event) => set('type')(event.currentTarget.value)}
          w={110}
        />
        <Button type="submit" mt={25} loading={pending}>
          {t('actionItems.form.add')}
        </Button>
      </Group>
      {failure && (
        <Text size="sm" c="red" role="alert" mt={4}>
          {failure}
        </Text>
      )}
    </form>
  )
}
