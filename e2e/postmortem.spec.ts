import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Download, Page } from '@playwright/test'
import { marked } from 'marked'
import { expect, test } from './support/fixtures'
import { makeDataDir, startHostProcess } from './support/host'

// Issue 9: write a postmortem in the editor, see it in the preview exactly as it will be
// exported, lose nothing on a reload, export it (Markdown, clipboard, evidence) with secrets
// redacted, and move the whole incident to another data folder as a bundle.

const XSS = {
  img: '<img src=x onerror=alert(1)>',
  script: '<script>alert(2)</script>',
  link: '[click me](javascript:alert(3))',
}

async function rpc<T>(page: Page, appUrl: string, channel: string, input: unknown): Promise<T> {
  const base = new URL(appUrl)
  const answer = await page.request.post(`${base.origin}/rpc/${channel}`, {
    data: input,
    headers: { 'x-firebreak-token': base.searchParams.get('token') ?? '' },
  })
  const body = (await answer.json()) as { ok: boolean; value?: T; error?: { message: string } }
  if (!body.ok) throw new Error(`${channel}: ${body.error?.message}`)
  return body.value as T
}

/** An incident with a few timeline notes, declared through the bridge: the editor is the subject. */
async function seedIncident(page: Page, appUrl: string, title: string, notes: string[] = []) {
  const startedAt = Date.now() - 90 * 60_000
  const incident = await rpc<{ id: string }>(page, appUrl, 'incident.create', {
    title,
    severity: 'SEV2',
    services: ['checkout-api', 'payments-db'],
    startedAt,
  })
  for (const [index, text] of notes.entries()) {
    await rpc(page, appUrl, 'timeline.add', {
      incidentId: incident.id,
      text,
      occurredAt: startedAt + (index + 1) * 60_000,
    })
  }
  return incident.id
}

async function openPostmortem(page: Page, appUrl: string, incidentId: string, title: string) {
  await page.goto(`${appUrl}#/incidents/${incidentId}`)
  await expect(page.getByRole('heading', { name: title })).toBeVisible()
  await page.getByRole('link', { name: 'Postmortem' }).click()
  await expect(page.getByRole('heading', { name: 'Postmortem', level: 1 })).toBeVisible()
  await expect(saveStatus(page)).toContainText('Saved')
}

const saveStatus = (page: Page) => page.getByRole('status', { name: 'Save status' })
const preview = (page: Page) => page.getByTestId('postmortem-preview')
const section = (page: Page, name: string) => page.getByRole('region', { name, exact: true })
const markdownBox = (page: Page, name: string) => page.getByRole('textbox', { name, exact: true })

async function addActionItem(page: Page, title: string, owner: string) {
  const form = page.getByRole('form', { name: 'New action item' })
  await form.getByRole('textbox', { name: 'New action item' }).fill(title)
  await form.getByRole('textbox', { name: 'Owner' }).fill(owner)
  await form.getByLabel('Due date').fill('2026-12-31')
  await form.getByRole('combobox', { name: 'Priority' }).selectOption('P1')
  await form.getByRole('combobox', { name: 'Type' }).selectOption('detect')
  await page.getByRole('button', { name: 'Add action item' }).click()
  const items = page.getByRole('list', { name: 'Action items' })
  await expect(items.getByRole('textbox', { name: /^Title of action item/ }).last()).toHaveValue(
    title,
  )
}

/** Clicks and returns what arrived, read as UTF-8. */
async function downloadOf(page: Page, click: () => Promise<void>) {
  const arriving = page.waitForEvent('download')
  await click()
  const download: Download = await arriving
  const path = await download.path()
  return { name: download.suggestedFilename(), path, text: readFileSync(path, 'utf8') }
}

