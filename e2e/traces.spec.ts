import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import {
  JAEGER_FIXTURES_DIR,
  startJaegerFixtureServer,
  type JaegerFixtureServer,
} from './support/jaeger-fixture-server'
import { expect, test } from './support/fixtures'
import { generateTrace } from './support/trace-builder'

// Issue 7: find the slow trace, see where the time went, pin it to the incident, and read it
// back when Jaeger is gone; import every file shape Jaeger and OpenTelemetry write.

const SUMMARY = /74% of 7\.1 s is self time in leaderboard-db SELECT/

/** A checkout-like trace that started ten minutes ago, so the incident window finds it. */
function slowTrace() {
  return generateTrace({
    spans: 400,
    seed: 42,
    dominantDbSpan: true,
    errors: 3,
    skewed: 2,
    startUs: (Date.now() - 10 * 60_000) * 1000,
  })
}

async function rpc<T>(page: Page, appUrl: string, channel: string, input: unknown): Promise<T> {
  const base = new URL(appUrl)
  const answer = await page.request.post(`${base.origin}/rpc/${channel}`, {
    data: input,
    headers: { 'x-firebreak-token': base.searchParams.get('token') ?? '' },
  })
  const body = (await answer.json()) as { ok: boolean; value: T; error?: { message: string } }
  if (!body.ok) throw new Error(`${channel}: ${body.error?.message}`)
  return body.value
}

/** The Jaeger source and the incident are set up through the bridge; the traces UI is tested. */
async function setUp(page: Page, appUrl: string, jaeger: JaegerFixtureServer) {
  await page.goto(appUrl)
  await rpc(page, appUrl, 'datasource.save', {
    kind: 'jaeger',
    name: 'Prod Jaeger',
    url: jaeger.url,
    auth: { type: 'none' },
  })
  return rpc<{ id: string }>(page, appUrl, 'incident.create', {
    title: 'Leaderboard p99 above SLO',
    severity: 'SEV2',
    startedAt: Date.now() - 20 * 60_000,
  })
}

let jaeger: JaegerFixtureServer | undefined
test.afterEach(async () => {
  await jaeger?.stop()
  jaeger = undefined
})

test('search, open, pin, and reopen the pinned trace with Jaeger stopped', async ({
  page,
  app,
}) => {
  const built = slowTrace()
  jaeger = await startJaegerFixtureServer({ api: 'v3', generated: [built] })
  const incident = await setUp(page, app.url, jaeger)
  await page.goto(`${app.url}#/incidents/${incident.id}`)
  await page.getByRole('link', { name: 'Investigate traces' }).click()

  // The ranking query: a leaderboard-db span over 5 s, tagged as PostgreSQL.
  await page.getByLabel('Service').selectOption('leaderboard-db')
  await page.getByLabel('Operation').selectOption('SELECT')
  await page.getByLabel('Tags').fill('component=postgres')
  await page.getByLabel('Min duration').fill('5s')
  await page.getByRole('button', { name: 'Find traces' }).click()
  const results = page.getByRole('table', { name: 'Traces found' })
  await expect(results).toContainText(built.traceId)
  await expect(results).toContainText('400')
  await expect(page.getByText('Query API v3').first()).toBeVisible()
  await results.getByRole('link', { name: /frontend: HTTP GET \/leaderboard/ }).click()

  await expect(page.getByLabel('Where the time went')).toContainText(SUMMARY)
  const tree = page.getByRole('tree', { name: `Spans of trace ${built.traceId}` })
  await expect(tree.getByRole('treeitem').first()).toBeVisible()
  await tree.focus()
  await page.keyboard.press('ArrowDown')
  await expect(page.getByRole('region', { name: 'Span details' })).toContainText('span ')
  await page.keyboard.press('Home')
  await page.keyboard.press('Enter')
  await expect(tree.getByRole('treeitem')).toHaveCount(1)
  await page.keyboard.press('Enter')
  await page.keyboard.press('/')
  await expect(page.getByLabel('Search spans')).toBeFocused()

  await page.getByRole('button', { name: 'Pin to incident' }).click()
  const dialog = page.getByRole('dialog', { name: 'Pin to incident' })
  await dialog.getByLabel('Caption').fill('Ranking query holds 74% of the request')
  await dialog.getByRole('button', { name: 'Pin trace' }).click()
  await expect(dialog.getByRole('status')).toContainText('Pinned')
  await dialog.getByRole('link', { name: 'Go to the incident' }).click()
  await expect(page.getByRole('list', { name: 'Timeline events' })).toContainText(
    'Ranking query holds 74% of the request',
  )

  await jaeger.stop()
  const restarted = await app.restart()
  await page.goto(`${restarted.url}#/incidents/${incident.id}/traces`)
  await page.getByRole('link', { name: 'Ranking query holds 74% of the request' }).click()
  await expect(page.getByText('Pinned evidence')).toBeVisible()
  await expect(page.getByLabel('Where the time went')).toContainText(SUMMARY)
  await expect(page.getByRole('tree').getByRole('treeitem').first()).toBeVisible()
  await page.getByRole('tree').getByRole('treeitem').first().click()
  await expect(page.getByRole('region', { name: 'Span details' })).toContainText('frontend')
})

