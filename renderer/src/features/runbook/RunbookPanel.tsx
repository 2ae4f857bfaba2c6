import { Button, Stack, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { RunViewOutput } from '../../../../shared/contract/runbook'
import { errorMessage } from '../../bridge'
import { Loading, QueryError } from '../../ui/states'
import { useChooseRunbook } from './mutations'
import { NextStepCallout } from './NextStepCallout'
import { useRun, useRunbookCatalog } from './queries'
import { RunbookHeader } from './RunbookHeader'
import { RunbookLoadErrors } from './RunbookLoadErrors'
import { localizedRunbookName } from './step-text'
import { ShortcutHelp } from './ShortcutHelp'
import { StepList } from './StepList'
import { useRunbookShortcuts } from './useRunbookShortcuts'
import { useStepController } from './use-step-controller'

/** The incident's guided runbook: what to do next, every step, and the keys to walk it. */
export function RunbookPanel({ incidentId }: { incidentId: string }) {
  const { t } = useTranslation('runbook')
  const run = useRun(incidentId)
  return (
    <section aria-labelledby="runbook-heading">
      {run.isPending ? (
        <Loading label={t('panel.loading')} />
      ) : run.isError ? (
        <QueryError what={t('panel.what')} error={run.error} onRetry={() => void run.refetch()} />
      ) : run.data === null ? (
        <NoRunbook incidentId={incidentId} />
      ) : (
        <Stepper run={run.data} />
      )}
    </section>
  )
}

function Stepper({ run }: { run: RunViewOutput }) {
  const controller = useStepController(run.incidentId, run)
  useRunbookShortcuts(controller)
  return (
    <Stack gap="sm">
      <RunbookHeader run={run} />
      <NextStepCallout controller={controller} />
      <StepList controller={controller} />
      <ShortcutHelp />
    </Stack>
  )
}

/** An incident declared while no runbook could be loaded: offer the ones that load now. */
function NoRunbook({ incidentId }: { incidentId: string }) {
  const { t } = useTranslation('runbook')
  const catalog = useRunbookCatalog()
  const choose = useChooseRunbook(incidentId)
  return (
    <Stack gap="xs">
      <Text fw={700} id="runbook-heading">
        {t('header.heading')}
      </Text>
      <Text size="sm" c="dimmed">
        {t('panel.noRunbook')}
      </Text>
      {catalog.data?.runbooks.map((runbook) => (
        <Button
          key={runbook.id}
          variant="light"
          size="xs"
          loading={choose.isPending && choose.variables === runbook.id}
          onClick={() => choose.mutate(runbook.id)}
        >
          {t('panel.follow', { name: localizedRunbookName(runbook.id, runbook.name) })}
        </Button>
      ))}
      {choose.isError && (
        <Text size="xs" c="red" role="alert">
          {t('panel.chooseFailed', { reason: errorMessage(choose.error) })}
        </Text>
      )}
      <RunbookLoadErrors errors={catalog.data?.errors ?? []} />
    </Stack>
  )
}