/** The template's own headings (those without placeholders): each must be in the file. */
function templateHeadings(file: string): string[] {
  const source = readFileSync(join(process.cwd(), 'templates', 'postmortems', file), 'utf8')
  return source
    .split('\n')
    .filter((line) => /^#{1,6} /.test(line) && !line.includes('{{'))
    .map((line) => line.replace(/^#+ /, '').trim())
}

/** The headings of the file's body (after the YAML front matter), as marked reads them. */
function headingsOf(markdown: string): string[] {
  const body = markdown.replace(/^---\n[\s\S]*?\n---\n/, '')
  return marked
    .lexer(body)
    .flatMap((token) => (token.type === 'heading' ? [token.text as string] : []))
}

test('a postmortem written in the editor is previewed and exported as written', async ({
  page,
  app,
  context,
}) => {
  test.setTimeout(120_000)
  await context.grantPermissions(['clipboard-read', 'clipboard-write'])
  const title = 'Checkout 502s after the payments-db failover'
  const id = await seedIncident(page, app.url, title, ['Paged the database on-call'])
  await openPostmortem(page, app.url, id, title)

  // Prefilled values say so; the template decides the sections.
  await expect(page.getByRole('combobox', { name: 'Template' })).toHaveValue('google-sre')
  await expect(page.getByRole('textbox', { name: 'Affected services' })).toHaveValue(
    'checkout-api, payments-db',
  )
  await expect(section(page, 'Impact')).toContainText('Prefilled from the incident')
  await expect(section(page, 'Five whys')).toHaveCount(0)

  await markdownBox(page, 'Summary').fill('Checkout failed for **12 minutes** after the failover.')
  await markdownBox(page, 'Root cause').fill('The pool kept connecting to the demoted primary.')
  await markdownBox(page, 'Trigger').fill('A planned failover of payments-db.')
  await markdownBox(page, 'What went well').fill('The alert fired within a minute.')
  // Sections some headings depend on: with every section written, every heading must appear.
  await markdownBox(page, 'Contributing factors').fill('No alert on read-only errors.')
  await markdownBox(page, 'Lessons learned').fill('Failovers need a drill.')
  await page.getByRole('button', { name: 'Add a ruled-out hypothesis' }).click()
  await markdownBox(page, 'Ruled-out hypothesis 1').fill('A bad deploy of checkout-api')
  await markdownBox(page, 'Why it was ruled out 1').fill('Nothing was deployed that day')
  await section(page, 'Timeline')
    .getByRole('checkbox', { name: 'Key event: Paged the database on-call' })
    .check()
  await addActionItem(page, 'Alert on pool connections to a read-only primary', 'Ana Souza')

  // The preview is the exported text: formatted Markdown, the key event, the action item.
  await expect(preview(page).locator('strong', { hasText: '12 minutes' })).toBeVisible()
  await expect(preview(page)).toContainText('Paged the database on-call')
  await expect(preview(page).getByRole('cell', { name: 'Ana Souza' })).toBeVisible()
  await expect(saveStatus(page)).toContainText(/Saved \d\d:\d\d:\d\d UTC/)

  const file = await downloadOf(page, () =>
    page.getByRole('button', { name: 'Export Markdown' }).click(),
  )
  expect(file.name).toMatch(/^\d{4}-\d{2}-\d{2}-checkout-502s-after-the-payments-db-failover\.md$/)
  expect(file.text).toMatch(/^---\n[\s\S]*\ntemplate: "google-sre"\n---\n/)
  const headings = headingsOf(file.text)
  for (const heading of templateHeadings('google-sre.md')) expect(headings).toContain(heading)
  expect(headings).toContain(title)
  expect(file.text).toContain('Alert on pool connections to a read-only primary')
  expect(file.text).toContain('The pool kept connecting to the demoted primary.')
  expect(file.text).toContain('| A bad deploy of checkout-api | Nothing was deployed that day |')
  await expect(page.getByRole('status').filter({ hasText: 'Downloaded' })).toContainText(
    'keeps no evidence',
  )

  await page.getByRole('button', { name: 'Copy as Markdown' }).click()
  await expect(page.getByText(/Copied the Markdown/)).toBeVisible()
  const copied = await page.evaluate(() => navigator.clipboard.readText())
  expect(copied).toBe(file.text)
})

test('XSS payloads in every field stay inert text in the preview', async ({ page, app }) => {
  test.setTimeout(90_000)
  const dialogs: string[] = []
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message())
    void dialog.dismiss()
  })
  const payload = `${XSS.img} ${XSS.script} ${XSS.link}`
  const title = 'Payload incident'
  const id = await seedIncident(page, app.url, title, [`Note ${XSS.img}`])
  await openPostmortem(page, app.url, id, title)
  await page.getByRole('textbox', { name: 'Postmortem title' }).fill(`${title} ${XSS.img}`)
  for (const name of ['Summary', 'Root cause', 'Trigger', 'What went well', 'Users affected']) {
    await page.getByRole('textbox', { name, exact: true }).fill(payload)
  }
  await section(page, 'Timeline').getByRole('radio', { name: 'Every event' }).check()
  await addActionItem(page, `Fix ${XSS.img}`, XSS.script)
  await page
    .getByRole('textbox', { name: 'Ticket URL of action item 1' })
    .fill('javascript:alert(4)')
  await expect(
    page.getByText('Use a web link starting with http:// or https://', { exact: true }),
  ).toBeVisible()
  await expect(saveStatus(page)).toContainText('Not saved: Action item: Use a web link')

  // The payloads arrive in the preview as visible text, in every place they were typed.
  await expect(preview(page).getByText(XSS.img).first()).toBeVisible()
  await expect(preview(page)).toContainText(`Fix ${XSS.img}`)
  await expect(preview(page)).toContainText(`Note ${XSS.img}`)
  await expect(preview(page)).toContainText(XSS.script)
  const dangerous = await preview(page).evaluate(
    (root) =>
      root.querySelectorAll('img[onerror], script, [onerror], a[href^="javascript:" i], iframe')
        .length,
  )
  expect(dangerous).toBe(0)
  expect(await page.locator('img[onerror]').count()).toBe(0)
  expect(dialogs).toEqual([])
})

