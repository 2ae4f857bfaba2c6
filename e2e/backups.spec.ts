import { closeSync, openSync, statSync, writeSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { expect, test } from './support/fixtures'

// Issue 4: restore a backup from Settings, and recover from a damaged database at start.

async function rpc(page: Page, url: string, channel: string, input: unknown) {
  const base = new URL(url)
  const answer = await page.request.post(`${base.origin}/rpc/${channel}`, {
    data: input,
    headers: { 'x-firebreak-token': base.searchParams.get('token') ?? '' },
  })
  const body = (await answer.json()) as { ok: boolean; value: unknown }
  expect(body.ok).toBe(true)
  return body.value
}

/** Scribbles over every page after the header, as a failing disk would. */
function damage(file: string): void {
  const fd = openSync(file, 'r+')
  const size = statSync(file).size
  for (let offset = 4096; offset < size; offset += 4096) {
    writeSync(fd, Buffer.alloc(200, 0xab), 0, 200, offset + 8)
  }
  closeSync(fd)
}

test('restoring a backup from Settings brings back the data as it was', async ({ page, app }) => {
  await page.goto(app.url)
  await rpc(page, app.url, 'incident.create', { title: 'Before the backup', severity: 'SEV2' })
  await page.getByRole('link', { name: 'Settings' }).click()
  const backups = page.getByRole('region', { name: 'Backups' })
  await backups.getByRole('button', { name: 'Back up now' }).click()
  await expect(backups.getByRole('table', { name: 'Backups, newest first' })).toContainText(
    'By hand',
  )
  await rpc(page, app.url, 'incident.create', { title: 'After the backup', severity: 'SEV3' })

  await backups.getByRole('button', { name: /^Restore backup .*manual/ }).click()
  await page
    .getByRole('dialog', { name: 'Restore backup' })
    .getByRole('button', { name: 'Restore this backup' })
    .click()
  await expect(backups.getByText(/kept aside as firebreak\.sqlite\.replaced-/)).toBeVisible()

  await page.getByRole('link', { name: 'Incidents' }).click()
  await expect(page.getByRole('link', { name: 'Before the backup' })).toBeVisible()
  await expect(page.getByRole('link', { name: 'After the backup' })).toHaveCount(0)
})

test('a damaged database opens the recovery screen, which restores the newest good backup', async ({
  page,
  app,
}) => {
  await page.goto(app.url)
  await rpc(page, app.url, 'incident.create', { title: 'Survives the damage', severity: 'SEV1' })
  await rpc(page, app.url, 'backup.create', {})
  await app.stop()
  damage(join(app.dataDir, 'firebreak.sqlite'))

  const restarted = await app.restart()
  await page.goto(restarted.url)
  await expect(page.getByRole('heading', { name: /database needs recovery/ })).toBeVisible()
  await expect(page.getByText('kept aside in the data folder')).toBeVisible()
  await page.getByRole('button', { name: 'Restore the newest good backup' }).click()
  await page
    .getByRole('dialog', { name: 'Restore backup' })
    .getByRole('button', { name: 'Restore this backup' })
    .click()
  await expect(page.getByRole('link', { name: 'Survives the damage' })).toBeVisible()
})
