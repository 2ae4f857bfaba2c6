import { keepPreviousData, useQuery } from '@tanstack/react-query'
import type { RedactionOptions } from '../../../../shared/domain/postmortem/redact'
import { call } from '../../bridge'

export const postmortemKeys = {
  all: ['postmortem'] as const,
  templates: () => [...postmortemKeys.all, 'templates'] as const,
  /** Everything about one incident's postmortem: 'postmortem.changed' refreshes all of it. */
  incident: (incidentId: string) => [...postmortemKeys.all, 'incident', incidentId] as const,
  view: (incidentId: string) => [...postmortemKeys.incident(incidentId), 'view'] as const,
  markdown: (incidentId: string, redaction: RedactionOptions, includeReviewComments: boolean) =>
    [...postmortemKeys.incident(incidentId), 'markdown', redaction, includeReviewComments] as const,
  redaction: (incidentId: string, redaction: RedactionOptions) =>
    [...postmortemKeys.incident(incidentId), 'redaction', redaction] as const,
}

/** The postmortem, created and prefilled by the backend the first time it is opened. */
export function usePostmortem(incidentId: string) {
  return useQuery({
    queryKey: postmortemKeys.view(incidentId),
    queryFn: () => call('postmortem.get', { incidentId }),
  })
}

export function usePostmortemTemplates() {
  return useQuery({
    queryKey: postmortemKeys.templates(),
    queryFn: () => call('postmortem.listTemplates', {}),
    // Read from disk on each call: a template the user just fixed shows on the next open.
    staleTime: 10_000,
  })
}

/**
 * The export's own text, rendered by the backend with the same code that writes the file. The
 * previous text stays on screen while a newer one renders, so the preview never blinks.
 */
export function useRenderedMarkdown(
  incidentId: string,
  redaction: RedactionOptions,
  includeReviewComments: boolean,
) {
  return useQuery({
    queryKey: postmortemKeys.markdown(incidentId, redaction, includeReviewComments),
    queryFn: () =>
      call('postmortem.renderMarkdown', { incidentId, redaction, includeReviewComments }),
    placeholderData: keepPreviousData,
    staleTime: 0,
  })
}

export function useRedactionPreview(incidentId: string, redaction: RedactionOptions) {
  return useQuery({
    queryKey: postmortemKeys.redaction(incidentId, redaction),
    queryFn: () => call('postmortem.redactionPreview', { incidentId, redaction }),
    placeholderData: keepPreviousData,
  })
}

/**
 * The incident's pinned charts and traces. The same key as the evidence feature's list, so both
 * share one cache entry and 'evidence.changed' refreshes it for both.
 */
export function usePinnedEvidence(incidentId: string) {
  return useQuery({
    queryKey: ['evidence', 'list', incidentId] as const,
    queryFn: () => call('evidence.list', { incidentId }),
  })
}
