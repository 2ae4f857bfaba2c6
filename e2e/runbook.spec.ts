import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Locator, Page } from '@playwright/test'
import { expect, test } from './support/fixtures'

// Issue 3: walk an incident through the whole guided runbook, with hypotheses and the status
// lifecycle, and read the story back from the timeline and the header's durations.

const STEPS = [
  'Confirm the alert',
  'Assess impact',
  'Quick health check',
  'Analyze logs',
  'Review recent changes',
  'Mitigate',
  'Long-term fix',
  'Monitor and report',
] as const
type StepTitle = (typeof STEPS)[number]

async function declareIncident(page: Page, title: string) {
  await page.getByRole('button', { name: 'New incident' }).first().click()
  const dialog = page.getByRole('dialog', { name: 'New incident' })
  await dialog.getByLabel('Title').fill(title)
  await dialog.getByLabel('Severity').selectOption('SEV2')
  const runbook = dialog.getByRole('combobox', { name: 'Runbook' })
  await expect(runbook).toHaveValue('service-degradation')
  await expect(runbook.locator('option:checked')).toHaveText(/Service degradation \(default\)/)
  await dialog.getByRole('button', { name: 'Create incident' }).click()
  await expect(page.getByRole('heading', { name: title })).toBeVisible()
}

const stepButton = (page: Page, title: StepTitle) =>
  page.getByRole('button', { name: title, exact: true })
const stepPanel = (page: Page, title: StepTitle) => page.getByRole('region', { name: title })
const nextCallout = (page: Page) => page.getByRole('region', { name: 'What to do next' })
const timelineItems = (page: Page) =>
  page.getByRole('list', { name: 'Timeline events' }).getByRole('listitem')

async function expectState(page: Page, title: StepTitle, state: RegExp) {
  await expect(stepButton(page, title)).toHaveAccessibleDescription(state)
}

async function tick(panel: Locator, item: string) {
  const box = panel.getByRole('checkbox', { name: item })
  await box.check()
  await expect(box).toBeChecked()
}

async function complete(page: Page, title: StepTitle) {
  await stepPanel(page, title).getByRole('button', { name: 'Complete step' }).click()
  await expectState(page, title, /^Done at \d\d:\d\d:\d\d UTC$/)
}

/** The index of the first timeline item containing each text; all must be found, in order. */
async function expectTimelineOrder(page: Page, texts: string[]) {
  const items = await timelineItems(page).allInnerTexts()
  const positions = texts.map((text) => items.findIndex((item) => item.includes(text)))
  expect(positions, `timeline positions of ${JSON.stringify(texts)}`).not.toContain(-1)
  expect([...positions].sort((a, b) => a - b)).toEqual(positions)
}

