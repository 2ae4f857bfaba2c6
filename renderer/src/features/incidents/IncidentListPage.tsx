import { useState } from 'react'
import { Anchor, Button, Group, Stack, Table, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { IncidentListItem } from '../../../../shared/contract/incidents'
import { navigate, routeHref } from '../../app/router'
import { PageTitle } from '../../app/PageTitle'
import { useBundleImport } from '../bundles/BundleImport'
import { formatAge } from '../../ui/duration'
import { Loading, QueryError } from '../../ui/states'
import { TimeText } from '../../ui/TimeText'
import type { DisplayZone } from '../../ui/time'
import { useNow } from '../../ui/useNow'
import { useDisplayZone } from '../settings/queries'
import { SampleBadge } from '../welcome/SampleBadge'
import { WelcomePanel } from '../welcome/WelcomePanel'
import { SeverityBadge, StatusBadge } from './badges'
import { NewIncidentDialog } from './NewIncidentDialog'
import { useIncidentList } from './queries'

export function IncidentListPage() {
  const { t } = useTranslation('incidents')
  const [dialogOpen, setDialogOpen] = useState(false)
  const incidents = useIncidentList()
  const openDialog = () => setDialogOpen(true)
  const bundleImport = useBundleImport('sm')

  return (
    <Stack gap="md">
      <Group justify="space-between" align="center">
        <PageTitle>{t('list.title')}</PageTitle>
        <Group gap="xs">
          {bundleImport.button}
          <Button onClick={openDialog}>{t('list.newIncident')}</Button>
        </Group>
      </Group>
      {bundleImport.result}
      {incidents.isPending ? (
        <Loading label={t('list.loading')} />
      ) : incidents.isError ? (
        <QueryError
          what={t('list.what')}
          error={incidents.error}
          onRetry={() => void incidents.refetch()}
        />
      ) : incidents.data.length === 0 ? (
        <WelcomePanel onDeclare={openDialog} />
      ) : (
        <IncidentTable incidents={incidents.data} />
      )}
      <NewIncidentDialog opened={dialogOpen} onClose={() => setDialogOpen(false)} />
    </Stack>
  )
}

function IncidentTable({ incidents }: { incidents: IncidentListItem[] }) {
  const { t } = useTranslation('incidents')
  const zone = useDisplayZone()
  // Ages are coarse (minutes), so a slow tick is plenty.
  const now = useNow(15_000)
  return (
    <Table highlightOnHover verticalSpacing="xs" aria-label={t('list.tableLabel')}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th w={80}>{t('list.severity')}</Table.Th>
          <Table.Th>{t('list.incident')}</Table.Th>
          <Table.Th w={130}>{t('list.status')}</Table.Th>
          <Table.Th w={280}>{t('list.started')}</Table.Th>
          <Table.Th w={120}>{t('list.age')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {incidents.map((incident) => (
          <IncidentRow key={incident.id} incident={incident} zone={zone} now={now} />
        ))}
      </Table.Tbody>
    </Table>
  )
}

interface IncidentRowProps {
  incident: IncidentListItem
  zone: DisplayZone
  now: number
}

function IncidentRow({ incident, zone, now }: IncidentRowProps) {
  const open = () => navigate({ name: 'incident', id: incident.id })
  return (
    // The title link is the keyboard path; the row click is a mouse convenience.
    <Table.Tr onClick={open} style={{ cursor: 'pointer' }}>
      <Table.Td>
        <SeverityBadge severity={incident.severity} />
      </Table.Td>
      <Table.Td>
        <Anchor href={routeHref({ name: 'incident', id: incident.id })} fw={600} c="inherit">
          {incident.title}
        </Anchor>{' '}
        <SampleBadge incidentId={incident.id} />
        {incident.services.length > 0 && (
          <Text size="xs" c="dimmed" lineClamp={1}>
            {incident.services.join(' · ')}
          </Text>
        )}
      </Table.Td>
      <Table.Td>
        <StatusBadge status={incident.status} />
      </Table.Td>
      <Table.Td>
        <TimeText
          ms={incident.startedAt}
          zone={zone}
          withDate
          size="sm"
          style={{ whiteSpace: 'nowrap' }}
        />
      </Table.Td>
      <Table.Td>
        <Text size="sm" c="dimmed">
          {formatAge(incident.startedAt, now)}
        </Text>
      </Table.Td>
    </Table.Tr>
  )
}
