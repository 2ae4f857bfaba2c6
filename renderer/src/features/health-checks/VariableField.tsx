import { Autocomplete } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { PackVariable } from '../../../../shared/domain/prometheus/health-checks'
import { useLabelValues } from './queries'

interface VariableFieldProps {
  name: PackVariable
  sourceId: string | null
  value: string
  error?: string
  onChange: (value: string) => void
}

/** A pack variable ($instance, $job, $service), suggesting the values the source has seen. */
export function VariableField(props: VariableFieldProps) {
  const { t } = useTranslation('healthChecks')
  const values = useLabelValues(props.sourceId, props.name)
  return (
    <Autocomplete
      label={t(`variables.${props.name}`)}
      data={(values.data ?? []).slice(0, 500)}
      value={props.value}
      onChange={props.onChange}
      error={props.error}
      limit={50}
      w={220}
      placeholder={values.isError ? t('variables.typeValue') : t('variables.pickOrType')}
    />
  )
}
