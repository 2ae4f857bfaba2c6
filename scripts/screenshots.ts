// `npm run screenshots`: starts browser mode on a temp data folder, shows the first-run screen,
// loads the sample incident (and two plain incidents beside it) through the bridge, and saves PNGs
// of the main screens in light and dark to docs/screenshots/ (or the folder given as the first
// argument), so the README's and the user guide's images stay current. Needs a build first.
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { chromium, type Locator, type Page } from '@playwright/test'
import { makeDataDir, startHostProcess } from '../e2e/support/host'

const outDir = process.argv[2] ?? join('docs', 'screenshots')
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]
const SAMPLE_TITLE = 'Leaderboard API slow after the mobile friends-leaderboard go-live'
const HOUR = 3_600_000

async function rpc<T>(page: Page, base: URL, channel: string, input: unknown): Promise<T> {
  const answer = await page.request.post(`${base.origin}/rpc/${channel}`, {
    data: input,
    headers: { 'x-firebreak-token': base.searchParams.get('token') ?? '' },
  })
  const body = (await answer.json()) as { ok: boolean; value?: T; error?: { message: string } }
  if (!body.ok) throw new Error(`${channel}: ${body.error?.message}`)
  return body.value as T
}

interface Seeded {
  incidentId: string
  chartId: string
  traceId: string
}

/** Added last: a source that cannot be reached would put errors on the incident screens. */
async function addSources(page: Page, base: URL): Promise<void> {
  const sources = [
    { kind: 'prometheus', name: 'Prometheus (production)', url: 'http://prometheus.internal:9090' },
    { kind: 'alertmanager', name: 'Alertmanager', url: 'http://alertmanager.internal:9093' },
    { kind: 'jaeger', name: 'Jaeger', url: 'http://jaeger-query.internal:16686' },
  ]
  for (const source of sources) {
    await rpc(page, base, 'datasource.save', { ...source, auth: { type: 'none' } })
  }
}

/** The sample incident and two earlier incidents for the list. */
async function seed(page: Page, base: URL): Promise<Seeded> {
  const { incidentId } = await rpc<{ incidentId: string }>(page, base, 'sample.load', {})
  const others = [
    { title: 'Checkout card payments failing', severity: 'SEV1', services: ['checkout'], days: 9 },
    { title: 'Search results stale', severity: 'SEV3', services: ['search-indexer'], days: 23 },
  ]
  for (const other of others) {
    const startedAt = Date.now() - other.days * 24 * HOUR
    const { id } = await rpc<{ id: string }>(page, base, 'incident.create', {
      title: other.title,
      severity: other.severity,
      services: other.services,
      startedAt,
    })
    await rpc(page, base, 'incident.setStatus', {
      id,
      status: 'resolved',
      at: startedAt + 2 * HOUR,
    })
  }
  const evidence = await rpc<{ id: string; kind: string }[]>(page, base, 'evidence.list', {
    incidentId,
  })
  const chartId = evidence.find((item) => item.kind === 'chart')?.id ?? ''
  const traceId = evidence.find((item) => item.kind === 'trace')?.id ?? ''
  return { incidentId, chartId, traceId }
}

interface Shot {
  name: string
  hash: string
  /** What must be on screen before the picture is taken. */
  ready: (page: Page) => Locator
  /** Brings the part worth showing into view. */
  prepare?: (page: Page) => Promise<void>
}

function shots({ incidentId, traceId }: Seeded): Shot[] {
  const incident = `#/incidents/${incidentId}`
  return [
    { name: 'incidents', hash: '#/incidents', ready: (p) => p.getByText(SAMPLE_TITLE) },
    { name: 'incident', hash: incident, ready: (p) => p.getByText('8 of 8 steps finished') },
    {
      name: 'evidence',
      hash: incident,
      ready: (p) => p.getByRole('tabpanel').locator('canvas').first(),
      prepare: async (p) => {
        await p.getByRole('tab', { name: /^Evidence/ }).click()
        const chart = p.getByRole('tabpanel').locator('canvas').first()
        await chart.evaluate((canvas) => canvas.scrollIntoView({ block: 'center' }))
      },
    },
    {
      name: 'trace',
      hash: `${incident}/traces/pinned/${traceId}`,
      ready: (p) => p.getByText('leaderboard-db').first(),
    },
    {
      name: 'postmortem',
      hash: `${incident}/postmortem`,
      ready: (p) => p.getByRole('heading', { name: 'Postmortem', level: 1 }),
    },
    { name: 'library', hash: '#/library', ready: (p) => p.getByText(SAMPLE_TITLE).first() },
    {
      name: 'settings',
      hash: '#/settings',
      ready: (p) => p.getByRole('rowheader', { name: 'Data folder' }),
    },
  ]
}

async function shoot(page: Page, url: string, shot: Shot, suffix = ''): Promise<void> {
  await page.goto(`${url}${shot.hash}`)
  await shot.prepare?.(page)
  await shot.ready(page).waitFor()
  // Charts and the waterfall draw on the frame after their data arrives.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => resolve(null))))
  const path = join(outDir, `${shot.name}${suffix}.png`)
  await page.screenshot({ path })
  console.log(`wrote ${path}`)
}

async function main(): Promise<void> {
  mkdirSync(outDir, { recursive: true })
  const data = makeDataDir()
  const host = await startHostProcess(data.dir)
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  })
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } })
    const base = new URL(host.url)
    await rpc(page, base, 'settings.update', { theme: 'light', timeZone: 'utc' })
    await shoot(page, host.url, {
      name: 'welcome',
      hash: '#/incidents',
      ready: (p) => p.getByRole('heading', { name: 'Welcome to Firebreak' }),
    })
    const seeded = await seed(page, base)
    for (const shot of shots(seeded)) await shoot(page, host.url, shot)
    await rpc(page, base, 'settings.update', { theme: 'dark' })
    const dark = shots(seeded).filter((shot) =>
      ['incident', 'evidence', 'trace'].includes(shot.name),
    )
    for (const shot of dark) await shoot(page, host.url, shot, '-dark')
    await rpc(page, base, 'settings.update', { theme: 'light' })
    await addSources(page, base)
    await shoot(page, host.url, {
      name: 'data-sources',
      hash: '#/data-sources',
      ready: (p) => p.getByText('Prometheus (production)'),
    })
  } finally {
    await browser.close()
    await host.stop()
    data.remove()
  }
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
