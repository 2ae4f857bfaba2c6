import type { KeyboardEvent } from 'react'
import { Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { i18n } from '../../i18n'
import { formatTime, type DisplayZone } from '../../ui/time'
import { useDisplayZone } from '../settings/queries'
import classes from './Runbook.module.css'
import { StepDetail } from './StepDetail'
import { StepStateIcon } from './StepStateIcon'
import { localizedStep } from './step-text'
import { STEP_STATE_COLOR, stepStateLabel, type StepView } from './step-state'
import { focusStepButton, stepButtonId, type StepController } from './use-step-controller'

/** "Done at 14:03:12 UTC", "In progress since …", "To do". */
function stateLine(step: StepView, zone: DisplayZone): string {
  if (step.state === 'done' && step.finishedAt !== null)
    return i18n.t('runbook:stateLine.doneAt', { time: formatTime(step.finishedAt, zone) })
  if (step.state === 'skipped' && step.finishedAt !== null)
    return i18n.t('runbook:stateLine.skippedAt', { time: formatTime(step.finishedAt, zone) })
  if (step.state === 'active' && step.startedAt !== null)
    return i18n.t('runbook:stateLine.activeSince', { time: formatTime(step.startedAt, zone) })
  return stepStateLabel(step.state)
}

const MOVES: Record<string, (index: number, last: number) => number> = {
  ArrowDown: (i, last) => Math.min(last, i + 1),
  ArrowUp: (i) => Math.max(0, i - 1),
  Home: () => 0,
  End: (_i, last) => last,
}

/**
 * The runbook as a vertical stepper. Each step is a disclosure button named by its title; the
 * open step's body unfolds under it, so Tab goes from a step straight into what to do in it.
 * One step button is in the tab order at a time; arrows move between them.
 */
export function StepList({ controller }: { controller: StepController }) {
  const { t } = useTranslation('runbook')
  const zone = useDisplayZone()
  const { run, selected } = controller

  function onKeyDown(event: KeyboardEvent, index: number) {
    const move = MOVES[event.key]
    if (!move) return
    const target = run.steps[move(index, run.steps.length - 1)]
    if (!target) return
    event.preventDefault()
    controller.select(target.id)
    focusStepButton(target.id)
  }

  return (
    <ol className={classes.steps} aria-label={t('steps.label')}>
      {run.steps.map((shipped, index) => {
        const step = localizedStep(shipped)
        const open = step.id === selected
        const titleId = `${stepButtonId(step.id)}-title`
        const stateId = `${stepButtonId(step.id)}-state`
        return (
          <li key={step.id} className={classes.step} data-state={step.state}>
            <button
              type="button"
              id={stepButtonId(step.id)}
              className={classes.stepButton}
              aria-expanded={open}
              aria-controls={open ? `${stepButtonId(step.id)}-panel` : undefined}
              aria-current={run.next?.stepId === step.id ? 'step' : undefined}
              aria-labelledby={titleId}
              aria-describedby={stateId}
              tabIndex={open ? 0 : -1}
              onClick={() => controller.select(step.id)}
              onKeyDown={(event) => onKeyDown(event, index)}
            >
              <StepStateIcon state={step.state} number={index + 1} />
              <span id={titleId} className={classes.stepTitle}>
                {step.title}
              </span>
              <Text
                component="span"
                id={stateId}
                className={classes.stepState}
                c={
                  step.state === 'todo'
                    ? 'dimmed'
                    : `var(--mantine-color-${STEP_STATE_COLOR[step.state]}-text)`
                }
                fw={step.state === 'active' ? 700 : 500}
              >
                {stateLine(step, zone)}
              </Text>
            </button>
            {open && (
              <div
                id={`${stepButtonId(step.id)}-panel`}
                role="region"
                aria-labelledby={titleId}
                className={classes.detail}
              >
                <StepDetail step={step} controller={controller} />
              </div>
            )}
          </li>
        )
      })}
    </ol>
  )
}
