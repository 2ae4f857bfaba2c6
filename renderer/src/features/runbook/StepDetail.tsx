import { useMemo } from 'react'
import { Alert, Box, Stack, Text, Typography } from '@mantine/core'
import { Trans, useTranslation } from 'react-i18next'
import { TimeText } from '../../ui/TimeText'
import { useDisplayZone } from '../settings/queries'
import { renderMarkdown } from './markdown'
import classes from './Runbook.module.css'
import { StepActions } from './StepActions'
import { StepChecklist } from './StepChecklist'
import { StepNotes } from './StepNotes'
import { StepAlertGraph, StepMetrics } from './StepPrometheus'
import type { StepView } from './step-state'
import type { StepController } from './use-step-controller'

/** The open step: why, how, what to tick, when it is done, and the buttons to move it on. */
export function StepDetail({ step, controller }: { step: StepView; controller: StepController }) {
  const { t } = useTranslation('runbook')
  const zone = useDisplayZone()
  const html = useMemo(() => renderMarkdown(step.instructions), [step.instructions])
  return (
    <Stack gap="sm">
      <Text size="sm" fw={500}>
        {step.purpose}
      </Text>
      {step.state === 'skipped' && step.skipReason && (
        <Alert color="orange" variant="light" p="xs" title={t('detail.skipped')}>
          <Text size="sm">{step.skipReason}</Text>
        </Alert>
      )}
      {/* While active the step's button already says since when; once finished, both ends. */}
      {step.startedAt !== null && step.finishedAt !== null && (
        <Text size="xs" c="dimmed">
          <Trans
            t={t}
            i18nKey={step.state === 'skipped' ? 'detail.startedSkipped' : 'detail.startedDone'}
            components={{
              start: <TimeText ms={step.startedAt} zone={zone} />,
              end: <TimeText ms={step.finishedAt} zone={zone} />,
            }}
          />
        </Text>
      )}
      {html && (
        <Typography className={classes.instructions}>
          {/* Sanitized by renderMarkdown (marked, then DOMPurify). */}
          <Box dangerouslySetInnerHTML={{ __html: html }} />
        </Typography>
      )}
      <StepAlertGraph step={step} incidentId={controller.incidentId} />
      <StepChecklist step={step} controller={controller} />
      {step.exitCriterion && (
        <Box>
          <Text size="xs" fw={700} tt="uppercase" c="dimmed">
            {t('detail.doneWhen')}
          </Text>
          <Text size="sm">{step.exitCriterion}</Text>
        </Box>
      )}
      <StepActions step={step} controller={controller} />
      <StepMetrics step={step} incidentId={controller.incidentId} />
      <StepNotes step={step} incidentId={controller.incidentId} />
    </Stack>
  )
}
