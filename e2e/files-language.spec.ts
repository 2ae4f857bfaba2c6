import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, test } from './support/fixtures'

// Issue 6, languages: what the backend says about files (a bundle it refuses, an archive folder
// it cannot use) reaches a Portuguese-speaking user in Portuguese, file names as they are.

test('a refused bundle and an unusable archive folder are explained in Portuguese', async ({
  page,
  app,
}, testInfo) => {
  await page.goto(app.url)
  await page.getByRole('navigation').getByRole('link', { name: 'Settings' }).click()
  await page
    .getByRole('radiogroup', { name: 'Language' })
    .getByRole('radio', { name: 'Português (Brasil)' })
    .click()
  await expect(page.getByRole('heading', { name: 'Configurações', level: 1 })).toBeVisible()

  await page.getByRole('link', { name: 'Incidentes' }).click()
  const broken = join(app.dataDir, 'broken.zip')
  writeFileSync(broken, 'this is not a zip')
  const choosing = page.waitForEvent('filechooser')
  await page.getByRole('button', { name: 'Importar pacote de incidente' }).click()
  await (await choosing).setFiles(broken)
  const refused = page.getByRole('alert')
  await expect(refused).toHaveText(
    'Não foi possível importar broken.zip: Este arquivo não é um pacote de incidente do Firebreak: não é um zip legível. Nada foi importado.',
  )
  await page.screenshot({ path: testInfo.outputPath('pt-BR-bundle-refused.png') })

  const folder = mkdtempSync(join(tmpdir(), 'firebreak-not-git-'))
  try {
    await page.getByRole('navigation').getByRole('link', { name: 'Arquivo' }).click()
    await page.getByRole('textbox', { name: 'Pasta do arquivo' }).fill(folder)
    await page.getByRole('button', { name: 'Usar esta pasta' }).click()
    await expect(
      page.getByText(
        `${folder} não está dentro de uma cópia de trabalho git: clone ali o repositório de arquivo do time, ou rode "git init" nela.`,
      ),
    ).toBeVisible()
    await page.screenshot({ path: testInfo.outputPath('pt-BR-archive-folder.png') })
  } finally {
    rmSync(folder, { recursive: true, force: true })
  }
})
