import { useState, type FormEvent } from 'react'
import { Button, Group, Paper, SimpleGrid, Text, TextInput } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { IncidentRoles } from '../../../../shared/domain/roles'
import { errorMessage, fieldErrorsFor } from '../../bridge'
import { parseServices } from '../incidents/new-incident-form'
import { useSetRoles } from './mutations'
import { useRoles } from './queries'

const ROLE_FIELDS = ['commander', 'scribe', 'communications', 'responders'] as const

/** Who does what, in one line; "Edit roles" opens the names for editing. */
export function RolesPanel({ incidentId }: { incidentId: string }) {
  const { t } = useTranslation('lifecycle')
  const roles = useRoles(incidentId)
  const [editing, setEditing] = useState(false)
  if (roles.isError) {
    return (
      <Text size="sm" c="red" role="alert">
        {t('roles.loadFailed', { reason: errorMessage(roles.error) })}{' '}
        <Button size="compact-xs" variant="subtle" onClick={() => void roles.refetch()}>
          {t('roles.retry')}
        </Button>
      </Text>
    )
  }
  if (!roles.data) return null
  if (editing) {
    return <RolesForm incidentId={incidentId} roles={roles.data} onDone={() => setEditing(false)} />
  }
  return (
    <Group gap="md" wrap="wrap" aria-label={t('roles.label')} role="group">
      {(['commander', 'scribe', 'communications'] as const).map((role) => (
        <RoleLine key={role} label={t(`roles.names.${role}`)} value={roles.data[role]} />
      ))}
      <RoleLine label={t('roles.names.responders')} value={roles.data.responders.join(', ')} />
      <Button size="compact-xs" variant="subtle" onClick={() => setEditing(true)}>
        {t('roles.edit')}
      </Button>
    </Group>
  )
}

function RoleLine({ label, value }: { label: string; value: string }) {
  const { t } = useTranslation('lifecycle')
  return (
    <Text size="sm" component="span">
      <Text component="span" c="dimmed" size="sm">
        {label}:
      </Text>{' '}
      {value ? (
        <Text component="span" fw={600} size="sm">
          {value}
        </Text>
      ) : (
        <Text component="span" c="dimmed" size="sm" fs="italic">
          {t('roles.unassigned')}
        </Text>
      )}
    </Text>
  )
}

interface RolesFormProps {
  incidentId: string
  roles: IncidentRoles
  onDone: () => void
}

function RolesForm({ incidentId, roles, onDone }: RolesFormProps) {
  const { t } = useTranslation('lifecycle')
  const save = useSetRoles(incidentId)
  const [draft, setDraft] = useState({ ...roles, responders: roles.responders.join(', ') })
  const errors = fieldErrorsFor(save.error, ROLE_FIELDS)
  const unplaced = save.isError && Object.keys(errors).length === 0

  function submit(event: FormEvent) {
    event.preventDefault()
    save.mutate({ ...draft, responders: parseServices(draft.responders) }, { onSuccess: onDone })
  }

  const field = (role: (typeof ROLE_FIELDS)[number], extra: { description?: string } = {}) => (
    <TextInput
      label={t(`roles.names.${role}`)}
      value={draft[role]}
      onChange={(event) => setDraft({ ...draft, [role]: event.currentTarget.value })}
      error={errors[role]}
      size="xs"
      {...extra}
    />
  )

  return (
    <Paper
      withBorder
      p="sm"
      component="form"
      onSubmit={submit}
      noValidate
      aria-label={t('roles.label')}
    >
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs" verticalSpacing="xs">
        {field('commander')}
        {field('scribe')}
        {field('communications')}
        {field('responders', { description: t('roles.respondersHelp') })}
      </SimpleGrid>
      {unplaced && (
        <Text size="xs" c="red" role="alert" mt="xs">
          {t('roles.saveFailed', { reason: errorMessage(save.error) })}
        </Text>
      )}
      <Group gap="xs" mt="sm">
        <Button type="submit" size="xs" loading={save.isPending}>
          {t('roles.save')}
        </Button>
        <Button size="xs" variant="default" onClick={onDone}>
          {t('cancel')}
        </Button>
      </Group>
    </Paper>
  )
}
