import { Group, NativeSelect, TextInput } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { UNITS } from '../../../../shared/domain/prometheus/units'
import { DateTimeField } from '../../ui/DateTimeField'
import type { DisplayZone } from '../../ui/time'
import type { PlanProblems } from './plan'
import type { QueryDraft } from './store'
import { RANGE_PRESETS, type RangeChoice } from './time-range'

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
  const { t } = useTranslation('query')
  const presets = RANGE_PRESETS.filter((preset) => withIncident || preset.value !== 'incident')
  return (
    <>
      <Group align="flex-start" gap="sm" wrap="wrap">
        <NativeSelect
          label={t('controls.timeRange')}
          value={draft.range}
          data={presets.map((preset) => ({
            value: preset.value,
            label: t(`ranges.${preset.value}`),
          }))}
          onChange={(event) => update({ range: event.currentTarget.value as RangeChoice })}
          error={draft.range === 'custom' ? undefined : problems.range}
        />
        <TextInput
          label={t('controls.step')}
          // Wide enough to read why the step was refused, narrow otherwise.
          w={problems.step ? 280 : 110}
          placeholder={autoStep}
          value={draft.stepText}
          onChange={(event) => update({ stepText: event.currentTarget.value })}
          error={problems.step}
        />
        <NativeSelect
          label={t('controls.unit')}
          value={draft.unit}
          data={(['auto', ...UNITS] as const).map((unit) => ({
            value: unit,
            label: t(`units.${unit}`),
          }))}
          onChange={(event) => update({ unit: event.currentTarget.value as QueryDraft['unit'] })}
        />
      </Group>
      {draft.range === 'custom' && (
        <Group align="flex-start" gap="sm" grow>
          <DateTimeField
            label={t('controls.from')}
            field={draft.customStart}
            onChange={(customStart) => update({ customStart })}
            zone={zone}
            error={problems.range}
          />
          <DateTimeField
            label={t('controls.to')}
            field={draft.customEnd}
            onChange={(customEnd) => update({ customEnd })}
            zone={zone}
          />
        </Group>
      )}
    </>
  )
}
