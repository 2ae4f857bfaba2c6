// `npm run screenshots`: starts browser mode on a temp data folder, fills it with a small
// incident through the bridge, and saves PNGs of the main screens to docs/screenshots/ (or the
// folder given as the first argument), so the README's images stay current.
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { chromium, type Page } from '@playwright/test'
import { makeDataDir, startHostProcess } from '../e2e/support/host'

const outDir = process.argv[2] ?? join('docs', 'screenshots')
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

async function rpc(page: Page, base: URL, channel: string, input: unknown): Promise<unknown> {
  const answer = await page.request.post(`${base.origin}/rpc/${channel}`, {
    data: input,
    headers: { 'x-firebreak-token': base.searchParams.get('token') ?? '' },
  })
  const body = (await answer.json()) as {
    ok: boolean
    value?: unknown
    error?: { message: string }
  }
  if (!body.ok) throw new Error(`${channel}: ${body.error?.message}`)
  return body.value
}

async function seed(page: Page, base: URL): Promise<string> {
  const now = Date.now()
  const incident = (await rpc(page, base, 'incident.create', {
    title: 'Leaderboard API p99 latency above 3 s SLO',
    severity: 'SEV2',
    services: ['leaderboard-api', 'leaderboard-db'],
    startedAt: now - 95 * 60_000,
  })) as { id: string }
  const notes: [number, string][] = [
    [-130, 'Mobile leaderboard feature went live (release 2026.11.3)'],
    [-80, 'Alert LeaderboardLatencyHigh firing: p99 6.8 s against a 3 s SLO'],
    [-72, 'CPU, memory and network on leaderboard-api nodes are normal; autoscaling added 2 pods'],
    [-51, 'Traces show leaderboard-db SELECT taking 5+ s on the ranking query'],
    [-20, 'Added index on scores(season_id, score DESC); p99 back to 0.4 s'],
  ]
  for (const [minutes, text] of notes) {
    await rpc(page, base, 'timeline.add', {
      incidentId: incident.id,
      text,
      occurredAt: now + minutes * 60_000,
      author: 'Ana (IC)',
    })
  }
  await rpc(page, base, 'incident.create', {
    title: 'Checkout card payments failing',
    severity: 'SEV1',
    services: ['checkout'],
    startedAt: now - 3 * 86_400_000,
  })
  await rpc(page, base, 'incident.create', {
    title: 'Search results stale',
    severity: 'SEV3',
    services: ['search-indexer'],
    startedAt: now - 9 * 86_400_000,
  })
  return incident.id
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
    await page.goto(host.url)
    const incidentId = await seed(page, base)
    const shoot = async (name: string, hash: string, ready: string) => {
      await page.goto(`${host.url}${hash}`)
      await page.getByText(ready).first().waitFor()
      await page.screenshot({ path: join(outDir, `${name}.png`) })
      console.log(`wrote ${join(outDir, `${name}.png`)}`)
    }
    await shoot('incidents', '#/incidents', 'Checkout card payments failing')
    await shoot('incident', `#/incidents/${incidentId}`, 'Added index on scores')
    await shoot('settings', '#/settings', 'Data folder')
    await rpc(page, base, 'settings.update', { theme: 'dark' })
    await shoot('incident-dark', `#/incidents/${incidentId}`, 'Added index on scores')
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
