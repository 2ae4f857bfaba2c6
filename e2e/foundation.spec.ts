import type { Page } from '@playwright/test'
import { expect, test } from './support/fixtures'

// Issue 2: declare an incident, write notes, and find everything again after a reload and a
// restart of the host on the same data folder.

async function declareIncident(page: Page, title: string) {
  await page.getByRole('button', { name: 'New incident' }).first().click()
  const dialog = page.getByRole('dialog', { name: 'New incident' })
  await dialog.getByLabel('Title').fill(title)
  await dialog.getByLabel('Severity').selectOption('SEV2')
  await dialog.getByLabel('Services').fill('leaderboard-api, leaderboard-db')
  await dialog.getByRole('button', { name: 'Create incident' }).click()
  await expect(page.getByRole('heading', { name: title })).toBeVisible()
}

async function addNote(page: Page, text: string, eventTime?: string) {
  await page.getByRole('textbox', { name: 'Timeline note' }).fill(text)
  if (eventTime) await page.getByLabel('Event time').fill(eventTime)
  await page.getByRole('button', { name: 'Add to timeline' }).click()
  await expect(page.getByRole('list', { name: 'Timeline events' })).toContainText(text)
}

function timelineTexts(page: Page) {
  return page.getByRole('list', { name: 'Timeline events' }).getByRole('listitem')
}

test('notes survive a reload and a restart, in time order', async ({ page, app }) => {
  await page.goto(app.url)
  await declareIncident(page, 'Leaderboard API latency')
  await addNote(page, 'Paged the database on-call')
  // Backdated well before the incident was declared: it must sort first.
  const yesterday = new Date(Date.now() - 24 * 3600_000 + 60_000)
  const backdated = yesterday.toISOString().slice(0, 16)
  await addNote(page, 'Leaderboard feature went live', backdated)
  await addNote(page, 'Rolled back the leaderboard query change')

  const expectOrder = async () => {
    const items = timelineTexts(page)
    await expect(items.filter({ hasText: 'Rolled back' })).toHaveCount(1)
    const texts = await items.allInnerTexts()
    const at = (needle: string) => texts.findIndex((t) => t.includes(needle))
    expect(at('Leaderboard feature went live')).toBeLessThan(at('Incident declared'))
    expect(at('Incident declared')).toBeLessThan(at('Paged the database on-call'))
    expect(at('Paged the database on-call')).toBeLessThan(
      at('Rolled back the leaderboard query change'),
    )
  }
  await expectOrder()

  await page.reload()
  await expectOrder()

  const restarted = await app.restart()
  await page.goto(restarted.url)
  await page.getByRole('link', { name: /Leaderboard API latency/ }).click()
  await expectOrder()
})

test('bad input shows a message beside the field and writes nothing', async ({ page, app }) => {
  await page.goto(app.url)
  await page.getByRole('button', { name: 'New incident' }).first().click()
  const dialog = page.getByRole('dialog', { name: 'New incident' })
  await dialog.getByLabel('Title').fill('   ')
  await dialog.getByRole('button', { name: 'Create incident' }).click()
  await expect(dialog.getByText('Enter a title')).toBeVisible()
  await dialog.getByLabel('Title').fill('x'.repeat(201))
  await dialog.getByRole('button', { name: 'Create incident' }).click()
  await expect(dialog.getByText(/under 200 characters/)).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(page.getByRole('link', { name: /x{20}/ })).toHaveCount(0)
})

test('theme toggle switches and persists', async ({ page, app }) => {
  await page.goto(app.url)
  const theme = page.getByRole('radiogroup', { name: 'Theme' }).first()
  await theme.getByRole('radio', { name: 'Dark' }).check()
  await expect(page.locator('html')).toHaveAttribute('data-mantine-color-scheme', 'dark')
  await page.reload()
  await expect(page.locator('html')).toHaveAttribute('data-mantine-color-scheme', 'dark')
  await page
    .getByRole('radiogroup', { name: 'Theme' })
    .first()
    .getByRole('radio', { name: 'Light' })
    .check()
  await expect(page.locator('html')).toHaveAttribute('data-mantine-color-scheme', 'light')
})

test.describe('time zone', () => {
  test.use({ timezoneId: 'America/Sao_Paulo' })

  test('toggle shows times in UTC or local, always labelled', async ({ page, app }) => {
    await page.goto(app.url)
    await declareIncident(page, 'Checkout errors')
    const declared = timelineTexts(page).filter({ hasText: 'Incident declared' })
    await expect(declared).toContainText(/\d\d:\d\d:\d\d UTC/)
    const utcText = await declared.innerText()
    await page
      .getByRole('radiogroup', { name: 'Time zone' })
      .first()
      .getByRole('radio', { name: 'Local' })
      .check()
    await expect(declared).not.toContainText(/\d\d:\d\d:\d\d UTC/)
    await expect(declared).toContainText(/\(UTC[−-]03:00\)/)
    expect(await declared.innerText()).not.toEqual(utcText)
    await page.reload()
    await expect(declared).toContainText(/\(UTC[−-]03:00\)/)
  })
})

test('the bridge refuses a request without the token', async ({ page, app }) => {
  const origin = new URL(app.url).origin
  const refused = await page.request.post(`${origin}/rpc/incident.list`, {
    data: {},
    headers: { 'content-type': 'application/json' },
  })
  expect(refused.status()).toBe(401)
  const page401 = await page.goto(`${origin}/`)
  expect(page401?.status()).toBe(401)
  await expect(page.getByText(/access token/)).toBeVisible()
})
