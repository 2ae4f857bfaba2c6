// The key durations' names and hover explanations in the UI language. shared/domain words them
// in English (the postmortem uses that text); here they are rebuilt from the same figures.
import type { TFunction } from 'i18next'
import { useTranslation } from 'react-i18next'
import type { KeyDuration } from '../../../../shared/domain/durations'
import type { EpochMs } from '../../../../shared/domain/incident'

const MILESTONES = ['started', 'detected', 'acknowledged', 'mitigated', 'resolved'] as const
type Milestone = (typeof MILESTONES)[number]

function isMilestone(label: string): label is Milestone {
  return MILESTONES.some((milestone) => milestone === label)
}

export function durationWords(t: TFunction<'lifecycle'>, formatTime: (at: EpochMs) => string) {
  const milestone = (label: string) =>
    isMilestone(label) ? t(`durations.milestones.${label}`) : label
  const label = (duration: KeyDuration) => t(`durations.${duration.name}`)

  function explanation(duration: KeyDuration): string {
    const words = {
      label: label(duration),
      from: milestone(duration.from.label),
      to: milestone(duration.to.label),
    }
    if (duration.from.at === null) return t('durations.explain.noStart', words)
    const times = { ...words, fromTime: formatTime(duration.from.at) }
    if (duration.to.at !== null)
      return t('durations.explain.between', { ...times, toTime: formatTime(duration.to.at) })
    if (duration.live) return t('durations.explain.running', times)
    return t('durations.explain.noEnd', words)
  }

  return { label, explanation }
}

export function useDurationWords(formatTime: (at: EpochMs) => string) {
  const { t } = useTranslation('lifecycle')
  return durationWords(t, formatTime)
}
