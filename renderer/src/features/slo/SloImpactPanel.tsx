import { useState } from 'react'
import { Alert, Button, Group, Stack, Text } from '@mantine/core'
import type { SloRecord } from '../../../../shared/contract/slo'
import type { Incident } from '../../../../shared/domain/incident'
import { errorMessage } from '../../bridge'
import { Loading } from '../../ui/states'
import { useChosenSource } from '../data-sources/source-store'
import { useDisplayZone } from '../settings/queries'
import { useDeleteSlo, useSloEvaluation, useSlos } from './queries'
import { SloCard } from './SloCard'
import { SloForm } from './SloForm'

/** The incident's impact in SLO terms: for each SLO of its services, what it burned. */
export function SloImpactPanel({ incident }: { incident: Incident }) {
  const zone = useDisplayZone()
  const { source } = useChosenSource('prometheus')
  const slos = useSlos()
  const evaluation = useSloEvaluation(source?.id ?? null, incident.id, null)
  const remove = useDeleteSlo()
  const [editing, setEditing] = useState<SloRecord | 'new' | null>(null)
  const ours = (slos.data ?? []).filter((slo) => incident.services.includes(slo.definition.service))
  return (
    <Stack gap="sm">
      <Group justify="space-between">
        <Text size="sm" c="dimmed" maw={560}>
          Error budget burned over the incident ({incident.services.join(', ') || 'no services set'}
          ), burn rates over 5 m to 6 h and the SRE workbook&apos;s multiwindow alerts.
        </Text>
        <Group gap="xs">
          <Button
            size="xs"
            variant="default"
            onClick={() => void evaluation.refetch()}
            disabled={!source || ours.length === 0}
            loading={evaluation.isFetching}
          >
            Refresh
          </Button>
          <Button
            size="xs"
            variant="light"
            onClick={() => setEditing('new')}
            disabled={editing === 'new'}
          >
            Add SLO
          </Button>
        </Group>
      </Group>
      {editing !== null && (
        <SloForm
          key={editing === 'new' ? 'new' : editing.id}
          services={incident.services}
          slo={editing === 'new' ? undefined : editing}
          onDone={() => setEditing(null)}
        />
      )}
      {slos.isSuccess && ours.length === 0 && editing === null && (
        <Text size="sm">
          No SLO is defined for{' '}
          {incident.services.length > 0
            ? incident.services.join(' or ')
            : 'this incident’s services'}{' '}
          yet. Add one to see how much error budget the incident consumed.
        </Text>
      )}
      {ours.length > 0 && !source && (
        <Text size="sm" c="dimmed">
          Add a Prometheus data source to compute the SLOs.
        </Text>
      )}
      {ours.length > 0 && evaluation.isPending && source && <Loading label="Computing SLOs…" />}
      {evaluation.isError && (
        <Alert color="red" variant="light" role="alert" title="Could not compute the SLOs">
          {errorMessage(evaluation.error)}.
        </Alert>
      )}
      {remove.isError && (
        <Text size="sm" c="red">
          {errorMessage(remove.error)}.
        </Text>
      )}
      {(evaluation.data ?? []).map((result) => (
        <SloCard
          key={result.slo.id}
          evaluation={result}
          zone={zone}
          onEdit={() => setEditing(result.slo)}
          onDelete={() => remove.mutate(result.slo.id)}
        />
      ))}
    </Stack>
  )
}
