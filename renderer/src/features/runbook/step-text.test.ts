import { afterEach, describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import {
  definitionFromFile,
  runbookFileSchema,
  type RunbookDefinition,
} from '../../../../shared/domain/runbook/definition'
import { i18n } from '../../i18n'
import en from '../../i18n/locales/en/runbook.json'
import type { StepView } from './step-state'
import { localizedRunbookName, localizedStep } from './step-text'

// Vite bundles the shipped runbooks at test time: the renderer has no file system.
const FILES = import.meta.glob<string>('../../../../templates/runbooks/*.yaml', {
  query: '?raw',
  import: 'default',
  eager: true,
})

const shipped: RunbookDefinition[] = Object.entries(FILES).map(([path, text]) =>
  definitionFromFile(
    path.replace(/^.*\//, '').replace(/\.yaml$/, ''),
    runbookFileSchema.parse(parse(text)),
  ),
)

function view(step: RunbookDefinition['steps'][number], index = 0): StepView {
  return {
    ...step,
    index,
    state: 'todo',
    startedAt: null,
    finishedAt: null,
    skipReason: null,
    notes: [],
    checklist: step.checklist.map((item) => ({ ...item, tickedAt: null })),
  }
}

const stepOf = (runbookId: string, stepId: string) => {
  const step = shipped.find((r) => r.id === runbookId)?.steps.find((s) => s.id === stepId)
  if (!step) throw new Error(`no step ${runbookId}/${stepId}`)
  return view(step)
}

afterEach(() => i18n.changeLanguage('en'))

describe('the shipped runbooks in the UI language', () => {
  it('has the English of every shipped step exactly as the files say it', () => {
    expect(shipped.map((r) => r.id).sort()).toEqual(['quick-triage', 'service-degradation'])
    // A runbook file edited without its catalogue entry would silently stop being translated.
    for (const runbook of shipped) {
      expect(en.content.runbooks[runbook.id as keyof typeof en.content.runbooks].name).toBe(
        runbook.name,
      )
      for (const step of runbook.steps) {
        const english = i18n.getResource('en', 'runbook', `content.steps.${step.id}`) as unknown
        expect(english, step.id).toMatchObject({
          title: step.title,
          purpose: step.purpose,
          ...(step.instructions ? { instructions: step.instructions } : {}),
          ...(step.exitCriterion ? { exitCriterion: step.exitCriterion } : {}),
          ...(step.checklist.length > 0
            ? { checklist: Object.fromEntries(step.checklist.map((i) => [i.id, i.text])) }
            : {}),
        })
      }
    }
  })

  it('shows a shipped step in Portuguese, checklist and query titles included', async () => {
    await i18n.changeLanguage('pt-BR')
    const step = localizedStep(stepOf('service-degradation', 'confirm-alert'))
    expect(step.title).toBe('Confirmar o alerta')
    expect(step.checklist[0]).toMatchObject({
      id: '1',
      text: 'Alerta aberto no sistema de monitoramento e expressão lida',
    })
    expect(step.suggestedQueries[0]).toMatchObject({
      title: 'Alertas disparando',
      query: 'ALERTS{alertstate="firing"}',
    })
    expect(step.instructions).toContain('**expressão por trás dele**')
    expect(localizedRunbookName('quick-triage', 'Quick triage')).toBe('Triagem rápida')
  })

  it("keeps the words of a user's own runbook that reuses a shipped step id", async () => {
    await i18n.changeLanguage('pt-BR')
    const mine = { ...stepOf('service-degradation', 'mitigate'), title: 'Call the DBA' }
    const step = localizedStep(mine)
    expect(step.title).toBe('Call the DBA')
    // Fields left as shipped are still translated.
    expect(step.purpose).toBe(
      'Estanque o problema com a ação segura mais rápida, antes de conhecer a causa raiz.',
    )
    expect(localizedRunbookName('service-degradation', 'Our degradation')).toBe('Our degradation')
  })

  it('leaves English untouched', () => {
    const original = stepOf('quick-triage', 'fix')
    expect(localizedStep(original)).toEqual(original)
  })
})
