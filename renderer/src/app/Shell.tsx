import type { ReactNode } from 'react'
import { AppShell, Group, NavLink, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { ThemeControl, TimeZoneControl } from '../features/settings/AppearanceControls'
import { routeHref, type Route } from './router'

const NAV_ITEMS = [
  { route: { name: 'incidents' }, labelKey: 'nav.incidents' },
  { route: { name: 'library' }, labelKey: 'nav.library' },
  { route: { name: 'insights' }, labelKey: 'nav.insights' },
  { route: { name: 'alerts' }, labelKey: 'nav.alerts' },
  { route: { name: 'traces', incidentId: null, path: [] }, labelKey: 'nav.traces' },
  { route: { name: 'data-sources' }, labelKey: 'nav.dataSources' },
  { route: { name: 'archive' }, labelKey: 'nav.archive' },
  { route: { name: 'settings' }, labelKey: 'nav.settings' },
] as const

function isActive(item: (typeof NAV_ITEMS)[number], route: Route): boolean {
  const incidentTraces = route.name === 'traces' && route.incidentId !== null
  if (item.route.name === 'incidents')
    return (
      route.name === 'incidents' ||
      route.name === 'incident' ||
      route.name === 'postmortem' ||
      route.name === 'review' ||
      incidentTraces
    )
  return item.route.name === route.name && !incidentTraces
}

export function Shell({ route, children }: { route: Route; children: ReactNode }) {
  const { t } = useTranslation('shell')
  return (
    <AppShell header={{ height: 52 }} navbar={{ width: 200, breakpoint: 0 }} padding="lg">
      <AppShell.Header px="md">
        <Group h="100%" justify="space-between" wrap="nowrap">
          <Group gap={8} wrap="nowrap">
            <Text component="span" aria-hidden fz={20} lh={1}>
              ▲
            </Text>
            <Text fw={700} fz="lg" component="span">
              Firebreak
            </Text>
          </Group>
          {/* The Settings page has these controls itself, with explanations; one of each on screen. */}
          {route.name !== 'settings' && (
            <Group gap="md" wrap="nowrap">
              <TimeZoneControl />
              <ThemeControl />
            </Group>
          )}
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" aria-label={t('nav.label')}>
        {NAV_ITEMS.map((item) => {
          const active = isActive(item, route)
          return (
            <NavLink
              key={item.labelKey}
              component="a"
              href={routeHref(item.route)}
              label={t(item.labelKey)}
              active={active}
              aria-current={active ? 'page' : undefined}
              variant="light"
              fw={500}
            />
          )
        })}
      </AppShell.Navbar>
      <AppShell.Main>{children}</AppShell.Main>
    </AppShell>
  )
}
