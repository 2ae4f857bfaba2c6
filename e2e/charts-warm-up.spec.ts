import { expect, test } from './support/fixtures'

// Issue 8: while the app is idle after start it draws a few made-up charts off screen, so the
// first real chart runs warm code (see renderer/src/ui/charts/warm-up.ts). A user must never
// see, reach or wait on them.

test('the chart warm-up runs after start and leaves nothing behind', async ({ page, app }) => {
  const errors: string[] = []
  page.on('pageerror', (error) => errors.push(error.message))
  await page.goto(app.url)
  await expect(page.getByRole('button', { name: 'New incident' }).first()).toBeVisible()
  // Two seconds after start the screens are fetched, then each chart takes an idle moment.
  const mark = await page.waitForFunction(
    () => {
      const [entry] = performance.getEntriesByName('firebreak:charts-warmed-up')
      return (entry as PerformanceMark | undefined)?.detail as { charts: number } | undefined
    },
    undefined,
    { timeout: 20_000 },
  )
  const charts = ((await mark.jsonValue()) as { charts: number }).charts
  // As many as CHART_WARM_UP lists.
  expect(charts).toBe(6)
  await expect(page.locator('.uplot')).toHaveCount(0)
  await expect(page.locator('canvas')).toHaveCount(0)
  expect(errors).toEqual([])
  // The page still answers at once: a dialog opens and takes typing.
  await page.getByRole('button', { name: 'New incident' }).first().click()
  const dialog = page.getByRole('dialog', { name: 'New incident' })
  await dialog.getByLabel('Title').fill('After the warm-up')
  await expect(dialog.getByLabel('Title')).toHaveValue('After the warm-up')
})
