import { useState, type ChangeEvent } from 'react'
import { Button, Group, NativeSelect, Paper, Text, TextInput } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { ActionItem } from '../../../../../shared/domain/postmortem/model'
import { errorMessage } from '../../../bridge'
import { useDeleteActionItem } from '../mutations'
import { useIncidentSaveState, type SaveFailure } from '../save-store'
import { useActionItem } from '../use-autosave'
import classes from './ActionItems.module.css'
import {
  isItemStatus,
  isItemType,
  isPriority,
  PRIORITY_OPTIONS,
  statusOptions,
  typeOptions,
} from './options'

interface ActionItemCardProps {
  incidentId: string
  item: ActionItem
  number: number
  editable: boolean
}

/** One action item, every field edited in place and autosaved like the sections. */
export function ActionItemCard({ incidentId, item: saved, number, editable }: ActionItemCardProps) {
  const { t } = useTranslation('postmortem')
  const [item, edit] = useActionItem(incidentId, saved)
  const failure = useIncidentSaveState(incidentId).failures[`item:${saved.id}`]
  const name = t('actionItems.name', { number })
  return (
    <Paper
      component="li"
      withBorder
      p="xs"
      radius="sm"
      className={classes.card}
      aria-label={t('actionItems.itemLabel', { number })}
    >
      <Group gap="xs" align="flex-start" wrap="nowrap">
        <Text size="sm" c="dimmed" fw={600} mt={6} w={18} ta="right">
          {number}
        </Text>
        <div className={classes.fields}>
          <TextFields item={item} name={name} readOnly={!editable} edit={edit} failure={failure} />
        </div>
        {editable && <DeleteButton incidentId={incidentId} id={saved.id} name={name} />}
      </Group>
    </Paper>
  )
}

interface FieldsProps {
  item: ActionItem
  name: string
  readOnly: boolean
  edit: ReturnType<typeof useActionItem>[1]
}

/** Every field of the item; a refused save shows beside the field it names. */
function TextFields({
  item,
  name,
  readOnly,
  edit,
  failure,
}: FieldsProps & { failure?: SaveFailure }) {
  const { t } = useTranslation('postmortem')
  const errors = failure?.fields ?? {}
  // A refusal about the item as a whole (not one field) shows on its title.
  const itemMessage = failure && Object.keys(errors).length === 0 ? failure.message : undefined
  const text = (field: 'title' | 'owner' | 'ticketUrl') => ({
    value: item[field],
    onChange: (event: ChangeEvent<HTMLInputElement>) =>
      edit({ [field]: event.currentTarget.value }),
    error: errors[field],
    readOnly,
    size: 'xs' as const,
  })
  return (
    <>
      <TextInput
        className={classes.title}
        aria-label={t('actionItems.titleOf', { name })}
        {...text('title')}
        error={errors.title ?? itemMessage}
      />
      <TextInput
        label={t('actionItems.owner')}
        aria-label={t('actionItems.ownerOf', { name })}
        placeholder={t('actionItems.ownerPlaceholder')}
        {...text('owner')}
      />
      <TextInput
        type="date"
        label={t('actionItems.due')}
        aria-label={t('actionItems.dueOf', { name })}
        value={item.dueDate ?? ''}
        onChange={(event) => edit({ dueDate: event.currentTarget.value || null })}
        error={errors.dueDate}
        readOnly={readOnly}
        size="xs"
      />
      <ChoiceFields item={item} name={name} readOnly={readOnly} edit={edit} />
      <TextInput
        className={classes.ticket}
        type="url"
        label={t('actionItems.ticket')}
        aria-label={t('actionItems.ticketOf', { name })}
        placeholder={t('actionItems.ticketPlaceholder')}
        {...text('ticketUrl')}
      />
    </>
  )
}

function ChoiceFields({ item, name, readOnly, edit }: FieldsProps) {
  const { t } = useTranslation('postmortem')
  return (
    <>
      <NativeSelect
        label={t('actionItems.priority')}
        aria-label={t('actionItems.priorityOf', { name })}
        data={PRIORITY_OPTIONS}
        value={item.priority}
        onChange={(event) => {
          const value = event.currentTarget.value
          if (isPriority(value)) edit({ priority: value })
        }}
        disabled={readOnly}
        size="xs"
      />
      <NativeSelect
        label={t('actionItems.type')}
        aria-label={t('actionItems.typeOf', { name })}
        data={typeOptions(t)}
        value={item.type}
        onChange={(event) => {
          const value = event.currentTarget.value
          if (isItemType(value)) edit({ type: value })
        }}
        disabled={readOnly}
        size="xs"
      />
      <NativeSelect
        label={t('actionItems.status')}
        aria-label={t('actionItems.statusOf', { name })}
        data={statusOptions(t)}
        value={item.status}
        onChange={(event) => {
          const value = event.currentTarget.value
          if (isItemStatus(value)) edit({ status: value })
        }}
        disabled={readOnly}
        size="xs"
      />
    </>
  )
}

function DeleteButton({ incidentId, id, name }: { incidentId: string; id: string; name: string }) {
  const { t } = useTranslation('postmortem')
  const remove = useDeleteActionItem(incidentId)
  const [asking, setAsking] = useState(false)
  if (remove.isError) {
    return (
      <Text size="xs" c="red" role="alert" maw={120}>
        {errorMessage(remove.error)}
      </Text>
    )
  }
  if (!asking) {
    return (
      <Button
        size="compact-xs"
        variant="subtle"
        color="red"
        onClick={() => setAsking(true)}
        aria-label={t('actionItems.deleteLabel', { name })}
      >
        {t('actionItems.delete')}
      </Button>
    )
  }
  return (
    <Group gap={4} wrap="nowrap">
      <Button
        size="compact-xs"
        color="red"
        loading={remove.isPending}
        onClick={() => remove.mutate(id)}
        aria-label={t('actionItems.confirmDeleteLabel', { name })}
      >
        {t('actionItems.delete')}
      </Button>
      <Button size="compact-xs" variant="default" onClick={() => setAsking(false)}>
        {t('actionItems.keep')}
      </Button>
    </Group>
  )
}
