import { useMemo } from 'react'
import { keyDurations } from '../../../../shared/domain/durations'
import type { Incident } from '../../../../shared/domain/incident'
import { prefillPostmortem } from '../../../../shared/domain/postmortem/prefill'
import type { PostmortemSections } from '../../../../shared/domain/postmortem/sections'
import { usePinnedEvidence } from './queries'
import { useHypotheses } from '../hypotheses/queries'
import { useTimeline } from '../timeline/queries'

/**
 * What the backend would prefill from the incident as it is now, computed with the same shared
 * function, so the editor can say which values are still the machine's ("Prefilled from the
 * incident") and which the author wrote. The runbook's notes are left out: the runbook view the
 * renderer has is not the stored run the backend reads.
 */
export function usePrefill(incident: Incident): PostmortemSections | null {
  const timeline = useTimeline(incident.id)
  const hypotheses = useHypotheses(incident.id)
  const evidence = usePinnedEvidence(incident.id)
  return useMemo(() => {
    if (!timeline.data || !hypotheses.data || !evidence.data) return null
    return prefillPostmortem(
      incident,
      timeline.data,
      keyDurations(incident),
      hypotheses.data,
      evidence.data,
      null,
    )
  }, [incident, timeline.data, hypotheses.data, evidence.data])
}

/** A value the author has not touched since the machine filled it in (and that says something). */
export function isPrefilled(value: unknown, prefilled: unknown): boolean {
  if (value === null || value === '' || (Array.isArray(value) && value.length === 0)) return false
  return JSON.stringify(value) === JSON.stringify(prefilled)
}
