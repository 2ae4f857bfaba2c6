import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test } from './support/fixtures'
import { utcFieldValue } from './support/runbook-page'

// Issue 6, languages: what the backend and the shared rules refuse in the incident work area
// reaches a Portuguese reader in Portuguese: a runbook file that cannot be loaded, and a
// detection time the lifecycle rules refuse because it is before the incident started.

test('refusals of the incident work area are in Portuguese after choosing it', async ({
  page,
  app,
}) => {
  const runbooks = join(app.dataDir, 'runbooks')
  mkdirSync(runbooks, { recursive: true })
  writeFileSync(join(runbooks, 'broken.yaml'), 'name: Broken\nsteps:\n  - title: One\n')

  await page.goto(app.url)
  await page.getByRole('navigation').getByRole('link', { name: 'Settings' }).click()
  await page.getByRole('radio', { name: 'Português (Brasil)' }).click()
  await page.getByRole('link', { name: 'Incidentes' }).click()
  await page.getByRole('button', { name: 'Declarar um incidente' }).first().click()

  const dialog = page.getByRole('dialog', { name: 'Novo incidente' })
  const loadErrors = dialog.getByRole('alert').filter({ hasText: 'broken.yaml' })
  await expect(loadErrors).toContainText('Um arquivo de runbook não pôde ser carregado')
  await expect(loadErrors).toContainText('O campo purpose é obrigatório')
  await expect(loadErrors).not.toContainText('is required')

  await dialog.getByLabel('Título').fill('Checkout lento')
  await dialog.getByLabel('Severidade').selectOption('SEV2')
  await dialog.getByLabel('Início').fill(utcFieldValue(30))
  await dialog.getByRole('button', { name: 'Criar incidente' }).click()
  await expect(page.getByRole('heading', { name: 'Checkout lento', level: 1 })).toBeVisible()

  await page.getByRole('button', { name: 'Registrar detecção' }).click()
  await page.getByLabel('Detectado em').fill(utcFieldValue(60))
  await page.getByRole('button', { name: 'Salvar horário de detecção' }).click()
  await expect(
    page.getByText(
      /^Esse horário é anterior ao início do incidente \(.+\); escolha um horário posterior\.$/,
    ),
  ).toBeVisible()
  await expect(page.getByText(/before the incident started/)).toHaveCount(0)
})
