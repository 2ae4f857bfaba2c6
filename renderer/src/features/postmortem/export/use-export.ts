import { useMutation } from '@tanstack/react-query'
import type { RedactionOptions } from '../../../../../shared/domain/postmortem/redact'
import { BridgeCallError, call } from '../../../bridge'
import { i18n } from '../../../i18n'
import { downloadBase64, downloadText } from '../../bundles/files'
import { useAutosaver } from '../use-autosave'

export type MarkdownExport =
  | {
      kind: 'downloads'
      fileName: string
      /** The evidence zip's name, or null when the postmortem keeps no evidence. */
      zipName: string | null
      evidenceFiles: number
      /** To offer the zip again if the browser held back a second download. */
      zipBase64: string | null
    }
  | { kind: 'folder'; markdownPath: string; evidenceDir: string | null; files: number }
  | { kind: 'cancelled' }

/** What the exported file is made of: the redaction, and whether review comments follow it. */
export interface MarkdownExportOptions {
  redaction: RedactionOptions
  includeReviewComments: boolean
}

async function downloadExport(
  incidentId: string,
  options: MarkdownExportOptions,
): Promise<MarkdownExport> {
  const rendered = await call('postmortem.renderMarkdown', { incidentId, ...options })
  downloadText(rendered.fileName, rendered.markdown, 'text/markdown')
  const none = { kind: 'downloads', fileName: rendered.fileName, evidenceFiles: 0 } as const
  if (rendered.evidenceFiles.length === 0) return { ...none, zipName: null, zipBase64: null }
  const zip = await call('postmortem.evidenceZip', { incidentId, redaction: options.redaction })
  downloadBase64(zip.fileName, zip.base64, 'application/zip')
  return { ...none, zipName: zip.fileName, evidenceFiles: zip.files, zipBase64: zip.base64 }
}

/** Desktop: the backend asks for a folder and writes the file and its evidence folder there. */
async function folderExport(
  incidentId: string,
  options: MarkdownExportOptions,
): Promise<MarkdownExport | null> {
  try {
    const written = await call('postmortem.exportToFolder', { incidentId, ...options })
    if (written === null) return { kind: 'cancelled' }
    const { markdownPath, evidenceDir, files } = written
    return { kind: 'folder', markdownPath, evidenceDir, files: files.length }
  } catch (error) {
    // A desktop build without the folder dialog answers "unavailable": downloads still work.
    if (error instanceof BridgeCallError && error.code === 'unavailable') return null
    throw error
  }
}

/**
 * "Export Markdown". In the desktop app a folder dialog picks where <date>-<slug>.md and its
 * evidence folder go; in the browser the file arrives as a download, then the evidence folder
 * as a zip.
 */
export function useExportMarkdown(incidentId: string, options: MarkdownExportOptions) {
  const saver = useAutosaver(incidentId)
  return useMutation({
    mutationFn: async (): Promise<MarkdownExport> => {
      await saver.flush()
      const inFolder = window.firebreak ? await folderExport(incidentId, options) : null
      return inFolder ?? downloadExport(incidentId, options)
    },
  })
}

/** "Copy as Markdown": the exported file's exact text on the clipboard. */
export function useCopyMarkdown(incidentId: string, options: MarkdownExportOptions) {
  const saver = useAutosaver(incidentId)
  return useMutation({
    mutationFn: async (): Promise<{ characters: number }> => {
      await saver.flush()
      const rendered = await call('postmortem.renderMarkdown', { incidentId, ...options })
      try {
        await navigator.clipboard.writeText(rendered.markdown)
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error)
        throw new Error(i18n.t('postmortem:export.clipboardRefused', { reason }), {
          cause: error,
        })
      }
      return { characters: rendered.markdown.length }
    },
  })
}
