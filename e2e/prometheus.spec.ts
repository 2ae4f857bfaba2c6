import { createServer } from 'node:net'
import type { Locator, Page } from '@playwright/test'
import { expect, test } from './support/fixtures'
import { LIVE_ALERT, startPrometheus, type PrometheusHarness } from './support/prometheus-harness'
import { declareIncident, stepPanel } from './support/runbook-page'

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
  await expectPrometheusItselfTiles(page)
}

/** The "Prometheus itself" pack ran against the harness: up, and a tile for each of its panels. */
async function expectPrometheusItselfTiles(scope: Page | Locator) {
  const pack = scope.getByRole('region', { name: 'Prometheus itself health check' })
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
  // The runbook's "Confirm the alert" step has a chart (and a legend) of its own.
  const metrics = page.getByRole('region', { name: 'Metrics and evidence' })
  await expect(metrics.getByRole('list', { name: 'Series' })).toContainText(
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
  await declareIncident(page, 'Queue backlog', { severity: 'SEV3' })
  await page.getByRole('textbox', { name: 'PromQL query' }).fill('sum(rate(up[5m)')
  await page.getByRole('button', { name: 'Run query' }).click()
  const error = page.getByRole('alert').filter({ hasText: 'The query has an error' })
  await expect(error).toContainText(/at line 1, column \d+/)
  await expect(page.locator('.cm-lintRange-error').first()).toBeVisible()
})

test('without a Prometheus source the runbook says so and links to Data sources', async ({
  page,
  app,
}) => {
  await page.goto(app.url)
  await declareIncident(page, 'No metrics yet', { severity: 'SEV3' })
  const confirm = stepPanel(page, 'Confirm the alert')
  await expect(confirm).toContainText('No Prometheus data source is set up')
  await confirm.getByRole('link', { name: 'Add a Prometheus source' }).click()
  await expect(page.getByRole('button', { name: 'Add data source' }).first()).toBeVisible()
})

test('the runbook graphs the alert, runs a suggested query and the quick health check', async ({
  page,
  app,
}) => {
  test.setTimeout(120_000)
  await page.goto(app.url)
  await addPrometheus(page, harness.url)
  await declareFromFiringAlert(page)

  // 1. Confirm the alert: its expression graphed around the moment it became active.
  const confirm = stepPanel(page, 'Confirm the alert')
  await expect(confirm).toContainText(`${LIVE_ALERT.name} around`)
  await expect(
    confirm.getByRole('img', {
      name: `Alert expression ${LIVE_ALERT.metric} > 10 around activation`,
    }),
  ).toBeVisible()

  // 2. A suggested query runs inline over the incident window, and can be pinned from there.
  await confirm.getByRole('button', { name: 'Run: Firing alerts' }).click()
  await expect(
    confirm.getByRole('img', { name: 'Chart of ALERTS{alertstate="firing"}' }),
  ).toBeVisible()
  // The alert's own graph above has a legend too; this is the query's.
  await expect(
    confirm.getByRole('list', { name: 'Series' }).filter({ hasText: 'ALERTS{' }),
  ).toContainText(LIVE_ALERT.name)
  await confirm.getByLabel('Caption').fill('The backlog alert firing')
  await confirm.getByRole('button', { name: 'Pin to incident' }).click()
  await expect(page.getByRole('list', { name: 'Timeline events' })).toContainText(
    'Pinned chart: The backlog alert firing (Harness Prometheus)',
  )
  await confirm.getByRole('button', { name: 'Hide chart: Firing alerts' }).click()
  await expect(confirm.getByRole('img', { name: /^Chart of ALERTS/ })).toHaveCount(0)

  // 3. Quick health check: the step's packs preselected, run as a grid of verdicts.
  await page.getByRole('button', { name: 'Quick health check', exact: true }).click()
  const health = stepPanel(page, 'Quick health check')
  await expect(health.getByRole('checkbox', { name: 'Host (node_exporter)' })).toBeChecked()
  await expect(health.getByRole('checkbox', { name: 'Containers (Kubernetes)' })).toBeChecked()
  await expect(health.getByRole('combobox', { name: 'Service ($service)' })).toHaveValue(
    'leaderboard-api',
  )
  await health.getByRole('checkbox', { name: 'Prometheus itself' }).check()
  const job = health.getByRole('combobox', { name: 'Job ($job)' })
  await job.fill('prometheus')
  await job.press('Escape')
  // node_exporter's "up" is asked of the Prometheus target itself: up there, nothing else.
  const instance = health.getByRole('combobox', { name: 'Instance ($instance)' })
  await instance.fill(new URL(harness.url).host)
  await instance.press('Escape')
  await health.getByRole('button', { name: 'Run health check' }).click()

  await expectPrometheusItselfTiles(health)
  const host = health.getByRole('region', { name: 'Host (node_exporter) health check' })
  await expect(host.getByRole('article', { name: 'Exporter up: OK, 1' })).toBeVisible()
  // No node_exporter here: its panels say "no data", never green.
  await expect(host.getByRole('article', { name: 'CPU busy: No data, no data' })).toBeVisible()
  await expect(host.getByRole('article', { name: /: OK, / })).toHaveCount(1)
  const kubernetes = health.getByRole('region', { name: 'Containers (Kubernetes) health check' })
  await expect(
    kubernetes.getByRole('article', { name: /: No data, no data$/ }).first(),
  ).toBeVisible()
})