test('opens a trace by ID, and says when Jaeger has no such trace', async ({ page, app }) => {
  const built = slowTrace()
  jaeger = await startJaegerFixtureServer({ api: 'v1', generated: [built] })
  await setUp(page, app.url, jaeger)
  await page.goto(`${app.url}#/traces`)
  await page.getByLabel('Trace ID').fill(built.traceId)
  await page.getByRole('button', { name: 'Open trace' }).click()
  await expect(page.getByText('Query API v1')).toBeVisible()
  await expect(page.getByLabel('Where the time went')).toContainText(SUMMARY)

  await page.goto(`${app.url}#/traces`)
  await page.getByLabel('Trace ID').fill('feedface00000000')
  await page.getByRole('button', { name: 'Open trace' }).click()
  await expect(page.getByRole('alert')).toContainText('Jaeger has no trace feedface00000000')
})

const IMPORTS: [string, string, RegExp][] = [
  [
    'Jaeger UI download',
    'v1/api_traces/tracecompass_multiple_services.json',
    /hello-world: say-hello/,
  ],
  ['bare trace object', 'v1/trace_objects/jaeger-ui_testTrace.json', /service1: op1/],
  ['OTLP JSON', 'otlp/jaeger_integration_example_trace_3services.json', /example-service-2/],
  ['Jaeger v3 answer', 'v3/jaeger_apiv3_GetTrace.json', /foobar/],
  ['NDJSON', 'otlp/jaeger-ui_otlp2jaeger-multi-in.ndjson', /example-trace: main/],
]

test('imports every supported file shape, by picker and by drop, and pins one', async ({
  page,
  app,
}) => {
  await page.goto(app.url)
  const incident = await rpc<{ id: string }>(page, app.url, 'incident.create', {
    title: 'Checkout errors',
    severity: 'SEV3',
  })
  for (const [shape, file, title] of IMPORTS) {
    await page.goto(`${app.url}#/traces`)
    const chooser = page.waitForEvent('filechooser')
    await page.getByRole('button', { name: 'Import trace file' }).click()
    await (await chooser).setFiles(join(JAEGER_FIXTURES_DIR, file))
    await expect(page.getByRole('heading', { level: 1 }), shape).toHaveText(title)
    await expect(page.getByText(`Imported from ${file.split('/').pop()}`)).toBeVisible()
  }

  await page.goto(`${app.url}#/traces`)
  const dropped = join(app.dataDir, 'dropped-trace.json')
  writeFileSync(dropped, JSON.stringify({ not: 'a trace' }))
  await dropFile(page, dropped)
  await expect(page.getByRole('alert')).toContainText(
    'dropped-trace.json is not a trace file we can read',
  )
  await dropFile(page, join(JAEGER_FIXTURES_DIR, 'v1/trace_objects/jaeger-ui_testTrace.json'))
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/service1: op1/)

  await page.getByRole('button', { name: 'Pin to incident' }).click()
  const dialog = page.getByRole('dialog', { name: 'Pin to incident' })
  await dialog.getByLabel('Incident').selectOption(incident.id)
  await dialog.getByRole('button', { name: 'Pin trace' }).click()
  await expect(dialog.getByRole('status')).toContainText('Pinned')
  await page.goto(`${app.url}#/incidents/${incident.id}/traces`)
  await expect(page.getByRole('region', { name: 'Pinned to this incident' })).toContainText(
    'service1: op1',
  )
})

