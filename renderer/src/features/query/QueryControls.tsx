import { Group, NativeSelect, TextInput } from '@mantine/core'
import { UNITS } from '../../../../shared/domain/prometheus/units'
import { DateTimeField } from '../../ui/DateTimeField'
import type { DisplayZone } from '../../ui/time'
import type { PlanProblems } from './plan'
import type { QueryDraft } from './store'
import { RANGE_PRESETS, type RangeChoice } from './time-range'

const UNIT_LABELS: Record<(typeof UNITS)[number] | 'auto', string> = {
  auto: 'Automatic',
  seconds: 'Seconds',
  bytes: 'Bytes',
  bytes_per_second: 'Bytes per second',
  ratio: 'Ratio (0–1 as %)',
  percent: 'Percent',
  per_second: 'Per second',
  count: 'Count',
  none: 'Plain number',
}

interface QueryControlsProps {
  draft: QueryDraft
  update: (change: Partial<QueryDraft>) => void
  problems: PlanProblems
  zone: DisplayZone
  /** The step the automatic choice would use, shown as the field's placeholder. */
  autoStep: string
  withIncident: boolean
}

/** Time range, step and unit of a query. */
export function QueryControls({
  draft,
  update,
  problems,
  zone,
  autoStep,
  withIncident,
}: QueryControlsProps) {
  const presets = RANGE_PRESETS.filter((preset) => withIncident || preset.value !== 'incident')
  return (
    <>
      <Group align="flex-start" gap="sm" wrap="wrap">
        <NativeSelect
          label="Time range"
          value={draft.range}
          data={presets.map((preset) => ({ value: preset.value, label: preset.label }))}
          onChange={(event) => update({ range: event.currentTarget.value as RangeChoice })}
          error={draft.range === 'custom' ? undefined : problems.range}
        />
        <TextInput
          label="Step"
          w={110}
          placeholder={autoStep}
          value={draft.stepText}
          onChange={(event) => update({ stepText: event.currentTarget.value })}
          error={problems.step}
        />
        <NativeSelect
          label="Unit"
          value={draft.unit}
          data={(['auto', ...UNITS] as const).map((unit) => ({
            value: unit,
            label: UNIT_LABELS[unit],
          }))}
          onChange={(event) => update({ unit: event.currentTarget.value as QueryDraft['unit'] })}
        />
      </Group>
      {draft.range === 'custom' && (
        <Group align="flex-start" gap="sm" grow>
          <DateTimeField
            label="From"
            field={draft.customStart}
            onChange={(customStart) => update({ customStart })}
            zone={zone}
            error={problems.range}
          />
          <DateTimeField
            label="To"
            field={draft.customEnd}
            onChange={(customEnd) => update({ customEnd })}
            zone={zone}
          />
        </Group>
      )}
    </>
  )
}