test('deleting an SLO asks first, and keeping it changes nothing', async ({ page, app }) => {
  await page.goto(app.url)
  await addPrometheus(page, harness.url)
  await page.getByRole('link', { name: 'Incidents' }).click()
  await declareIncident(page, 'Leaderboard scrapes flapping', {
    severity: 'SEV3',
    services: 'leaderboard-api',
  })
  await page.getByRole('tab', { name: 'Impact (SLOs)' }).click()
  await page.getByRole('button', { name: 'Add SLO' }).click()
  const form = page.getByRole('form', { name: 'New SLO' })
  await form.getByLabel('Kind').selectOption('uptime')
  await form.getByLabel('Name').fill('Scrape uptime')
  await form.getByLabel('Up series').fill('up{job="leaderboard"}')
  await form.getByRole('button', { name: 'Save SLO' }).click()
  const card = page.getByRole('article', { name: 'SLO Scrape uptime' })
  await expect(card).toBeVisible()

  await card.getByRole('button', { name: 'Delete' }).click()
  const ask = card.getByRole('alertdialog', { name: 'Delete SLO Scrape uptime?' })
  await expect(ask).toContainText('Incidents of leaderboard-api will no longer show')
  await ask.getByRole('button', { name: 'Keep it' }).click()
  await expect(ask).toHaveCount(0)
  await page.getByRole('button', { name: 'Refresh' }).click()
  await expect(card).toBeVisible()

  await card.getByRole('button', { name: 'Delete' }).click()
  await card.getByRole('button', { name: 'Delete SLO' }).click()
  await expect(card).toHaveCount(0)
  await expect(page.getByText('No SLO is defined for leaderboard-api yet.')).toBeVisible()
})

/** A loopback port nothing listens on: taken from the system, then let go. */
async function closedPort(): Promise<number> {
  const server = createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const address = server.address()
  await new Promise((resolve) => server.close(resolve))
  if (address === null || typeof address === 'string') throw new Error('no port')
  return address.port
}

async function addSourceInPortuguese(page: Page, name: string, url: string) {
  await page.getByRole('link', { name: 'Fontes de dados' }).click()
  await page.getByRole('button', { name: 'Adicionar fonte de dados' }).first().click()
  await page.getByLabel('Nome').fill(name)
  await page.getByLabel('URL').fill(url)
  await page.getByRole('button', { name: 'Salvar fonte de dados' }).click()
  const card = page.getByRole('article', { name })
  await card.getByRole('button', { name: 'Testar conexão' }).click()
  return card.getByRole('status')
}

test('in Portuguese, testing a connection says in Portuguese what answered or what failed', async ({
  page,
  app,
}) => {
  await page.goto(app.url)
  await page.getByRole('link', { name: 'Settings' }).click()
  await page.getByRole('radio', { name: 'Português (Brasil)' }).click()
  const port = await closedPort()
  const stopped = await addSourceInPortuguese(page, 'Parado', `http://127.0.0.1:${port}`)
  await expect(stopped).toHaveText(
    `Falha na conexão: Não foi possível acessar 127.0.0.1:${port} (ECONNREFUSED). ` +
      'Verifique a URL e a porta, se o servidor está rodando e sua rede ou VPN.',
  )
  const running = await addSourceInPortuguese(page, 'Harness', harness.url)
  await expect(running).toHaveText(/^✓ Conectado ao Prometheus \d+\.\d+/)
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
