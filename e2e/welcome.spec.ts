import { readFileSync } from 'node:fs'
import { expect, test } from './support/fixtures'

// Issue 6: the first run. An empty database greets the user with three ways in; the sample
// incident opens complete with no data source configured, its postmortem exports to Markdown,
// and it deletes cleanly, back to the welcome.

const SAMPLE_TITLE = 'Leaderboard API slow after the mobile friends-leaderboard go-live'

test('the welcome screen offers the three ways in', async ({ page, app }) => {
  await page.goto(app.url)
  const welcome = page.getByRole('region', { name: 'Welcome to Firebreak' })
  await expect(welcome).toBeVisible()

  await welcome.getByRole('button', { name: 'Declare an incident' }).click()
  await expect(page.getByRole('dialog', { name: 'New incident' })).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(page.getByRole('dialog', { name: 'New incident' })).toBeHidden()

  await welcome.getByRole('link', { name: 'Add a data source' }).click()
  await expect(page.getByRole('heading', { name: 'Data sources', level: 1 })).toBeVisible()
})

test('open the sample incident, export its postmortem, delete it', async ({ page, app }) => {
  await page.goto(app.url)
  await page.getByRole('button', { name: 'Open sample incident' }).click()

  // The incident page: complete run, marked as the sample, evidence readable with no source.
  await expect(page.getByRole('heading', { name: SAMPLE_TITLE, level: 1 })).toBeVisible()
  await expect(page.getByText('Sample incident', { exact: true })).toBeVisible()
  await expect(page.getByText('8 of 8 steps finished')).toBeVisible()
  const incidentUrl = page.url()
  await page.getByRole('tab', { name: 'Evidence (6)' }).click()
  const evidence = page.getByRole('tabpanel', { name: 'Evidence (6)' })
  await expect(evidence.getByText(/^1-hour burn rate of the 3 s latency SLO/)).toBeVisible()
  await expect(evidence.locator('canvas').first()).toBeVisible()

  // The list shows it with its badge.
  await page.getByRole('link', { name: 'Back to the list' }).click()
  const row = page.getByRole('row', { name: new RegExp(SAMPLE_TITLE) })
  await expect(row.getByText('Sample', { exact: true })).toBeVisible()
  await row.getByRole('link', { name: SAMPLE_TITLE }).click()

  // Its postmortem draft exports to a Markdown file.
  await page.getByRole('link', { name: 'Postmortem', exact: true }).click()
  await expect(page.getByRole('heading', { name: 'Postmortem', level: 1 })).toBeVisible()
  const markdownDownload = page.waitForEvent('download', (d) =>
    d.suggestedFilename().endsWith('.md'),
  )
  await page.getByRole('button', { name: 'Export Markdown' }).click()
  const download = await markdownDownload
  const markdown = readFileSync((await download.path()) ?? '', 'utf8')
  expect(markdown).toContain(`# ${SAMPLE_TITLE}`)
  expect(markdown).toContain('composite index')
  expect(markdown).toContain('Resource contention on the leaderboard-api pods')

  // Deleting it needs a confirmation and leaves the first-run screen again.
  await page.goto(incidentUrl)
  await page.getByRole('button', { name: 'Delete sample incident' }).click()
  const confirm = page.getByRole('dialog', { name: 'Delete the sample incident?' })
  await confirm.getByRole('button', { name: 'Delete sample' }).click()
  await expect(page.getByRole('region', { name: 'Welcome to Firebreak' })).toBeVisible()
  await page.reload()
  await expect(page.getByRole('region', { name: 'Welcome to Firebreak' })).toBeVisible()
})