/** Drops a file on the import zone the way a file manager does. */
async function dropFile(page: Page, path: string) {
  const content = readFileSync(path, 'utf8')
  const name = path.split('/').pop() ?? 'trace.json'
  const transfer = await page.evaluateHandle(
    ([text, fileName]) => {
      const data = new DataTransfer()
      data.items.add(new File([text], fileName, { type: 'application/json' }))
      return data
    },
    [content, name] as const,
  )
  await page.getByTestId('trace-drop-zone').dispatchEvent('drop', { dataTransfer: transfer })
}

/** Settings > Language > Português (Brasil): the saved choice, as a user makes it. */
async function choosePortuguese(page: Page, appUrl: string) {
  await page.goto(`${appUrl}#/settings`)
  await page.getByRole('radio', { name: 'Português (Brasil)' }).click()
  await expect(page.locator('html')).toHaveAttribute('lang', 'pt-BR')
}

test('in Portuguese, the summary, the warnings and Jaeger’s answers read in Portuguese', async ({
  page,
  app,
}) => {
  const built = slowTrace()
  jaeger = await startJaegerFixtureServer({ api: 'v1', generated: [built] })
  await setUp(page, app.url, jaeger)
  await choosePortuguese(page, app.url)
  await page.goto(`${app.url}#/traces`)
  await page.getByLabel('ID do trace').fill(built.traceId)
  await page.getByRole('button', { name: 'Abrir trace' }).click()
  await expect(page.getByLabel('Para onde foi o tempo')).toContainText(
    /74% de 7,1 s é tempo próprio em leaderboard-db SELECT/,
  )
  await page.getByRole('button', { name: 'Mostrar', exact: true }).click()
  await expect(page.getByText(/spans? fica(m)? em parte fora d(o|os) pa(i|is)/)).toBeVisible()

  await page.goto(`${app.url}#/traces`)
  await page.getByLabel('ID do trace').fill('feedface00000000')
  await page.getByRole('button', { name: 'Abrir trace' }).click()
  await expect(page.getByRole('alert')).toContainText('O Jaeger não tem o trace feedface00000000')

  // Read in the page's worker: why the file is not a trace, in Portuguese too.
  const services = join(app.dataDir, 'servicos.json')
  writeFileSync(services, '{"data":["api","db"],"errors":null}')
  await page.goto(`${app.url}#/traces`)
  await dropFile(page, services)
  await expect(page.getByRole('alert')).toContainText(
    'servicos.json não é um arquivo de trace que conseguimos ler: Isto é uma lista de serviços',
  )
})

test('the sample incident’s pinned trace reads in Portuguese, list and trace alike', async ({
  page,
  app,
}) => {
  await choosePortuguese(page, app.url)
  await page.getByRole('link', { name: 'Incidentes' }).click()
  await page.getByRole('button', { name: 'Abrir incidente de exemplo' }).click()
  await page.getByRole('link', { name: 'Investigar traces' }).click()
  const pinned = page.getByRole('region', { name: 'Fixados neste incidente' })
  await expect(pinned).toContainText(/74% de 7,1 s é tempo próprio em leaderboard-db SELECT/)
  await pinned.getByRole('link', { name: /^Slow leaderboard request/ }).click()
  await expect(page.getByText('Evidência fixada')).toBeVisible()
  await expect(page.getByLabel('Para onde foi o tempo')).toContainText(
    /74% de 7,1 s é tempo próprio em leaderboard-db SELECT/,
  )
  await expect(page.getByLabel('Para onde foi o tempo')).not.toContainText('self time')
})