test('text typed just before a reload or a closed tab is there afterwards', async ({
  page,
  app,
  context,
}) => {
  const title = 'Autosave incident'
  const id = await seedIncident(page, app.url, title)
  await openPostmortem(page, app.url, id, title)

  // Reloaded at once: no pause for the debounce, no blur.
  await markdownBox(page, 'Lessons learned').pressSequentially('Failovers need a drill')
  await page.reload()
  await expect(markdownBox(page, 'Lessons learned')).toHaveValue('Failovers need a drill')
  await expect(saveStatus(page)).toContainText('Saved')
  await expect(preview(page)).toContainText('Failovers need a drill')

  // The tab closed right after typing; a new one finds the text, saved.
  await markdownBox(page, 'What went wrong').pressSequentially('Nobody owned the pool config')
  const url = page.url()
  await page.close()
  const next = await context.newPage()
  await next.goto(url)
  await expect(markdownBox(next, 'What went wrong')).toHaveValue('Nobody owned the pool config')
  await expect(preview(next)).toContainText('Nobody owned the pool config')
  const view = await rpc<{ sections: { wentWrong: string } }>(next, app.url, 'postmortem.get', {
    incidentId: id,
  })
  expect(view.sections.wentWrong).toBe('Nobody owned the pool config')
})

test('the Portuguese template keeps its accents from editor to file', async ({ page, app }) => {
  const title = 'Falha na autenticação às 14h'
  const id = await seedIncident(page, app.url, title)
  await openPostmortem(page, app.url, id, title)
  await page.getByRole('combobox', { name: 'Template' }).selectOption('postmortem-oficial-pt-br')
  await expect(section(page, 'Five whys')).toBeVisible()
  const summary = 'Ação imediata: reinício do serviço de sessão; lições aprendidas, não repetição.'
  await markdownBox(page, 'Summary').fill(summary)
  await expect(preview(page)).toContainText(summary)
  await expect(preview(page).getByRole('heading', { name: 'Visão geral' })).toBeVisible()

  const file = await downloadOf(page, () =>
    page.getByRole('button', { name: 'Export Markdown' }).click(),
  )
  expect(file.name).toMatch(/-falha-na-autenticacao-as-14h\.md$/)
  expect(file.text).toContain(summary)
  expect(file.text).toContain(title)
  const headings = headingsOf(file.text)
  for (const heading of templateHeadings('postmortem-oficial-pt-br.md')) {
    expect(headings).toContain(heading)
  }
})

