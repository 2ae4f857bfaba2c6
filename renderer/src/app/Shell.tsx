import type { ReactNode } from 'react'
import { AppShell, Group, NavLink, Text } from '@mantine/core'
import { ThemeControl, TimeZoneControl } from '../features/settings/AppearanceControls'
import { routeHref, type Route } from './router'

const NAV_ITEMS = [
  { route: { name: 'incidents' }, label: 'Incidents' },
  { route: { name: 'library' }, label: 'Library' },
  { route: { name: 'insights' }, label: 'Insights' },
  { route: { name: 'alerts' }, label: 'Alerts' },
  { route: { name: 'traces', incidentId: null, path: [] }, label: 'Traces' },
  { route: { name: 'data-sources' }, label: 'Data sources' },
  { route: { name: 'archive' }, label: 'Archive' },
  { route: { name: 'settings' }, label: 'Settings' },
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
      <AppShell.Navbar p="xs" aria-label="Main">
        {NAV_ITEMS.map((item) => {
          const active = isActive(item, route)
          return (
            <NavLink
              key={item.label}
              component="a"
              href={routeHref(item.route)}
              label={item.label}
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
