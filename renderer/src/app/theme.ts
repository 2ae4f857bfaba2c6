import { createTheme, localStorageColorSchemeManager } from '@mantine/core'
import type { MantineColor, MantineColorScheme } from '@mantine/core'
import type { Settings } from '../../../shared/contract/settings'
import type { IncidentStatus, Severity } from '../../../shared/domain/incident'
import { COLOR_SCHEME_STORAGE_KEY } from './color-scheme-key'

export const colorSchemeManager = localStorageColorSchemeManager({ key: COLOR_SCHEME_STORAGE_KEY })

export function colorSchemeFor(theme: Settings['theme']): MantineColorScheme {
  return theme === 'system' ? 'auto' : theme
}

export const theme = createTheme({
  primaryColor: 'indigo',
  defaultRadius: 'sm',
  fontFamily:
    'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", sans-serif',
  fontFamilyMonospace:
    'ui-monospace, "SF Mono", "Cascadia Mono", "JetBrains Mono", Menlo, Consolas, monospace',
  autoContrast: true,
  cursorType: 'pointer',
})

export const SEVERITY_COLOR: Record<Severity, MantineColor> = {
  SEV1: 'red.8',
  SEV2: 'orange.7',
  SEV3: 'yellow.5',
  SEV4: 'gray.6',
}

export const STATUS_COLOR: Record<IncidentStatus, MantineColor> = {
  investigating: 'red',
  identified: 'orange',
  mitigated: 'blue',
  resolved: 'teal',
  postmortem: 'grape',
  closed: 'gray',
}
