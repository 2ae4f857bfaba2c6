import { NativeSelect } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { SEVERITIES, type Incident, type Severity } from '../../../../shared/domain/incident'
import { errorMessage } from '../../bridge'
import { SEVERITY_COLOR } from '../../app/theme'
import { useIncidentLabels } from '../incidents/labels'
import { useSetSeverity } from './mutations'
import { Swatch } from './Swatch'

function isSeverity(value: string): value is Severity {
  return SEVERITIES.some((level) => level === value)
}

/** The "Severity" select; each change is recorded on the timeline with the old and new level. */
export function SeverityControl({ incident }: { incident: Incident }) {
  const { t } = useTranslation('lifecycle')
  const labels = useIncidentLabels()
  const setSeverity = useSetSeverity(incident.id)
  // "SEV2 · Major": the level and its one-word meaning, short enough for the header.
  const options = SEVERITIES.map((level) => ({
    value: level,
    label: t('severity.option', { level, name: labels.severityName(level) }),
  }))
  return (
    <NativeSelect
      label={t('severity.label')}
      data={options}
      value={incident.severity}
      onChange={(event) => {
        const severity = event.currentTarget.value
        if (isSeverity(severity)) setSeverity.mutate({ severity })
      }}
      disabled={setSeverity.isPending}
      leftSection={<Swatch color={SEVERITY_COLOR[incident.severity]} />}
      title={labels.severityMeaning(incident.severity)}
      error={
        setSeverity.isError
          ? t('severity.failed', { reason: errorMessage(setSeverity.error) })
          : undefined
      }
      w={170}
      size="sm"
    />
  )
}
