import { useState } from 'react'
import { Group, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { ChoiceGroup, type Choice } from '../../ui/ChoiceGroup'
import { DEFAULT_SETTINGS, type Settings } from '../../../../shared/contract/settings'
import { describeZone, displayZone } from '../../ui/time'
import { useNow } from '../../ui/useNow'
import { useUpdateSettings } from './mutations'
import { useSettings } from './queries'

/**
 * One setting as a toggle. The choice shows at once, before the save round-trip, so the
 * radio the user clicked is checked immediately (a controlled radio would otherwise bounce).
 */
function useSettingChoice<K extends 'theme' | 'timeZone' | 'language'>(key: K) {
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
  const { t } = useTranslation('settings')
  const theme = useSettingChoice('theme')
  const choices: Choice<Settings['theme']>[] = [
    { value: 'light', label: t('theme.light') },
    { value: 'dark', label: t('theme.dark') },
    { value: 'system', label: t('theme.system') },
  ]
  return (
    <ChoiceGroup
      label={t('theme.label')}
      size={size}
      choices={choices}
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
  const { t } = useTranslation('settings')
  const timeZone = useSettingChoice('timeZone')
  const choice = timeZone.value
  const now = useNow(60_000)
  const choices: Choice<Settings['timeZone']>[] = [
    { value: 'utc', label: t('timeZone.utc') },
    { value: 'local', label: t('timeZone.local') },
  ]
  return (
    <Group gap="xs" wrap="nowrap">
      <ChoiceGroup
        label={t('timeZone.label')}
        size={size}
        choices={choices}
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

/** Each language is named in itself, so a user who cannot read the current one still finds theirs. */
export function LanguageControl({ size = 'xs' }: { size?: 'xs' | 'sm' }) {
  const { t } = useTranslation('settings')
  const language = useSettingChoice('language')
  const choices: Choice<Settings['language']>[] = [
    { value: 'system', label: t('language.system') },
    { value: 'en', label: 'English' },
    { value: 'pt-BR', label: 'Português (Brasil)' },
  ]
  return (
    <ChoiceGroup
      label={t('language.label')}
      size={size}
      choices={choices}
      value={language.value}
      onChange={language.choose}
      disabled={!language.ready}
    />
  )
}
