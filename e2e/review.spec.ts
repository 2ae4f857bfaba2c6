import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { expect, test } from './support/fixtures'

// Issue 5: the review of an incident puts its phases, its timeline and its pinned charts on one
// time axis with one cursor. The charts are pinned through the real pin channel with the
// columns a range query returns, so they render from storage exactly as after a real pin.

const MIN = 60_000

async function rpc<T>(page: Page, url: string, channel: string, input: unknown): Promise<T> {
  const base = new URL(url)
  const answer = await page.request.post(`${base.origin}/rpc/${channel}`, {
    data: input,
    headers: { 'x-firebreak-token': base.searchParams.get('token') ?? '' },
  })
  const body = (await answer.json()) as { ok: boolean; value: T; error?: { message: string } }
  if (!body.ok) throw new Error(`${channel}: ${body.error?.message}`)
  return body.value
}

const base64 = (values: number[]) => Buffer.from(new Float64Array(values).buffer).toString('base64')

/** A range result as prometheus.queryRange returns it: one time axis, each series' values. */
function columns(start: number, end: number, series: ((minute: number) => number)[]) {
  const times: number[] = []
  for (let t = start; t <= end; t += 15_000) times.push(t)
  const values = series.flatMap((f) => times.map((t) => f((t - start) / MIN)))
  return {
    timestamps: base64(times),
    values: base64(values),
    points: times.length,
    series: series.map((_, i) => ({ labels: { __name__: 'metric', pod: `api-${i}` } })),
    droppedSeries: 0,
    histogramSeries: 0,
  }
}

async function seed(page: Page, url: string) {
  const t0 = Date.now() - 90 * MIN
  const incident = await rpc<{ id: string }>(page, url, 'incident.create', {
    title: 'Checkout latency review',
    severity: 'SEV2',
    services: ['checkout'],
    startedAt: t0,
    detectedAt: t0 + 5 * MIN,
  })
  const id = incident.id
  const notes: [number, string, string][] = [
    [10, 'Paged the payments team', 'Ana'],
    [30, 'Rolled back release 42', 'Bo'],
    [50, 'Latency back under the SLO', 'Ana'],
  ]
  for (const [minute, text, author] of notes) {
    await rpc(page, url, 'timeline.add', {
      incidentId: id,
      text,
      occurredAt: t0 + minute * MIN,
      author,
    })
  }
  await rpc(page, url, 'incident.setStatus', { id, status: 'mitigated', at: t0 + 32 * MIN })
  await rpc(page, url, 'incident.setStatus', { id, status: 'resolved', at: t0 + 60 * MIN })
  const start = t0 - 10 * MIN
  const end = t0 + 70 * MIN
  for (const [caption, f] of [
    ['p99 latency', (m: number) => (m > 10 && m < 40 ? 4 : 0.3)],
    ['Error ratio', (m: number) => (m > 12 && m < 38 ? 0.2 : 0.01)],
  ] as const) {
    await rpc(page, url, 'prometheus.pin', {
      incidentId: id,
      sourceName: 'prometheus',
      query: `${caption.toLowerCase().replace(' ', '_')}{job="checkout"}`,
      startMs: start,
      endMs: end,
      stepMs: 15_000,
      caption,
      columns: columns(start, end, [f, (m) => f(m) / 2]),
    })
  }
  return { id, t0 }
}

function cursorLines(page: Page, caption: string) {
  return page
    .getByRole('figure')
    .filter({ has: page.getByText(caption, { exact: true }) })
    .locator('[data-review-cursor]')
}

