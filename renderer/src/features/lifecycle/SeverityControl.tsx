import { NativeSelect } from '@mantine/core'
import {
  SEVERITIES,
  SEVERITY_MEANING,
  type Incident,
  type Severity,
} from '../../../../shared/domain/incident'
import { errorMessage } from '../../bridge'
import { SEVERITY_COLOR } from '../../app/theme'
import { useSetSeverity } from './mutations'
import { Swatch } from './Swatch'

// "SEV2 · Major": the level and its one-word meaning, short enough for the header.
const OPTIONS = SEVERITIES.map((level) => ({
  value: level,
  label: `${level} · ${SEVERITY_MEANING[level].split(':')[0]}`,
}))

function isSeverity(value: string): value is Severity {
  return SEVERITIES.some((level) => level === value)
}

/** The "Severity" select; each change is recorded on the timeline with the old and new level. */
export function SeverityControl({ incident }: { incident: Incident }) {
  const setSeverity = useSetSeverity(incident.id)
  return (
    <NativeSelect
      label="Severity"
      data={OPTIONS}
      value={incident.severity}
      onChange={(event) => {
        const severity = event.currentTarget.value
        if (isSeverity(severity)) setSeverity.mutate({ severity })
      }}
      disabled={setSeverity.isPending}
      leftSection={<Swatch color={SEVERITY_COLOR[incident.severity]} />}
      title={SEVERITY_MEANING[incident.severity]}
      error={
        setSeverity.isError
          ? `${errorMessage(setSeverity.error)}. The severity was not changed.`
          : undefined
      }
      w={170}
      size="sm"
    />
  )
}