test('an incident walked through all eight steps tells its story on the timeline', async ({
  page,
  app,
}) => {
  await page.goto(app.url)
  await declareIncident(page, 'Leaderboard API latency')
  await expect(nextCallout(page)).toContainText('Next: Confirm the alert')
  await expect(stepButton(page, 'Confirm the alert')).toHaveAttribute('aria-expanded', 'true')
  // Detection starts the acknowledgement clock; the header offers to record it.
  await page.getByRole('button', { name: 'Record detection time' }).click()
  await page.getByRole('button', { name: 'Save detection time' }).click()
  await expect(page.getByRole('button', { name: 'Correct detection time' })).toBeVisible()
  await expect(page.getByRole('timer').filter({ hasText: /so far/ })).toHaveCount(3)
  for (const title of STEPS) await expectState(page, title, /^To do$/)

  // 1. Tick by mouse; ticking a step still to do starts it, and the time shows beside the item.
  const confirm = stepPanel(page, 'Confirm the alert')
  await tick(confirm, 'Alert opened in the monitoring system and its expression read')
  await expectState(page, 'Confirm the alert', /^In progress since \d\d:\d\d:\d\d UTC$/)
  await expect(confirm.getByRole('group', { name: /Checklist/ })).toContainText(
    /\d\d:\d\d:\d\d UTC/,
  )
  // "x" ticks the next unticked item of the open step.
  await page.keyboard.press('x')
  await expect(
    confirm.getByRole('checkbox', {
      name: 'Metric behind the alert checked on a graph over the last hour',
    }),
  ).toBeChecked()
  await complete(page, 'Confirm the alert')
  // Completing the open step opens the next one.
  await expect(nextCallout(page)).toContainText('Next: Assess impact')
  await expect(stepButton(page, 'Assess impact')).toHaveAttribute('aria-expanded', 'true')

  // 2. The keyboard path: tick twice, then complete with "c".
  await expect(stepButton(page, 'Assess impact')).toBeFocused()
  await page.keyboard.press('x')
  await page.keyboard.press('x')
  await expect(stepPanel(page, 'Assess impact')).toContainText('Checklist · 2 of 6')
  await page.keyboard.press('c')
  await expectState(page, 'Assess impact', /^Done at/)
  await expect(nextCallout(page)).toContainText('Next: Quick health check')

  // 3. Start explicitly, tick, complete.
  const health = stepPanel(page, 'Quick health check')
  await health.getByRole('button', { name: 'Start step' }).click()
  await expectState(page, 'Quick health check', /^In progress/)
  await tick(health, 'CPU checked')
  await complete(page, 'Quick health check')

  // 4. Skip: the reason is required, and said next to the field.
  const logs = stepPanel(page, 'Analyze logs')
  await logs.getByRole('button', { name: 'Skip step' }).click()
  await logs.getByRole('button', { name: 'Skip with this reason' }).click()
  await expect(logs.getByText('Say why the step is skipped.')).toBeVisible()
  await expectState(page, 'Analyze logs', /^To do$/)
  await logs.getByLabel('Reason for skipping').fill('Log pipeline is down; using traces instead')
  await logs.getByRole('button', { name: 'Skip with this reason' }).click()
  await expectState(page, 'Analyze logs', /^Skipped at/)

  // A hypothesis while reviewing changes.
  await page.getByRole('button', { name: 'Add hypothesis' }).click()
  await page
    .getByRole('textbox', { name: 'Hypothesis', exact: true })
    .fill('Release 2026.11.3 dropped the ranking index')
  await page.getByRole('button', { name: 'Save hypothesis' }).click()
  const hypothesis = page.getByRole('listitem', {
    name: 'Release 2026.11.3 dropped the ranking index',
  })
  await expect(hypothesis).toContainText('Open')

  await tick(stepPanel(page, 'Review recent changes'), 'Deploys in the last few hours listed')
  await complete(page, 'Review recent changes')

  // Reopen the skipped step: the logs came back.
  await stepButton(page, 'Analyze logs').click()
  await logs.getByRole('button', { name: 'Reopen step' }).click()
  await expectState(page, 'Analyze logs', /^In progress/)
  await expect(logs.getByText('Log pipeline is down')).toHaveCount(0)
  await complete(page, 'Analyze logs')

  // Rule the hypothesis out: the reason is required.
  await hypothesis.getByRole('button', { name: 'Rule out' }).click()
  await hypothesis.getByRole('button', { name: 'Rule out hypothesis' }).click()
  await expect(hypothesis.getByText('Say what rules it out.')).toBeVisible()
  await hypothesis.getByLabel('What rules it out?').fill('The index is present on every replica')
  await hypothesis.getByRole('button', { name: 'Rule out hypothesis' }).click()
  await expect(hypothesis).toContainText('Ruled out')
  await expect(hypothesis).toContainText('The index is present on every replica')

  // 6 to 8, with the status moving along.
  await page.getByRole('combobox', { name: 'Status' }).selectOption('identified')
  await complete(page, 'Mitigate')
  await page.getByRole('combobox', { name: 'Status' }).selectOption('mitigated')
  await complete(page, 'Long-term fix')
  await complete(page, 'Monitor and report')
  await expect(page.getByText('All steps finished')).toBeVisible()
  await expect(page.getByText('7 of 8 steps finished')).toHaveCount(0)
  await expect(page.getByText('8 of 8 steps finished')).toBeVisible()

  await page.getByRole('combobox', { name: 'Status' }).selectOption('resolved')
  await expect(page.getByRole('combobox', { name: 'Status' })).toHaveValue('resolved')
  await expect(page.getByRole('button', { name: 'Reopen incident' })).toBeVisible()

  await expectDurations(page)
  await expectTimelineOrder(page, [
    'Incident declared',
    'Started step "Confirm the alert"',
    'Ticked "Alert opened in the monitoring system',
    'Completed step "Confirm the alert"',
    'Completed step "Assess impact" with 2 of 6 checklist items ticked',
    'Started step "Quick health check"',
    'Skipped step "Analyze logs": Log pipeline is down; using traces instead',
    'New hypothesis: Release 2026.11.3 dropped the ranking index',
    'Completed step "Review recent changes"',
    'Reopened step "Analyze logs"',
    'Completed step "Analyze logs"',
    'Ruled out hypothesis "Release 2026.11.3 dropped the ranking index"',
    'Status changed from investigating to identified',
    'Completed step "Mitigate"',
    'Status changed from identified to mitigated',
    'Completed step "Monitor and report"',
    'Status changed from mitigated to resolved',
  ])
  await expect(timelineItems(page).first()).toContainText(/\d\d:\d\d:\d\d UTC/)

  // The filter narrows the story to one kind, then back.
  const filter = page.getByRole('group', { name: 'Filter the timeline by kind' })
  await filter.getByRole('button', { name: 'Hypotheses' }).click()
  await expect(timelineItems(page)).toHaveCount(2)
  await filter.getByRole('button', { name: 'All' }).click()
  await expect(timelineItems(page).filter({ hasText: 'Incident declared' })).toHaveCount(1)
})

async function expectDurations(page: Page) {
  const durations = page.getByRole('group', { name: 'Key durations' })
  const resolve = durations.getByText('Time to resolve').locator('..')
  // Resolved: the figure is final, no longer running.
  await expect(resolve).toContainText(/Time to resolve\s*\d+(m \d\ds|s)/)
  await expect(durations).not.toContainText('so far')
  await expect(durations.getByText('Time to mitigate').locator('..')).toContainText(
    /\d+(m \d\ds|s)/,
  )
  await expect(durations.getByText('Time to acknowledge').locator('..')).toContainText(
    /\d+(m \d\ds|s)/,
  )
  await expect(resolve).toHaveAccessibleDescription(
    /^Time to resolve: from started \(\d\d:\d\d:\d\d UTC\) to resolved \(\d\d:\d\d:\d\d UTC\)/,
  )
  // The explanation shows on hover and when the keyboard reaches the figure.
  await durations.getByText('Time to mitigate').locator('..').focus()
  await page.keyboard.press('Tab')
  await expect(resolve).toBeFocused()
  await expect(page.getByRole('tooltip')).toContainText('Time to resolve: from started')
}
