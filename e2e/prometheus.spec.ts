import type { Page } from '@playwright/test'
import { expect, test } from './support/fixtures'
import { LIVE_ALERT, startPrometheus, type PrometheusHarness } from './support/prometheus-harness'

// Issue 8 end to end against a real Prometheus: add it as a data source, declare an incident from
// its firing alert, run a health check, pin a chart, stop Prometheus, restart the app: the
// pinned chart still renders from what was stored. The test that stops Prometheus runs last.

let harness: PrometheusHarness

test.beforeAll(async () => {
  harness = await startPrometheus({ history: false, liveAlert: true })
})
test.afterAll(async () => {
  await harness?.stop()
})

async function addPrometheus(page: Page, url: string) {
  await page.getByRole('link', { name: 'Data sources' }).click()
  await page.getByRole('button', { name: 'Add data source' }).first().click()
  await page.getByLabel('Name').fill('Harness Prometheus')
  await page.getByLabel('URL').fill(url)
  await page.getByRole('button', { name: 'Save data source' }).click()
  const card = page.getByRole('article', { name: 'Harness Prometheus' })
  await card.getByRole('button', { name: 'Test connection' }).click()
  await expect(card.getByRole('status')).toContainText(/Connected to Prometheus \d+\.\d+/)
}

async function declareFromFiringAlert(page: Page) {
  await page.getByRole('link', { name: 'Alerts' }).click()
  const alert = page.getByRole('article', { name: `${LIVE_ALERT.name}, firing` })
  // The rule fires a few seconds after Prometheus starts; refresh until it does.
  await expect(async () => {
    await page.getByRole('button', { name: 'Refresh' }).click()
    await expect(alert).toBeVisible({ timeout: 1_000 })
  }).toPass({ timeout: 30_000 })
  await expect(alert.getByRole('link', { name: /Runbook/ })).toHaveAttribute(
    'href',
    LIVE_ALERT.runbookUrl,
  )
  await alert.getByRole('button', { name: 'Declare incident' }).click()
  const dialog = page.getByRole('dialog', { name: 'New incident' })
  await expect(dialog.getByLabel('Title')).toHaveValue(`${LIVE_ALERT.name}: ${LIVE_ALERT.summary}`)
  await expect(dialog.getByLabel('Severity')).toHaveValue('SEV1')
  await expect(dialog.getByLabel('Services')).toHaveValue('leaderboard-api')
  await dialog.getByRole('button', { name: 'Create incident' }).click()
  await expect(page.getByRole('heading', { name: LIVE_ALERT.summary, exact: false })).toBeVisible()
  await expect(page.getByRole('list', { name: 'Timeline events' })).toContainText(
    `Alert ${LIVE_ALERT.name} firing (Harness Prometheus): ${LIVE_ALERT.summary}`,
  )
}

async function runHealthCheck(page: Page) {
  await page.getByRole('tab', { name: 'Health check' }).click()
  await page.getByRole('checkbox', { name: 'Prometheus itself' }).check()
  // Suggestions come from the source's own job label values.
  await page.getByRole('combobox', { name: 'Job ($job)' }).fill('prom')
  await page.getByRole('option', { name: 'prometheus', exact: true }).click()
  await page.getByRole('button', { name: 'Run health check' }).click()
  const pack = page.getByRole('region', { name: 'Prometheus itself health check' })
  await expect(pack.getByRole('article', { name: 'Prometheus up: OK, 1' })).toBeVisible()
  // Every panel of the pack gets a tile naming its state and current value.
  await expect(
    pack.getByRole('article', { name: /: (OK|Warning|Critical|No data|Error), / }),
  ).toHaveCount(8)
}

async function pinQueueChart(page: Page) {
  await page.getByRole('tab', { name: 'Query' }).click()
  await page.getByRole('textbox', { name: 'PromQL query' }).fill(LIVE_ALERT.metric)
  await page.getByLabel('Time range').selectOption('15m')
  await page.getByRole('button', { name: 'Run query' }).click()
  await expect(page.getByRole('img', { name: `Chart of ${LIVE_ALERT.metric}` })).toBeVisible()
  await expect(page.getByRole('list', { name: 'Series' })).toContainText(
    `${LIVE_ALERT.metric}{instance=`,
  )
  await page.getByLabel('Caption').fill('Queue depth stuck at 42')
  await page.getByRole('button', { name: 'Pin to incident' }).click()
  await expect(page.getByText(/Pinned to the incident's evidence/)).toBeVisible()
  await expect(page.getByRole('list', { name: 'Timeline events' })).toContainText(
    'Pinned chart: Queue depth stuck at 42 (Harness Prometheus)',
  )
}

test('a query Prometheus rejects is explained in place, pointing into the query', async ({
  page,
  app,
}) => {
  await page.goto(app.url)
  await addPrometheus(page, harness.url)
  await page.getByRole('link', { name: 'Incidents' }).click()
  await page.getByRole('button', { name: 'New incident' }).first().click()
  const dialog = page.getByRole('dialog', { name: 'New incident' })
  await dialog.getByLabel('Title').fill('Queue backlog')
  await dialog.getByLabel('Severity').selectOption('SEV3')
  await dialog.getByRole('button', { name: 'Create incident' }).click()
  await page.getByRole('textbox', { name: 'PromQL query' }).fill('sum(rate(up[5m)')
  await page.getByRole('button', { name: 'Run query' }).click()
  const error = page.getByRole('alert').filter({ hasText: 'The query has an error' })
  await expect(error).toContainText(/at line 1, column \d+/)
  await expect(page.locator('.cm-lintRange-error').first()).toBeVisible()
})

test('declare from a firing alert, check health, pin a chart that outlives Prometheus', async ({
  page,
  app,
}) => {
  test.setTimeout(120_000)
  await page.goto(app.url)
  await addPrometheus(page, harness.url)
  await declareFromFiringAlert(page)
  await runHealthCheck(page)
  await pinQueueChart(page)

  await harness.stop()
  const restarted = await app.restart()
  await page.goto(restarted.url)
  await page.getByRole('link', { name: new RegExp(LIVE_ALERT.name) }).click()
  await page.getByRole('tab', { name: 'Evidence (1)' }).click()
  const evidence = page.getByRole('article', { name: 'Queue depth stuck at 42' })
  await expect(
    evidence.getByRole('img', { name: `Pinned chart of ${LIVE_ALERT.metric}` }),
  ).toBeVisible()
  await expect(evidence.getByRole('list', { name: 'Series' })).toContainText(LIVE_ALERT.metric)
  // Asking the stopped server again fails in place; the pinned chart stays.
  await evidence.getByRole('button', { name: 'Re-run live' }).click()
  await expect(evidence.getByRole('alert')).toContainText('Prometheus is unreachable')
  await expect(
    evidence.getByRole('img', { name: `Pinned chart of ${LIVE_ALERT.metric}` }),
  ).toBeVisible()
})
