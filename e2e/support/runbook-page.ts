import type { Locator, Page } from '@playwright/test'
import { expect } from './fixtures'

// The incident page as the runbook specs drive it: by role and accessible name only.

export const STEPS = [
  'Confirm the alert',
  'Assess impact',
  'Quick health check',
  'Analyze logs',
  'Review recent changes',
  'Mitigate',
  'Long-term fix',
  'Monitor and report',
] as const
export type StepTitle = (typeof STEPS)[number]

export async function declareIncident(
  page: Page,
  title: string,
  { severity = 'SEV2', services }: { severity?: string; services?: string } = {},
) {
  await page.getByRole('button', { name: 'New incident' }).first().click()
  const dialog = page.getByRole('dialog', { name: 'New incident' })
  await dialog.getByLabel('Title').fill(title)
  await dialog.getByLabel('Severity').selectOption(severity)
  if (services) await dialog.getByLabel('Services').fill(services)
  const runbook = dialog.getByRole('combobox', { name: 'Runbook' })
  await expect(runbook).toHaveValue('service-degradation')
  await expect(runbook.locator('option:checked')).toHaveText(/Service degradation \(default\)/)
  await dialog.getByRole('button', { name: 'Create incident' }).click()
  await expect(page.getByRole('heading', { name: title })).toBeVisible()
}

export const stepButton = (page: Page, title: StepTitle) =>
  page.getByRole('button', { name: title, exact: true })
export const stepPanel = (page: Page, title: StepTitle) => page.getByRole('region', { name: title })
export const nextCallout = (page: Page) => page.getByRole('region', { name: 'What to do next' })
export const timelineItems = (page: Page) =>
  page.getByRole('list', { name: 'Timeline events' }).getByRole('listitem')

export async function expectState(page: Page, title: StepTitle, state: RegExp) {
  await expect(stepButton(page, title)).toHaveAccessibleDescription(state)
}

export async function tick(panel: Locator, item: string) {
  const box = panel.getByRole('checkbox', { name: item })
  await box.check()
  await expect(box).toBeChecked()
}

export async function complete(page: Page, title: StepTitle) {
  await stepPanel(page, title).getByRole('button', { name: 'Complete step' }).click()
  await expectState(page, title, /^Done at \d\d:\d\d:\d\d UTC$/)
}

/** The index of the first timeline item containing each text; all must be found, in order. */
export async function expectTimelineOrder(page: Page, texts: string[]) {
  const items = await timelineItems(page).allInnerTexts()
  const positions = texts.map((text) => items.findIndex((item) => item.includes(text)))
  expect(positions, `timeline positions of ${JSON.stringify(texts)}`).not.toContain(-1)
  expect([...positions].sort((a, b) => a - b)).toEqual(positions)
}

/** Calls a channel as another responder would, from outside this page. */
export async function callAsAnotherResponder(
  page: Page,
  appUrl: string,
  channel: string,
  input: object,
) {
  const url = new URL(appUrl)
  const answer = await page.request.post(`${url.origin}/rpc/${channel}`, {
    data: input,
    headers: { 'x-firebreak-token': url.searchParams.get('token') ?? '' },
  })
  expect((await answer.json()) as { ok: boolean }).toMatchObject({ ok: true })
}

export const incidentIdFromUrl = (page: Page) =>
  decodeURIComponent(new URL(page.url()).hash.split('/').at(-1) ?? '')

/** "2026-11-21T09:30" for a time `minutesAgo` before now, as the UTC fields expect it. */
export const utcFieldValue = (minutesAgo: number) =>
  new Date(Date.now() - minutesAgo * 60_000).toISOString().slice(0, 16)
