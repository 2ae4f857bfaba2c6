import { useMutation, useQueryClient } from '@tanstack/react-query'
import type { RunViewOutput } from '../../../../shared/contract/runbook'
import { call } from '../../bridge'
import { incidentKeys } from '../incidents/queries'
import { timelineKeys } from '../timeline/queries'
import { runbookKeys } from './queries'

export type StepAction =
  | { action: 'start' | 'complete' | 'reopen'; stepId: string }
  | { action: 'skip'; stepId: string; reason: string }

/** A step action, backdated to `at` when given. */
export type StepActionInput = StepAction & { at?: number }

export interface TickInput {
  stepId: string
  itemId: string
  ticked: boolean
  at?: number
}

/**
 * Every runbook write answers with the whole run: it goes straight into the cache. The timeline
 * and the incident (a first step action acknowledges it) are refreshed too.
 */
function useRunWrite<I>(incidentId: string, write: (input: I) => Promise<RunViewOutput>) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: write,
    onSuccess: async (view) => {
      // A refetch that started before this write landed would bring back the old run.
      await queryClient.cancelQueries({ queryKey: runbookKeys.run(incidentId), exact: true })
      queryClient.setQueryData(runbookKeys.run(incidentId), view)
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: timelineKeys.list(incidentId) }),
        queryClient.invalidateQueries({ queryKey: incidentKeys.detail(incidentId), exact: true }),
      ])
    },
  })
}

function stepAction(incidentId: string, input: StepActionInput): Promise<RunViewOutput> {
  const base = { incidentId, stepId: input.stepId, at: input.at }
  switch (input.action) {
    case 'start':
      return call('runbook.startStep', base)
    case 'complete':
      return call('runbook.completeStep', base)
    case 'reopen':
      return call('runbook.reopenStep', base)
    case 'skip':
      return call('runbook.skipStep', { ...base, reason: input.reason })
  }
}

/** Start, complete, skip or reopen a step: one mutation, so its error shows in one place. */
export function useStepAction(incidentId: string) {
  return useRunWrite(incidentId, (input: StepActionInput) => stepAction(incidentId, input))
}

export function useTick(incidentId: string) {
  return useRunWrite(incidentId, (input: TickInput) =>
    call('runbook.tick', { incidentId, ...input }),
  )
}

export function useAddStepNote(incidentId: string) {
  return useRunWrite(incidentId, (input: { stepId: string; text: string }) =>
    call('runbook.addStepNote', { incidentId, ...input }),
  )
}

export function useChooseRunbook(incidentId: string) {
  return useRunWrite(incidentId, (runbookId: string) =>
    call('runbook.choose', { incidentId, runbookId }),
  )
}