test('review lists the empty sections, and export redacts secrets with a preview', async ({
  page,
  app,
}) => {
  const title = 'Token leak in logs'
  const id = await seedIncident(page, app.url, title)
  await openPostmortem(page, app.url, id, title)
  const token = 'Bearer eyJhbGciOiJIUzI1NiJ9abcdef123456'
  await markdownBox(page, 'Summary').fill(`The client sent ${token} to ops@example.com`)

  await page.getByRole('button', { name: 'Send for review' }).click()
  const empty = page.getByRole('list', { name: 'Empty sections' })
  await expect(empty).toContainText('Root cause and trigger')
  await expect(empty).not.toContainText('Summary')
  await page.getByRole('button', { name: 'Keep writing' }).click()
  await expect(empty).toHaveCount(0)
  await page.getByRole('button', { name: 'Send for review' }).click()
  await page.getByRole('button', { name: 'Send for review anyway' }).click()
  await expect(page.getByRole('group', { name: 'Postmortem status' })).toContainText('In review')

  await page.getByRole('button', { name: 'Redaction…' }).click()
  const findings = page.getByRole('region', { name: 'Redaction preview' })
  await expect(findings).toContainText('1 bearer token')
  await expect(preview(page)).toContainText('Bearer [redacted token]')
  await page.getByRole('checkbox', { name: 'E-mail addresses' }).check()
  await expect(findings).toContainText('1 e-mail address')
  await page.getByRole('textbox', { name: 'Your own patterns' }).fill('(unclosed')
  await expect(page.getByText(/Line 1: Not a valid regular expression/)).toBeVisible()
  await expect(page.getByRole('button', { name: 'Export Markdown' })).toBeDisabled()
  await page.getByRole('textbox', { name: 'Your own patterns' }).fill('client')

  const file = await downloadOf(page, () =>
    page.getByRole('button', { name: 'Export Markdown' }).click(),
  )
  expect(file.text).toContain('The [redacted] sent Bearer [redacted token] to [redacted email]')
  expect(file.text).not.toContain('eyJhbGciOiJIUzI1NiJ9')
  expect(file.text).not.toContain('ops@example.com')
})

test('an incident bundle moves the incident to a fresh data folder', async ({ page, app }) => {
  test.setTimeout(120_000)
  const title = 'Search results stale for an hour'
  const id = await seedIncident(page, app.url, title, ['Reindex job stuck on shard 7'])
  await openPostmortem(page, app.url, id, title)
  await markdownBox(page, 'Summary').fill('Search served hour-old results.')
  await addActionItem(page, 'Alert on indexer lag', 'Search team')
  await expect(saveStatus(page)).toContainText('Saved')

  const bundle = await downloadOf(page, () =>
    page.getByRole('button', { name: 'Export incident bundle' }).click(),
  )
  expect(bundle.name).toMatch(/-search-results-stale-for-an-hour\.firebreak-bundle\.zip$/)

  const other = makeDataDir()
  const second = await startHostProcess(other.dir)
  try {
    await page.goto(second.url)
    await expect(page.getByRole('heading', { name: 'Incidents', level: 1 })).toBeVisible()
    const importFile = async (path: string) => {
      const choosing = page.waitForEvent('filechooser')
      await page.getByRole('button', { name: 'Import incident bundle' }).click()
      await (await choosing).setFiles(path)
    }

    // A malformed file: a clear error, and nothing written.
    const broken = join(other.dir, 'broken.zip')
    writeFileSync(broken, 'this is not a zip')
    await importFile(broken)
    await expect(page.getByRole('alert')).toContainText(
      /Could not import broken.zip: .*Nothing was (imported|written)/,
    )
    await expect(page.getByRole('link', { name: title })).toHaveCount(0)

    await importFile(bundle.path)
    await expect(page.getByRole('status').filter({ hasText: 'Imported' })).toContainText(
      `“${title}” created`,
    )
    await importFile(bundle.path)
    await expect(page.getByRole('status').filter({ hasText: 'Imported' })).toContainText(
      'unchanged',
    )
    await expect(page.getByRole('link', { name: title })).toHaveCount(1)

    await page.getByRole('link', { name: title }).click()
    await expect(page.getByRole('heading', { name: title })).toBeVisible()
    await expect(page.getByRole('list', { name: 'Timeline events' })).toContainText(
      'Reindex job stuck on shard 7',
    )
    await page.getByRole('link', { name: 'Postmortem' }).click()
    await expect(markdownBox(page, 'Summary')).toHaveValue('Search served hour-old results.')
    await expect(page.getByRole('textbox', { name: 'Title of action item 1' })).toHaveValue(
      'Alert on indexer lag',
    )
  } finally {
    await second.stop()
    other.remove()
  }
})
