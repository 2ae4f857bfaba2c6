import { Alert, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { HealthPackView, PanelOutcome } from '../../../../shared/contract/healthchecks'
import { errorMessage } from '../../bridge'
import { i18n } from '../../i18n'
import { Loading } from '../../ui/states'
import { formatDateTime } from '../../ui/time'
import { useDisplayZone } from '../settings/queries'
import { HealthTile } from './HealthTile'
import { usePackRuns, type PackAnswer, type PackRun } from './queries'

/** One pack's verdicts: a line of counts per state, then a tile per panel. */
export function PackResult({ run, pack }: { run: PackRun; pack: HealthPackView | undefined }) {
  const { t } = useTranslation('healthChecks')
  const [answer] = usePackRuns([run])
  const zone = useDisplayZone()
  if (!pack || !answer) return null
  return (
    <Stack gap="xs" component="section" aria-label={t('pack.region', { name: pack.name })}>
      <Group gap="xs" align="baseline">
        <Title order={3} size="h5">
          {pack.name}
        </Title>
        {answer.data && (
          <Text size="xs" c="dimmed">
            {t('pack.summaryAt', {
              summary: summary(answer.data),
              time: formatDateTime(answer.data.atMs, zone),
            })}
          </Text>
        )}
      </Group>
      {answer.isPending && <Loading label={t('pack.running', { name: pack.name })} />}
      {answer.isError && (
        <Alert
          color="red"
          variant="light"
          role="alert"
          title={t('pack.failedTitle', { name: pack.name })}
        >
          {t('pack.failed', { reason: errorMessage(answer.error) })}
        </Alert>
      )}
      {answer.data && (
        // Columns follow the space the grid has (a runbook step or the metrics tab), not the window.
        <SimpleGrid minColWidth={160} spacing="xs">
          {answer.data.panels.map((panelRun) => {
            const panel = pack.panels.find((candidate) => candidate.id === panelRun.panelId)
            return panel && <HealthTile key={panel.id} panel={panel} run={panelRun} zone={zone} />
          })}
        </SimpleGrid>
      )}
    </Stack>
  )
}

const SUMMARY_ORDER: PanelOutcome[] = ['critical', 'warn', 'error', 'no_data', 'ok']

/** "1 critical, 2 no data, 5 ok", worst first. */
function summary(answer: PackAnswer): string {
  return SUMMARY_ORDER.map(
    (state) => [state, answer.panels.filter((p) => p.state === state).length] as const,
  )
    .filter(([, count]) => count > 0)
    .map(([state, count]) => i18n.t(`healthChecks:summary.${state}`, { count }))
    .join(', ')
}
