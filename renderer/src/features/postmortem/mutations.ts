import { useMutation, useQueryClient } from '@tanstack/react-query'
import type { ChannelInput } from '../../../../shared/contract/index'
import type { PostmortemView } from '../../../../shared/contract/postmortem'
import type { PostmortemStatus } from '../../../../shared/domain/postmortem/model'
import type { SectionKey } from '../../../../shared/domain/postmortem/sections'
import { call } from '../../bridge'
import { incidentKeys } from '../incidents/queries'
import { timelineKeys } from '../timeline/queries'
import { useAutosaver } from './use-autosave'
import { omitKey, useSaveStore } from './save-store'
import { postmortemKeys } from './queries'

function useViewWrite<I>(incidentId: string, write: (input: I) => Promise<PostmortemView>) {
  const queryClient = useQueryClient()
  const saver = useAutosaver(incidentId)
  return useMutation({
    // The backend must judge the text the author sees, not what was saved a moment ago.
    mutationFn: async (input: I) => {
      await saver.flush()
      return write(input)
    },
    onSuccess: (view) => {
      queryClient.setQueryData(postmortemKeys.view(incidentId), view)
      return Promise.all([
        queryClient.invalidateQueries({ queryKey: postmortemKeys.incident(incidentId) }),
        queryClient.invalidateQueries({ queryKey: timelineKeys.list(incidentId) }),
        queryClient.invalidateQueries({ queryKey: incidentKeys.detail(incidentId) }),
      ])
    },
  })
}

export function useSetPostmortemStatus(incidentId: string) {
  return useViewWrite(
    incidentId,
    (input: { status: PostmortemStatus; allowEmptySections?: boolean }) =>
      call('postmortem.setStatus', { incidentId, ...input }),
  )
}

export function useSetTemplate(incidentId: string) {
  return useViewWrite(incidentId, (templateId: string) =>
    call('postmortem.setTemplate', { incidentId, templateId }),
  )
}

/** Replaces a section with what the incident says now; unsaved text in it is dropped. */
export function useRegenerateSection(incidentId: string) {
  const queryClient = useQueryClient()
  const saver = useAutosaver(incidentId)
  return useMutation({
    mutationFn: (section: SectionKey) =>
      call('postmortem.regenerateSection', { incidentId, section }),
    onSuccess: (entry) => {
      const key = `section:${entry.section}`
      saver.discard(key)
      useSaveStore.getState().update(incidentId, (state) => ({
        confirmed: omitKey(state.confirmed, key),
      }))
      queryClient.setQueryData<PostmortemView>(postmortemKeys.view(incidentId), (view) =>
        view ? { ...view, sections: { ...view.sections, [entry.section]: entry.value } } : view,
      )
      return queryClient.invalidateQueries({ queryKey: postmortemKeys.incident(incidentId) })
    },
  })
}

function useActionItemWrite<I, O>(incidentId: string, write: (input: I) => Promise<O>) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: write,
    onSuccess: () =>
      queryClient.invalidateQueries({ queryKey: postmortemKeys.incident(incidentId) }),
  })
}

export function useAddActionItem(incidentId: string) {
  return useActionItemWrite(
    incidentId,
    (input: Omit<ChannelInput<'actionItem.add'>, 'incidentId'>) =>
      call('actionItem.add', { incidentId, ...input }),
  )
}

export function useDeleteActionItem(incidentId: string) {
  const saver = useAutosaver(incidentId)
  return useActionItemWrite(incidentId, (id: string) => {
    saver.discard(`item:${id}`)
    return call('actionItem.delete', { id })
  })
}
