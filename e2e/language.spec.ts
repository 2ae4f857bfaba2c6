import type { Page } from '@playwright/test'
import { expect, test } from './support/fixtures'

// Issue 6, languages: a user switches Firebreak to Brazilian Portuguese in Settings. Screens,
// dates and <html lang> follow at once, the choice survives a reload and a restart of the host
// (a new address, so nothing cached in the page helps), and English comes back unchanged.

const SAMPLE_TITLE = 'Leaderboard API slow after the mobile friends-leaderboard go-live'
const PT_DAY_TIME = /\d{2}\/\d{2}\/20\d{2} \d{2}:\d{2}:\d{2} UTC/
const ISO_DAY = /20\d{2}-\d{2}-\d{2}/

async function chooseLanguage(page: Page, settingsLink: string, group: string, choice: string) {
  await page.getByRole('navigation').getByRole('link', { name: settingsLink }).click()
  await page.getByRole('radiogroup', { name: group }).getByRole('radio', { name: choice }).click()
}

async function expectPortugueseNavigation(page: Page) {
  const nav = page.getByRole('navigation', { name: 'Principal' })
  await expect(nav.getByRole('link', { name: 'Incidentes' })).toBeVisible()
  await expect(nav.getByRole('link', { name: 'Configurações' })).toBeVisible()
  await expect(page.locator('html')).toHaveAttribute('lang', 'pt-BR')
}

async function expectPortugueseIncidentList(page: Page) {
  await page.getByRole('link', { name: 'Incidentes' }).click()
  await expect(page.getByRole('heading', { name: 'Incidentes', level: 1 })).toBeVisible()
  const table = page.getByRole('table', { name: 'Incidentes, mais recentes primeiro' })
  await expect(table.getByRole('columnheader', { name: 'Severidade' })).toBeVisible()
  await expect(table.getByRole('columnheader', { name: 'Início' })).toBeVisible()
  const row = table.getByRole('row', { name: new RegExp(SAMPLE_TITLE) })
  await expect(row).toContainText(PT_DAY_TIME)
  await expect(row).not.toContainText(ISO_DAY)
  await expect(row).toContainText(/há \d+ (min|h|dias?)|agora mesmo/)
  await expect(row.getByText('Exemplo', { exact: true })).toBeVisible()
}

async function expectPortugueseIncidentPage(page: Page) {
  await expect(page.getByRole('heading', { name: SAMPLE_TITLE, level: 1 })).toBeVisible()
  await expect(page.getByRole('link', { name: '← Voltar para a lista' })).toBeVisible()
  await expect(page.getByText('Incidente de exemplo', { exact: true })).toBeVisible()
  await expect(page.getByRole('combobox', { name: 'Severidade' })).toBeVisible()
  const durations = page.getByRole('group', { name: 'Durações principais' })
  await expect(durations).toContainText('Tempo até resolver')
  await expect(page.getByRole('heading', { name: 'Hipóteses', level: 2 })).toBeVisible()
  await expect(page.getByRole('heading', { name: 'Linha do tempo', level: 2 })).toBeVisible()
  await expect(page.getByRole('button', { name: 'Adicionar à linha do tempo' })).toBeVisible()
  await expect(page.getByText(/^Início \d{2}\/\d{2}\/20\d{2}/)).toBeVisible()
}

test('Portuguese chosen in Settings reaches every screen, survives a restart, and reverts', async ({
  page,
  app,
}) => {
  await page.goto(app.url)
  await expect(page.locator('html')).toHaveAttribute('lang', 'en')
  await chooseLanguage(page, 'Settings', 'Language', 'Português (Brasil)')
  await expect(page.getByRole('heading', { name: 'Configurações', level: 1 })).toBeVisible()
  await expect(page.getByRole('radiogroup', { name: 'Idioma' })).toBeVisible()
  await expectPortugueseNavigation(page)

  // The first-run screen, then the sample incident opened from it.
  await page.getByRole('link', { name: 'Incidentes' }).click()
  const welcome = page.getByRole('region', { name: 'Boas-vindas ao Firebreak' })
  await expect(welcome.getByRole('button', { name: 'Declarar um incidente' })).toBeVisible()
  await welcome.getByRole('button', { name: 'Abrir incidente de exemplo' }).click()
  await expectPortugueseIncidentPage(page)
  const incidentUrl = page.url()
  await expectPortugueseIncidentList(page)

  await page.goto(incidentUrl)
  await page.reload()
  await expectPortugueseNavigation(page)
  await expectPortugueseIncidentPage(page)

  const restarted = await app.restart()
  await page.goto(restarted.url)
  await expectPortugueseNavigation(page)
  await expectPortugueseIncidentList(page)

  await chooseLanguage(page, 'Configurações', 'Idioma', 'English')
  const nav = page.getByRole('navigation', { name: 'Main' })
  await expect(nav.getByRole('link', { name: 'Incidents' })).toBeVisible()
  await expect(page.locator('html')).toHaveAttribute('lang', 'en')
  await nav.getByRole('link', { name: 'Incidents' }).click()
  const row = page
    .getByRole('table', { name: 'Incidents, newest first' })
    .getByRole('row', { name: new RegExp(SAMPLE_TITLE) })
  await expect(row).toContainText(ISO_DAY)
  await expect(row).toContainText(/\d+ (min|h|days) ago|just now/)
})

test('in Portuguese, the timeline entries Firebreak writes read in Portuguese; in English as stored', async ({
  page,
  app,
}) => {
  await page.goto(app.url)
  await chooseLanguage(page, 'Settings', 'Language', 'Português (Brasil)')
  await page.getByRole('link', { name: 'Incidentes' }).click()
  await page.getByRole('button', { name: 'Novo incidente' }).first().click()
  const dialog = page.getByRole('dialog', { name: 'Novo incidente' })
  await dialog.getByLabel('Título').fill('Checkout lento depois do deploy')
  await dialog.getByLabel('Severidade').selectOption('SEV2')
  await dialog.getByRole('button', { name: 'Criar incidente' }).click()
  await expect(page.getByRole('heading', { name: 'Checkout lento depois do deploy' })).toBeVisible()
  const incidentUrl = page.url()

  await page.getByRole('combobox', { name: 'Status' }).selectOption('mitigated')
  await page.getByRole('button', { name: 'Avaliar o impacto', exact: true }).click()
  await page
    .getByRole('region', { name: 'Avaliar o impacto' })
    .getByRole('button', { name: 'Iniciar etapa' })
    .click()

  const timeline = page.getByRole('list', { name: 'Eventos da linha do tempo' })
  for (const entry of [
    'Incidente declarado: SEV2, investigando',
    'Incidente reconhecido',
    'Status alterado de investigando para mitigado',
    'Etapa "Avaliar o impacto" iniciada',
  ]) {
    await expect(timeline.getByText(entry, { exact: true })).toBeVisible()
  }
  await expect(timeline).not.toContainText(/declared|acknowledged|Status changed|Started/)

  // Back in English, the same entries read exactly as the backend stored them.
  await chooseLanguage(page, 'Configurações', 'Idioma', 'English')
  await page.goto(incidentUrl)
  const english = page.getByRole('list', { name: 'Timeline events' })
  for (const entry of [
    'Incident declared: SEV2, investigating',
    'Status changed from investigating to mitigated',
    'Started step "Assess impact"',
  ]) {
    await expect(english.getByText(entry, { exact: true })).toBeVisible()
  }
})