test('the review cursor moves across the charts and highlights the nearest events', async ({
  page,
  app,
}) => {
  await page.goto(app.url)
  const { id, t0 } = await seed(page, app.url)
  await page.goto(`${app.url}#/incidents/${id}`)
  await page.getByRole('link', { name: 'Review' }).click()
  await expect(page.getByRole('heading', { name: 'Review: Checkout latency review' })).toBeVisible()
  const latency = page.getByRole('img', { name: 'Chart: p99 latency' })
  await expect(latency).toBeVisible()
  await expect(page.getByRole('img', { name: 'Chart: Error ratio' })).toBeVisible()

  // Hover the latency chart exactly where "Rolled back release 42" happened.
  const band = page.getByRole('slider', { name: 'Review time cursor' })
  const from = Number(await band.getAttribute('aria-valuemin'))
  const to = Number(await band.getAttribute('aria-valuemax'))
  const plot = latency.locator('.u-over')
  const box = await plot.boundingBox()
  if (!box) throw new Error('The chart has no plot area')
  const at = t0 + 30 * MIN
  const x = box.x + ((at - from) / (to - from)) * box.width
  await page.mouse.move(x, box.y + box.height / 2)

  const timeline = page.getByRole('list', { name: 'Review timeline' })
  const current = timeline.locator('li[aria-current="time"]')
  await expect(current).toHaveCount(1)
  await expect(current).toContainText('Rolled back release 42')
  // The other chart's cursor follows, at the same time and the same place.
  const other = cursorLines(page, 'Error ratio')
  await expect(other).toBeVisible()
  const own = cursorLines(page, 'p99 latency')
  expect(await other.getAttribute('data-at')).toBe(await own.getAttribute('data-at'))
  expect(Math.abs(Number(await other.getAttribute('data-at')) - at)).toBeLessThan(MIN)
  const otherBox = await other.boundingBox()
  expect(Math.abs((otherBox?.x ?? 0) - x)).toBeLessThan(4)

  // Moving along the latency chart moves the highlight to the next event.
  await page.mouse.move(box.x + ((t0 + 50 * MIN - from) / (to - from)) * box.width, box.y + 20)
  await expect(current).toContainText('Latency back under the SLO')

  // The band is a keyboard slider too: Home goes to the start, where no event is near.
  await band.focus()
  await page.keyboard.press('Home')
  await expect(current).toHaveCount(0)
  await expect(band).toHaveAttribute('aria-valuenow', String(from))

  // Clicking an event's time puts the cursor there, on every chart.
  await timeline
    .getByRole('button', { name: /Move the cursor to/ })
    .first()
    .click()
  await expect(current).toHaveCount(1)
  expect(await cursorLines(page, 'Error ratio').getAttribute('data-at')).toBe(
    await cursorLines(page, 'p99 latency').getAttribute('data-at'),
  )
})

test('review comments and filters by kind and author', async ({ page, app }) => {
  await page.goto(app.url)
  const { id } = await seed(page, app.url)
  await page.goto(`${app.url}#/incidents/${id}/review`)
  const timeline = page.getByRole('list', { name: 'Review timeline' })
  await timeline.getByRole('button', { name: 'Comment on: Rolled back release 42' }).click()
  await page
    .getByRole('textbox', { name: 'Comment on this event' })
    .fill('Why did the rollback take 20 minutes?')
  await page.getByRole('button', { name: 'Add comment' }).click()
  const comments = timeline.getByRole('list', { name: 'Review comments' })
  await expect(comments).toContainText('Why did the rollback take 20 minutes?')
  await page.reload()
  await expect(comments).toContainText('Why did the rollback take 20 minutes?')

  await page.getByRole('checkbox', { name: 'note' }).check()
  await expect(timeline.getByRole('listitem').filter({ hasText: 'Incident declared' })).toHaveCount(
    0,
  )
  await page.getByLabel('Author').selectOption('Ana')
  await expect(timeline.locator(':scope > li')).toHaveCount(2)
  await expect(timeline).not.toContainText('Rolled back release 42')
})

