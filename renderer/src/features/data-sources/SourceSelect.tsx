import { Anchor, NativeSelect, Text } from '@mantine/core'
import { Trans, useTranslation } from 'react-i18next'
import type { DataSourceKind } from '../../../../shared/contract/datasources'
import { routeHref } from '../../app/router'
import { useChosenSource } from './source-store'

interface SourceSelectProps {
  kind: DataSourceKind
  /** Alertmanager is optional next to Prometheus: offer "none". */
  optional?: boolean
  size?: 'xs' | 'sm'
}

/** Picks the source of a kind the feature queries; remembered across screens. */
export function SourceSelect({ kind, optional = false, size = 'sm' }: SourceSelectProps) {
  const { t } = useTranslation('dataSources')
  const { source, sources, choose } = useChosenSource(kind)
  if (sources.length === 0) {
    if (optional) return null
    return (
      <Text size="sm" c="dimmed">
        <Trans
          t={t}
          i18nKey={`select.noneYet.${kind}`}
          components={{ page: <Anchor href={routeHref({ name: 'data-sources' })} /> }}
        />
      </Text>
    )
  }
  const data = sources.map((candidate) => ({ value: candidate.id, label: candidate.name }))
  return (
    <NativeSelect
      label={t(`select.label.${kind}`)}
      size={size}
      data={optional ? [{ value: '', label: t('select.none') }, ...data] : data}
      value={source?.id ?? ''}
      onChange={(event) => choose(event.currentTarget.value)}
    />
  )
}
