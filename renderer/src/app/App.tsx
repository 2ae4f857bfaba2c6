import { memo, Suspense, useEffect, useMemo } from 'react'
import { Anchor, Center, Paper, Stack, Text, Title, useMantineColorScheme } from '@mantine/core'
import { Trans, useTranslation } from 'react-i18next'
import { useAccessStore } from '../bridge'
import { IncidentListPage } from '../features/incidents/IncidentListPage'
import { LibraryPage } from '../features/library/LibraryPage'
import { RecoveryScreen } from '../features/backups/RecoveryScreen'
import { useRecoveryStatus } from '../features/backups/queries'
import { useSettings } from '../features/settings/queries'
import { useBackendEventInvalidation } from './backend-events'
import { ErrorBoundary } from './ErrorBoundary'
import { PageTitle } from './PageTitle'
import {
  alertsPage,
  archivePage,
  dataSourcesPage,
  incidentPage,
  insightsPage,
  postmortemPage,
  preloadPages,
  reviewPage,
  settingsPage,
  tracesPage,
} from './pages'
import { parseRoute, routeHref, useHash, type Route } from './router'
import { Shell } from './Shell'
import { colorSchemeFor } from './theme'
import { applyLanguageChoice } from '../i18n'
import { Loading } from '../ui/states'

/** Other screens are fetched this long after the first one is up, when the page is idle. */
const PRELOAD_AFTER_MS = 2000

export function App() {
  const refused = useAccessStore((state) => state.refused)
  if (refused) return <AccessRefused />
  return <RecoveryGate />
}

/** A damaged database opens nothing but the recovery screen. */
function RecoveryGate() {
  const recovery = useRecoveryStatus()
  if (recovery.data?.needed) return <RecoveryScreen problem={recovery.data.problem} />
  return <ConnectedApp />
}

// Memoised, as is the page below: the start-up answers (recovery status, settings) arrive one
// by one, and each would otherwise render the whole screen again, a long list included.
const ConnectedApp = memo(function ConnectedApp() {
  const hash = useHash()
  const route = useMemo(() => parseRoute(hash), [hash])
  useBackendEventInvalidation()
  useThemeFromSettings()
  usePreloadedPages()
  const language = useLanguageFromSettings()
  const page = useMemo(
    () => (
      // Keyed by the hash so a crashed screen recovers when the user goes elsewhere, and by
      // the language so dates and numbers formatted outside React re-render in it.
      <ErrorBoundary key={`${hash}|${language}`}>
        <Suspense fallback={<OpeningPage />}>
          <Page route={route} />
        </Suspense>
      </ErrorBoundary>
    ),
    [hash, language, route],
  )
  return <Shell route={route}>{page}</Shell>
})

function Page({ route }: { route: Route }) {
  switch (route.name) {
    case 'incidents':
      return <IncidentListPage />
    case 'incident':
      return <incidentPage.Page key={route.id} id={route.id} />
    case 'alerts':
      return <alertsPage.Page />
    case 'data-sources':
      return <dataSourcesPage.Page />
    case 'settings':
      return <settingsPage.Page />
    case 'traces':
      return <tracesPage.Page incidentId={route.incidentId} path={route.path} />
    case 'postmortem':
      return <postmortemPage.Page key={route.incidentId} incidentId={route.incidentId} />
    case 'library':
      return <LibraryPage />
    case 'insights':
      return <insightsPage.Page />
    case 'archive':
      return <archivePage.Page />
    case 'review':
      return <reviewPage.Page key={route.incidentId} incidentId={route.incidentId} />
    case 'not-found':
      return <NotFound path={route.path} />
  }
}

function OpeningPage() {
  const { t } = useTranslation('shell')
  return <Loading label={t('opening')} />
}

/** The first real chart then runs warm code (see ui/charts/warm-up.ts). */
function warmUpChartsLater(): void {
  import('../ui/charts/warm-up').then(({ warmUpCharts }) => warmUpCharts()).catch(() => undefined)
}

/**
 * Fetches the other screens once the first is up, so going to them later does not wait, then
 * warms up the chart code.
 */
function usePreloadedPages(): void {
  useEffect(() => {
    let idle: number | undefined
    const timer = setTimeout(() => {
      idle = requestIdleCallback(() => void preloadPages().then(warmUpChartsLater))
    }, PRELOAD_AFTER_MS)
    return () => {
      clearTimeout(timer)
      if (idle !== undefined) cancelIdleCallback(idle)
    }
  }, [])
}

/** The saved theme is the source of truth; Mantine caches it locally for the next first paint. */
function useThemeFromSettings(): void {
  const theme = useSettings().data?.theme
  const { colorScheme, setColorScheme } = useMantineColorScheme()
  useEffect(() => {
    if (theme && colorSchemeFor(theme) !== colorScheme) setColorScheme(colorSchemeFor(theme))
  }, [theme, colorScheme, setColorScheme])
}

/** The saved language is the source of truth; i18n caches it locally for the next first paint. */
function useLanguageFromSettings(): string {
  const choice = useSettings().data?.language
  const { i18n } = useTranslation()
  useEffect(() => {
    if (choice) applyLanguageChoice(choice)
  }, [choice])
  return i18n.language
}

function NotFound({ path }: { path: string }) {
  const { t } = useTranslation('shell')
  return (
    <Stack gap="sm">
      <PageTitle>{t('notFound.title')}</PageTitle>
      <Text>
        {t('notFound.nothingAt', { path })}{' '}
        <Anchor href={routeHref({ name: 'incidents' })}>{t('notFound.goToIncidents')}</Anchor>
      </Text>
    </Stack>
  )
}

function AccessRefused() {
  const { t } = useTranslation('shell')
  return (
    <Center mih="100vh" p="md">
      <Paper withBorder p="xl" maw={560} role="alert">
        <Stack gap="sm">
          <Title order={1} size="h3">
            {t('accessRefused.title')}
          </Title>
          <Text>
            <Trans t={t} i18nKey="accessRefused.why" components={{ code: <code /> }} />
          </Text>
          <Text size="sm" c="dimmed">
            {t('accessRefused.newToken')}
          </Text>
        </Stack>
      </Paper>
    </Center>
  )
}
