import { useState } from 'react'
import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core'
import { errorMessage } from '../../bridge'
import { useDeleteSample } from './mutations'
import { useIsSample } from './queries'

/** On the sample incident's page: what it is, and the way to get rid of it. */
export function SampleBanner({ incidentId }: { incidentId: string }) {
  const [confirming, setConfirming] = useState(false)
  const remove = useDeleteSample()
  if (!useIsSample(incidentId)) return null
  const close = () => {
    setConfirming(false)
    remove.reset()
  }
  return (
    <Alert color="cyan" variant="light" title="Sample incident" p="sm">
      <Group justify="space-between" align="center" gap="sm">
        <Text size="sm" maw={720}>
          Made-up data from a fictional team, recorded with Firebreak itself: its charts and traces
          are stored with it, so everything here works with no network. Explore and change anything.
        </Text>
        <Button variant="default" color="red" size="xs" onClick={() => setConfirming(true)}>
          Delete sample incident
        </Button>
      </Group>
      <Modal opened={confirming} onClose={close} title="Delete the sample incident?">
        <Stack gap="md">
          <Text size="sm">
            This removes the sample with its timeline, runbook run, hypotheses, evidence and
            postmortem. Your own incidents are not touched.
          </Text>
          {remove.isError && (
            <Alert color="red" variant="light" role="alert">
              {errorMessage(remove.error)}.
            </Alert>
          )}
          <Group justify="flex-end" gap="xs">
            <Button variant="default" onClick={close}>
              Cancel
            </Button>
            <Button
              color="red"
              loading={remove.isPending}
              onClick={() => remove.mutate(incidentId)}
            >
              Delete sample
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Alert>
  )
}
