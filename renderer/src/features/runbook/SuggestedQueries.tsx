import { Box, Button, Code, CopyButton, Group, Stack, Text } from '@mantine/core'
import classes from './Runbook.module.css'
import type { StepView } from './step-state'

/** Queries worth running in this step. Copyable for now; running them arrives with Prometheus. */
export function SuggestedQueries({ queries }: { queries: StepView['suggestedQueries'] }) {
  if (queries.length === 0) return null
  return (
    <Box>
      <Text size="xs" fw={700} tt="uppercase" c="dimmed" mb={4}>
        Suggested queries
      </Text>
      <Stack gap={6}>
        {queries.map((query, index) => {
          const text = query.kind === 'promql' ? query.query : query.pack
          const title =
            query.title ?? (query.kind === 'pack' ? `Health-check pack “${query.pack}”` : 'PromQL')
          return (
            <Box key={index}>
              <Group justify="space-between" gap="xs" wrap="nowrap">
                <Text size="xs" fw={600}>
                  {title}
                </Text>
                <CopyButton value={text}>
                  {({ copied, copy }) => (
                    <Button
                      size="compact-xs"
                      variant="subtle"
                      onClick={copy}
                      aria-label={`Copy query: ${title}`}
                    >
                      {copied ? 'Copied' : 'Copy'}
                    </Button>
                  )}
                </CopyButton>
              </Group>
              {query.kind === 'promql' ? (
                <Code block className={classes.query}>
                  {query.query}
                </Code>
              ) : (
                <Text size="xs" c="dimmed">
                  Runs the “{query.pack}” health-check pack.
                </Text>
              )}
            </Box>
          )
        })}
        <Text size="xs" c="dimmed">
          Running these from Firebreak arrives with the Prometheus integration; until then, copy
          them into your Prometheus or Grafana.
        </Text>
      </Stack>
    </Box>
  )
}
