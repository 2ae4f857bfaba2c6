import { Group, NativeSelect, Progress, Stack, Text, Title } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { RunViewOutput } from '../../../../shared/contract/runbook'
import { errorMessage, fieldErrors } from '../../bridge'
import { useChooseRunbook } from './mutations'
import { useRunbookCatalog } from './queries'
import { RunbookLoadErrors } from './RunbookLoadErrors'
import { ShortcutHelpButton } from './ShortcutHelp'
import { describeProgress } from './step-state'
import { localizedRunbookName } from './step-text'

/** Which runbook, how far along, and (until a step is completed) a way to switch runbooks. */
export function RunbookHeader({ run }: { run: RunViewOutput }) {
  const { t } = useTranslation('runbook')
  const { progress } = run
  const finishedShare = ((progress.done + progress.skipped) / Math.max(1, progress.total)) * 100
  return (
    <Stack gap={6}>
      <Group justify="space-between" gap="xs" wrap="nowrap">
        <Title order={2} size="h4" id="runbook-heading">
          {t('header.heading')}
        </Title>
        <ShortcutHelpButton />
      </Group>
      {run.canChangeRunbook ? (
        <RunbookChoice run={run} />
      ) : (
        <Text size="sm" fw={600} title={t('header.fixed')}>
          {localizedRunbookName(run.runbookId, run.runbookName)}
        </Text>
      )}
      <Progress
        value={finishedShare}
        size="sm"
        color="teal"
        aria-label={describeProgress(progress)}
      />
      <Text size="xs" c="dimmed">
        {describeProgress(progress)}
      </Text>
    </Stack>
  )
}

function RunbookChoice({ run }: { run: RunViewOutput }) {
  const { t } = useTranslation('runbook')
  const catalog = useRunbookCatalog()
  const choose = useChooseRunbook(run.incidentId)
  const options = (catalog.data?.runbooks ?? []).map((r) => ({
    value: r.id,
    label: localizedRunbookName(r.id, r.name),
  }))
  // A runbook whose file has since gone still shows as the current choice.
  if (!options.some((o) => o.value === run.runbookId))
    options.unshift({
      value: run.runbookId,
      label: localizedRunbookName(run.runbookId, run.runbookName),
    })
  const error = choose.isError
    ? (fieldErrors(choose.error).runbookId ??
      t('header.chooseFailed', { reason: errorMessage(choose.error) }))
    : catalog.isError
      ? t('header.listFailed', { reason: errorMessage(catalog.error) })
      : undefined
  return (
    <Stack gap={4}>
      {/* Named "Runbook" for assistive tech; the section heading right above says it to the eye. */}
      <NativeSelect
        aria-label={t('header.selectLabel')}
        description={t('header.switchHelp')}
        inputWrapperOrder={['input', 'description', 'error']}
        data={options}
        value={run.runbookId}
        disabled={choose.isPending}
        onChange={(event) => choose.mutate(event.currentTarget.value)}
        error={error}
        size="xs"
      />
      <RunbookLoadErrors errors={catalog.data?.errors ?? []} />
    </Stack>
  )
}
