import { useMutation, useQueryClient } from '@tanstack/react-query'
import { call } from '../../bridge'
import { i18n } from '../../i18n'
import { incidentKeys } from '../incidents/queries'
import { downloadBase64, fileToBase64 } from './files'

/** What the bridge accepts (the contract's limit, as bytes before base64). */
export const MAX_BUNDLE_BYTES = 50 * 1024 * 1024

export function useExportBundle(incidentId: string) {
  return useMutation({
    mutationFn: async () => {
      const bundle = await call('bundle.export', { incidentId })
      downloadBase64(bundle.fileName, bundle.base64, 'application/zip')
      return bundle
    },
  })
}

export interface ImportedBundle {
  fileName: string
  incidentId: string
  outcome: 'created' | 'updated' | 'unchanged'
  title: string | null
}

/** Reads the picked file and imports it; the backend checks everything before writing anything. */
export function useImportBundle() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: async (file: File): Promise<ImportedBundle> => {
      if (file.size > MAX_BUNDLE_BYTES) {
        throw new Error(i18n.t('bundles:import.tooBig', { file: file.name }))
      }
      const result = await call('bundle.import', { base64: await fileToBase64(file) })
      const incident = await call('incident.get', { id: result.incidentId }).catch(() => null)
      return { ...result, fileName: file.name, title: incident?.title ?? null }
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: incidentKeys.all }),
  })
}
