import { useRef, useState, type FormEvent } from 'react'
import { Button, Group, NativeSelect, Text, TextInput } from '@mantine/core'
import { actionItemFieldsSchema } from '../../../../../shared/domain/postmortem/model'
import { errorMessage, fieldErrors } from '../../../bridge'
import type { EditorContext } from '../editors/context'
import { SectionFrame } from '../editors/SectionFrame'
import { useAddActionItem } from '../mutations'
import { ActionItemCard } from './ActionItemCard'
import classes from './ActionItems.module.css'
import { isItemType, isPriority, PRIORITY_OPTIONS, TYPE_OPTIONS } from './options'

export function ActionItemsSection({ ctx }: { ctx: EditorContext }) {
  const { view, editable } = ctx
  const incidentId = ctx.incident.id
  const items = view.actionItems
  return (
    <SectionFrame
      part="actionItems"
      incidentId={incidentId}
      empty={items.length === 0}
      editable={editable}
    >
      {items.length === 0 ? (
        <Text size="sm" c="dimmed">
          No action items yet. Each one needs an owner and a due date to get done.
        </Text>
      ) : (
        <ol className={classes.list} aria-label="Action items">
          {items.map((item, index) => (
            <ActionItemCard
              key={item.id}
              incidentId={incidentId}
              item={item}
              number={index + 1}
              editable={editable}
            />
          ))}
        </ol>
      )}
      {editable && <AddActionItemForm incidentId={incidentId} />}
    </SectionFrame>
  )
}

const EMPTY_FORM = { title: '', owner: '', dueDate: '', priority: 'P2', type: 'prevent' } as const

function AddActionItemForm({ incidentId }: { incidentId: string }) {
  const add = useAddActionItem(incidentId)
  const [form, setForm] = useState<Record<keyof typeof EMPTY_FORM, string>>({ ...EMPTY_FORM })
  const [errors, setErrors] = useState<Record<string, string>>({})
  const titleRef = useRef<HTMLInputElement>(null)
  const set = (key: keyof typeof EMPTY_FORM) => (value: string) =>
    setForm((current) => ({ ...current, [key]: value }))

  function submit(event: FormEvent) {
    event.preventDefault()
    const { priority, type } = form
    if (!isPriority(priority) || !isItemType(type)) return
    const fields = {
      title: form.title,
      owner: form.owner,
      dueDate: form.dueDate || null,
      priority,
      type,
    }
    const checked = actionItemFieldsSchema
      .pick({ title: true, owner: true, dueDate: true })
      .safeParse(fields)
    if (!checked.success) {
      setErrors(Object.fromEntries(checked.error.issues.map((i) => [String(i.path[0]), i.message])))
      titleRef.current?.focus()
      return
    }
    setErrors({})
    add.mutate(fields, {
      onSuccess: () => {
        setForm({ ...EMPTY_FORM })
        titleRef.current?.focus()
      },
      onError: (error) => setErrors(fieldErrors(error)),
    })
  }

  const unplaced = add.isError && Object.keys(fieldErrors(add.error)).length === 0
  return (
    <form onSubmit={submit} noValidate aria-label="New action item">
      <Group align="flex-start" gap="xs" wrap="wrap">
        <TextInput
          ref={titleRef}
          label="New action item"
          placeholder="e.g. Alert on replica lag above 30 s"
          value={form.title}
          onChange={(event) => set('title')(event.currentTarget.value)}
          error={errors.title}
          style={{ flex: '1 1 260px' }}
        />
        <TextInput
          label="Owner"
          value={form.owner}
          onChange={(event) => set('owner')(event.currentTarget.value)}
          error={errors.owner}
          w={140}
        />
        <TextInput
          type="date"
          label="Due date"
          value={form.dueDate}
          onChange={(event) => set('dueDate')(event.currentTarget.value)}
          error={errors.dueDate}
          w={150}
        />
        <NativeSelect
          label="Priority"
          data={PRIORITY_OPTIONS}
          value={form.priority}
          onChange={(event) => set('priority')(event.currentTarget.value)}
          w={80}
        />
        <NativeSelect
          label="Type"
          data={TYPE_OPTIONS}
          value={form.type}
          onChange={(event) => set('type')(event.currentTarget.value)}
          w={110}
        />
        <Button type="submit" mt={25} loading={add.isPending}>
          Add action item
        </Button>
      </Group>
      {unplaced && (
        <Text size="sm" c="red" role="alert" mt={4}>
          {errorMessage(add.error)}. The action item was not added.
        </Text>
      )}
    </form>
  )
}
