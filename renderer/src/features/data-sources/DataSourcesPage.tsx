import { Paper, Stack, Text } from '@mantine/core'
import { PageTitle } from '../../app/PageTitle'

/** Placeholder until the Prometheus and Jaeger work lands; it has no controls on purpose. */
export function DataSourcesPage() {
  return (
    <Stack gap="md" maw={760}>
      <PageTitle>Data sources</PageTitle>
      <Paper withBorder p="md">
        <Stack gap="xs">
          <Text fw={600}>Nothing to configure yet</Text>
          <Text size="sm" c="dimmed">
            Connections to Prometheus (metrics) and Jaeger (traces) arrive with the
            Prometheus/Jaeger work. Once they do, you will add them here and pull live metrics and
            traces into an incident as frozen evidence that stays readable after the source has
            dropped the data.
          </Text>
        </Stack>
      </Paper>
    </Stack>
  )
}
