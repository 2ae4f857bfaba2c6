import { Anchor, NativeSelect, Text } from '@mantine/core'
import type { DataSourceKind } from '../../../../shared/contract/datasources'
import { routeHref } from '../../app/router'
import { useChosenSource } from './source-store'

const LABELS: Record<DataSourceKind, string> = {
  prometheus: 'Prometheus source',
  alertmanager: 'Alertmanager source',
  jaeger: 'Jaeger source',
}

interface SourceSelectProps {
  kind: DataSourceKind
  /** Alertmanager is optional next to Prometheus: offer "none". */
  optional?: boolean
  size?: 'xs' | 'sm'
}

/** Picks the source of a kind the feature queries; remembered across screens. */
export function SourceSelect({ kind, optional = false, size = 'sm' }: SourceSelectProps) {
  const { source, sources, choose } = useChosenSource(kind)
  if (sources.length === 0) {
    if (optional) return null
    return (
      <Text size="sm" c="dimmed">
        No {LABELS[kind].toLowerCase()} yet.{' '}
        <Anchor href={routeHref({ name: 'data-sources' })}>Add one in Data sources</Anchor>.
      </Text>
    )
  }
  const data = sources.map((candidate) => ({ value: candidate.id, label: candidate.name }))
  return (
    <NativeSelect
      label={LABELS[kind]}
      size={size}
      data={optional ? [{ value: '', label: 'None' }, ...data] : data}
      value={source?.id ?? ''}
      onChange={(event) => choose(event.currentTarget.value)}
    />
  )
}
