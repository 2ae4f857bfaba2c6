import { lazyPage } from './lazy-page'

// The screens a start does not usually land on. The Library and the incident list stay in the
// first chunk; these load when opened, and in the background once the first screen is up, so a
// start evaluates about half the code it used to.

export const incidentPage = lazyPage(() =>
  import('../features/incidents/IncidentPage').then((m) => m.IncidentPage),
)
export const postmortemPage = lazyPage(() =>
  import('../features/postmortem/PostmortemPage').then((m) => m.PostmortemPage),
)
export const alertsPage = lazyPage(() =>
  import('../features/alerts/AlertsPage').then((m) => m.AlertsPage),
)
export const dataSourcesPage = lazyPage(() =>
  import('../features/data-sources/DataSourcesPage').then((m) => m.DataSourcesPage),
)
export const settingsPage = lazyPage(() =>
  import('../features/settings/SettingsPage').then((m) => m.SettingsPage),
)
export const archivePage = lazyPage(() =>
  import('../features/archive/ArchivePage').then((m) => m.ArchivePage),
)
export const tracesPage = lazyPage(() =>
  import('../features/traces/TracesRoute').then((m) => m.TracesRoute),
)
export const insightsPage = lazyPage(() =>
  import('../features/insights/InsightsRoute').then((m) => m.InsightsRoute),
)
export const reviewPage = lazyPage(() =>
  import('../features/review/ReviewRoute').then((m) => m.ReviewRoute),
)

const ALL = [
  incidentPage,
  postmortemPage,
  alertsPage,
  dataSourcesPage,
  settingsPage,
  archivePage,
  tracesPage,
  insightsPage,
  reviewPage,
]

/** Fetches every lazy screen, one after another, so later navigation does not wait. */
export async function preloadPages(): Promise<void> {
  for (const page of ALL) await page.preload()
}
