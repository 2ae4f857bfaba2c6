// The shipped runbooks' words in the UI language. Runbooks are data (templates/runbooks), written
// in English; their translations live in this feature's catalogue under `content`, by runbook and
// step id. Only text exactly as shipped is translated: a user's own runbook that reuses an id keeps
// its own words.
import { i18n } from '../../i18n'
import type { StepView } from './step-state'

const NS = 'runbook'

function shipped(path: string, english: string): string {
  const source: unknown = i18n.getResource('en', NS, `content.${path}`)
  if (source !== english || i18n.language === 'en') return english
  const translated: unknown = i18n.getResource(i18n.language, NS, `content.${path}`)
  return typeof translated === 'string' && translated !== '' ? translated : english
}

/** A step's title, purpose, instructions, checklist, query titles and exit criterion, translated. */
export function localizedStep(step: StepView): StepView {
  const at = (field: string) => `steps.${step.id}.${field}`
  return {
    ...step,
    title: shipped(at('title'), step.title),
    purpose: shipped(at('purpose'), step.purpose),
    instructions: shipped(at('instructions'), step.instructions),
    exitCriterion:
      step.exitCriterion === null ? null : shipped(at('exitCriterion'), step.exitCriterion),
    checklist: step.checklist.map((item) => ({
      ...item,
      text: shipped(at(`checklist.${item.id}`), item.text),
    })),
    suggestedQueries: step.suggestedQueries.map((query, index) =>
      query.title === null
        ? query
        : { ...query, title: shipped(at(`queries.${index + 1}`), query.title) },
    ),
  }
}

/** A step's title alone, as a timeline entry names it by step id. */
export function localizedStepTitle(stepId: string, title: string): string {
  return shipped(`steps.${stepId}.title`, title)
}

export function localizedChecklistItem(stepId: string, itemId: string, text: string): string {
  return shipped(`steps.${stepId}.checklist.${itemId}`, text)
}

export function localizedRunbookName(runbookId: string, name: string): string {
  return shipped(`runbooks.${runbookId}.name`, name)
}

export function localizedRunbookDescription(runbookId: string, description: string): string {
  return shipped(`runbooks.${runbookId}.description`, description)
}
