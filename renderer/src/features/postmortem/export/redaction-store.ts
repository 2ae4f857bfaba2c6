import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { create } from 'zustand'
import { createJSONStorage, persist } from 'zustand/middleware'
import {
  compileRedaction,
  DEFAULT_REDACTION,
  isPatternProblem,
  MAX_CUSTOM_PATTERNS,
  type RedactionOptions,
} from '../../../../../shared/domain/postmortem/redact'
import { i18n } from '../../../i18n'
import { formatNumber } from '../../../i18n/format'
import { wordShared } from '../../../i18n/messages'

// Redaction choices are the author's habit, not the incident's: kept on this machine for every
// export, with the patterns as typed (one per line).

interface RedactionStore {
  emails: boolean
  ipAddresses: boolean
  secrets: boolean
  patternsText: string
  set(change: Partial<Omit<RedactionStore, 'set'>>): void
}

export const useRedactionStore = create<RedactionStore>()(
  persist(
    (set) => ({
      emails: DEFAULT_REDACTION.emails,
      ipAddresses: DEFAULT_REDACTION.ipAddresses,
      secrets: DEFAULT_REDACTION.secrets,
      patternsText: '',
      set: (change) => set(change),
    }),
    { name: 'firebreak-redaction', storage: createJSONStorage(() => localStorage) },
  ),
)

export interface PatternLineProblem {
  /** 1-based line of the patterns box. */
  line: number
  message: string
}

export interface CheckedRedaction {
  /** What export and preview use: every pattern as typed, once all of them are usable. */
  options: RedactionOptions
  problems: PatternLineProblem[]
}

/** Each line checked on its own, so every bad pattern is named, not only the first. */
export function checkRedaction(
  choices: Pick<RedactionOptions, 'emails' | 'ipAddresses' | 'secrets'>,
  patternsText: string,
): CheckedRedaction {
  const lines = patternsText.split('\n')
  const patterns: string[] = []
  const problems: PatternLineProblem[] = []
  lines.forEach((line, index) => {
    if (line.trim() === '') return
    const compiled = compileRedaction({ ...choices, customPatterns: [line] })
    if (isPatternProblem(compiled))
      problems.push({ line: index + 1, message: wordShared(compiled.text) })
    else patterns.push(line)
  })
  if (patterns.length + problems.length > MAX_CUSTOM_PATTERNS) {
    const message = i18n.t('postmortem:redaction.tooManyPatterns', {
      max: formatNumber(MAX_CUSTOM_PATTERNS),
    })
    problems.push({ line: lines.length, message })
  }
  const customPatterns = problems.length === 0 ? patterns : []
  return { options: { ...choices, customPatterns }, problems }
}

export function useCheckedRedaction(): CheckedRedaction {
  const { emails, ipAddresses, secrets, patternsText } = useRedactionStore()
  // The messages are worded in the UI language: a switch words them again.
  const { language } = useTranslation().i18n
  return useMemo(
    () => checkRedaction({ emails, ipAddresses, secrets }, patternsText),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [emails, ipAddresses, secrets, patternsText, language],
  )
}
