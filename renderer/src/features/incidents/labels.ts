// Status and severity names come from shared/domain as values; the words shown for them are
// looked up here, per value, in the UI language.
import { useTranslation } from 'react-i18next'
import type { IncidentStatus, Severity } from '../../../../shared/domain/incident'

export function useIncidentLabels() {
  const { t } = useTranslation('incidents')
  return {
    /** "Investigating", "Mitigated"… */
    status: (status: IncidentStatus) => t(`status.${status}`),
    /** "Critical: core service down or data at risk for many users" */
    severityMeaning: (severity: Severity) => t(`severity.${severity}.meaning`),
    /** "Critical", "Major"…: short enough for the header's select. */
    severityName: (severity: Severity) => t(`severity.${severity}.name`),
  }
}
