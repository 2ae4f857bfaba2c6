import type { ReactNode } from 'react'
import { Alert, Button, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core'
import { routeHref } from '../../app/router'
import { errorMessage } from '../../bridge'
import { useLoadSample } from './mutations'

interface PathCardProps {
  title: string
  children: ReactNode
  action: ReactNode
}

function PathCard({ title, children, action }: PathCardProps) {
  return (
    <Paper withBorder radius="md" p="lg" component="article" aria-label={title}>
      <Stack gap="sm" h="100%" justify="space-between">
        <Stack gap={6}>
          <Title order={3} size="h5">
            {title}
          </Title>
          <Text size="sm" c="dimmed">
            {children}
          </Text>
        </Stack>
        {action}
      </Stack>
    </Paper>
  )
}

/**
 * What an empty incident list shows on first run: the three ways in. Declaring is for a fire
 * now, data sources for the next one, and the sample shows the whole app without a network.
 */
export function WelcomePanel({ onDeclare }: { onDeclare: () => void }) {
  const sample = useLoadSample()
  return (
    <Stack gap="lg" py="md" component="section" aria-labelledby="welcome-heading">
      <Stack gap={6} maw={720}>
        <Title order={2} size="h3" id="welcome-heading">
          Welcome to Firebreak
        </Title>
        <Text c="dimmed">
          Firebreak keeps an incident on this machine: a guided runbook, a timeline of every step,
          charts and traces frozen as evidence, and a postmortem drafted from all of it. It keeps
          working when chat and the network are down.
        </Text>
      </Stack>
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
        <PathCard
          title="Something is broken now"
          action={<Button onClick={onDeclare}>Declare an incident</Button>}
        >
          Start the clock and follow the default runbook, from confirming the alert to the
          all-clear. Every step you take lands on the timeline.
        </PathCard>
        <PathCard
          title="Connect your monitoring"
          action={
            <Button component="a" href={routeHref({ name: 'data-sources' })} variant="default">
              Add a data source
            </Button>
          }
        >
          Add your Prometheus or Jaeger to graph alerts and pull charts and traces into an incident.
          Pinned evidence is stored with the incident, so it outlives retention.
        </PathCard>
        <PathCard
          title="See a finished incident"
          action={
            <Button variant="light" onClick={() => sample.mutate()} loading={sample.isPending}>
              Open sample incident
            </Button>
          }
        >
          A leaderboard API slowed by a database query after a mobile go-live: the full runbook,
          hypotheses, pinned charts and traces, and a postmortem draft. No network needed; delete it
          when you are done.
        </PathCard>
      </SimpleGrid>
      {sample.isError && (
        <Alert color="red" variant="light" role="alert" title="The sample incident was not loaded">
          {errorMessage(sample.error)}. Nothing was written; try again, or declare an incident.
        </Alert>
      )}
    </Stack>
  )
}