test('review comments go into the exported postmortem only when asked', async ({ page, app }) => {
  await page.goto(app.url)
  const { id } = await seed(page, app.url)
  const events = await rpc<{ id: string; text: string }[]>(page, app.url, 'timeline.list', {
    incidentId: id,
  })
  const rollback = events.find((event) => event.text === 'Rolled back release 42')
  await rpc(page, app.url, 'review.addComment', {
    incidentId: id,
    eventId: rollback?.id,
    text: 'Why did the rollback take 20 minutes?',
    author: 'Bo',
  })
  await page.goto(`${app.url}#/incidents/${id}/postmortem`)
  const preview = page.getByTestId('postmortem-preview')
  await expect(preview).toContainText('Checkout latency review')
  await expect(preview).not.toContainText('Appendix: review comments')
  await page.getByRole('checkbox', { name: 'Include review comments' }).check()
  await expect(preview.getByRole('heading', { name: 'Appendix: review comments' })).toBeVisible()
  await expect(preview).toContainText('Bo (')
  const arriving = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Export Markdown' }).click()
  const file = readFileSync(await (await arriving).path(), 'utf8')
  expect(file).toMatch(/## Appendix: review comments\n[\s\S]*Rolled back release 42/)
  expect(file).toMatch(
    /- Bo \(\d{4}-\d\d-\d\d \d\d:\d\d UTC\): Why did the rollback take 20 minutes\?/,
  )
})

test('library search, insights and the shared archive from the navigation', async ({
  page,
  app,
}) => {
  await page.goto(app.url)
  const { id } = await seed(page, app.url)
  await rpc(page, app.url, 'postmortem.get', { incidentId: id })

  await page.getByRole('link', { name: 'Library' }).click()
  await page.getByRole('textbox', { name: 'Search incidents' }).fill('rolled back')
  const results = page.getByRole('list', { name: 'Incidents in the library' })
  await expect(results.getByRole('link', { name: 'Checkout latency review' })).toBeVisible()
  const marks = results.locator('mark')
  await expect(marks.nth(0)).toHaveText('Rolled')
  await expect(marks.nth(1)).toHaveText('back')
  await page.getByRole('textbox', { name: 'Search incidents' }).fill('<script>nothing')
  await expect(page.getByText('No incident matches')).toBeVisible()

  await page.getByRole('link', { name: 'Insights' }).click()
  await page.getByRole('radio', { name: 'All time' }).click()
  await expect(page.getByRole('table', { name: 'Key durations' })).toContainText('Time to resolve')

  const folder = mkdtempSync(join(tmpdir(), 'firebreak-archive-e2e-'))
  execFileSync('git', ['init', '--quiet', folder])
  try {
    await page.getByRole('link', { name: 'Archive' }).click()
    await page.getByRole('textbox', { name: 'Archive folder' }).fill(folder)
    await page.getByRole('button', { name: 'Use this folder' }).click()
    await expect(page.getByText('A git working copy', { exact: true })).toBeVisible()
    await page.goto(`${app.url}#/incidents/${id}`)
    await page.getByRole('button', { name: 'Publish to archive' }).click()
    await page.getByRole('button', { name: 'Publish', exact: true }).click()
    await expect(
      page.getByText(/Published to \d{4}\/\d{2}\/checkout-latency-review-/),
    ).toBeVisible()
    await page.getByRole('link', { name: 'Archive page' }).click()
    await page.getByRole('button', { name: 'Sync archive' }).click()
    await expect(page.getByText(/Skipped .*: published from this machine/)).toBeVisible()
    await page.getByRole('button', { name: 'Git status' }).click()
    await expect(page.getByRole('log', { name: 'Git output' })).toContainText('?? ')
  } finally {
    rmSync(folder, { recursive: true, force: true })
  }
})

test('a start on the Library lists the incidents, searches them, and opens one', async ({
  page,
  app,
}) => {
  await page.goto(app.url)
  const { id } = await seed(page, app.url)
  // A fresh document at #/library, as when the app is opened there.
  await page.goto(`${app.url}#/library`)
  await page.reload()
  const results = page.getByRole('list', { name: 'Incidents in the library' })
  await expect(results.getByRole('link', { name: 'Checkout latency review' })).toBeVisible()
  await expect(page.getByRole('status').filter({ hasText: /incident/ })).toContainText('1 incident')

  await page.getByRole('textbox', { name: 'Search incidents' }).fill('no such words anywhere')
  await expect(page.getByText('No incident matches')).toBeVisible()
  await page.getByRole('textbox', { name: 'Search incidents' }).fill('')
  await results.getByRole('link', { name: 'Checkout latency review' }).click()
  await expect(page).toHaveURL(new RegExp(`#/incidents/${id}$`))
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Checkout latency review')
})
