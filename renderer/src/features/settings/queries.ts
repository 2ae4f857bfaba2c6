import { useQuery } from '@tanstack/react-query'
import { DEFAULT_SETTINGS } from '../../../../shared/contract/settings'
import { call } from '../../bridge'
import { displayZone, type DisplayZone } from '../../ui/time'

export const settingsKeys = {
  all: ['settings'] as const,
  current: () => [...settingsKeys.all, 'current'] as const,
  appInfo: () => ['app', 'info'] as const,
}

export function useSettings() {
  return useQuery({ queryKey: settingsKeys.current(), queryFn: () => call('settings.get', {}) })
}

export function useAppInfo() {
  return useQuery({
    queryKey: settingsKeys.appInfo(),
    queryFn: () => call('app.info', {}),
    staleTime: Infinity,
  })
}

/** The zone every time on screen is shown in (UTC until the settings have loaded). */
export function useDisplayZone(): DisplayZone {
  const { data } = useSettings()
  return displayZone(data?.timeZone ?? DEFAULT_SETTINGS.timeZone)
}
