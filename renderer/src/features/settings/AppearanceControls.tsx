import { useState } from 'react'
import { Group, Text } from '@mantine/core'
import { ChoiceGroup, type Choice } from '../../ui/ChoiceGroup'
import { DEFAULT_SETTINGS, type Settings } from '../../../../shared/contract/settings'
import { describeZone, displayZone } from '../../ui/time'
import { useNow } from '../../ui/useNow'
import { useUpdateSettings } from './mutations'
import { useSettings } from './queries'

const THEME_CHOICES: Choice<Settings['theme']>[] = [
  { value: 'light', label: 'Light' },
  { value: 'dark', label: 'Dark' },
  { value: 'system', label: 'System' },
]

const TIME_ZONE_CHOICES: Choice<Settings['timeZone']>[] = [
  { value: 'utc', label: 'UTC' },
  { value: 'local', label: 'Local' },
]

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
    <ChoiceGroup
      label="Theme"
      size={size}
      choices={THEME_CHOICES}
      value={theme.value}
      onChange={theme.choose}
      disabled={!theme.ready}
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
      <ChoiceGroup
        label="Time zone"
        size={size}
        choices={TIME_ZONE_CHOICES}
        value={choice}
        onChange={timeZone.choose}
        disabled={!timeZone.ready}
      />
      {showZoneName && choice === 'local' && (
        <Text size="xs" c="dimmed" visibleFrom="md">
          {describeZone(now, displayZone('local'))}
        </Text>
      )}
    </Group>
  )
}
