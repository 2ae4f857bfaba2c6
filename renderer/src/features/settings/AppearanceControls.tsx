import { useState } from 'react'
import { Group, SegmentedControl, Text, type SegmentedControlProps } from '@mantine/core'
import { DEFAULT_SETTINGS, type Settings } from '../../../../shared/contract/settings'
import { describeZone, displayZone } from '../../ui/time'
import { useNow } from '../../ui/useNow'
import { useUpdateSettings } from './mutations'
import { useSettings } from './queries'

// Mantine hides the radio inputs at zero size; stretching them (still invisible) over their
// segment keeps the segments clickable as real radios by pointer, keyboard and test tools alike.
const radioOverSegment: SegmentedControlProps['styles'] = {
  input: { width: '100%', height: '100%', inset: 0, margin: 0, zIndex: 3, cursor: 'pointer' },
}

const THEME_OPTIONS = [
  { value: 'light', label: 'Light' },
  { value: 'dark', label: 'Dark' },
  { value: 'system', label: 'System' },
]

const TIME_ZONE_OPTIONS = [
  { value: 'utc', label: 'UTC' },
  { value: 'local', label: 'Local' },
]

function isTheme(value: string): value is Settings['theme'] {
  return THEME_OPTIONS.some((option) => option.value === value)
}

function isTimeZone(value: string): value is Settings['timeZone'] {
  return TIME_ZONE_OPTIONS.some((option) => option.value === value)
}

/**
 * One setting as a toggle. The choice shows at once, before the save round-trip, so the
 * radio the user clicked is checked immediately (a controlled radio would otherwise bounce).
 */
function useSettingChoice<K extends 'theme' | 'timeZone'>(key: K) {
  const settings = useSettings()
  const update = useUpdateSettings()
  const [pending, setPending] = useState<Settings[K] | null>(null)
  const choose = (value: Settings[K]) => {
    setPending(value)
    update.mutate({ [key]: value }, { onSettled: () => setPending(null) })
  }
  const saved = settings.data?.[key] ?? DEFAULT_SETTINGS[key]
  return { value: pending ?? saved, choose, ready: settings.data !== undefined }
}

export function ThemeControl({ size = 'xs' }: { size?: 'xs' | 'sm' }) {
  const theme = useSettingChoice('theme')
  return (
    <SegmentedControl
      aria-label="Theme"
      size={size}
      data={THEME_OPTIONS}
      value={theme.value}
      onChange={(value) => isTheme(value) && theme.choose(value)}
      disabled={!theme.ready}
      styles={radioOverSegment}
    />
  )
}

/** The UTC / local toggle; beside it, which local zone "Local" means on this machine. */
export function TimeZoneControl({
  size = 'xs',
  showZoneName = true,
}: {
  size?: 'xs' | 'sm'
  showZoneName?: boolean
}) {
  const timeZone = useSettingChoice('timeZone')
  const choice = timeZone.value
  const now = useNow(60_000)
  return (
    <Group gap="xs" wrap="nowrap">
      <SegmentedControl
        aria-label="Time zone"
        size={size}
        data={TIME_ZONE_OPTIONS}
        value={choice}
        onChange={(value) => isTimeZone(value) && timeZone.choose(value)}
        disabled={!timeZone.ready}
        styles={radioOverSegment}
      />
      {showZoneName && choice === 'local' && (
        <Text size="xs" c="dimmed" visibleFrom="md">
          {describeZone(now, displayZone('local'))}
        </Text>
      )}
    </Group>
  )
}
