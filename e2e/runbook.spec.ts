import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { expect, test } from './support/fixtures'
import {
  STEPS,
  callAsAnotherResponder,
  complete,
  declareIncident,
  expectState,
  expectTimelineOrder,
  incidentIdFromUrl,
  nextCallout,
  stepButton,
  stepPanel,
  tick,
  timelineItems,
  utcFieldValue,
} from './support/runbook-page'

// Issue 3: walk an incident through the whole guided runbook, with hypotheses and the status
// lifecycle, and read the story back from the timeline and the header's durations.

test('an incident walked through all eight steps tells its story on the timeline', async ({
  page,
  app,
}) => {
  // Some sixty clicks and checks on a shared two-core machine: more room than the default.
  test.setTimeout(120_000)
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
  // Linked to the timeline event that raised it.
  const links = page
    .getByRole('form', { name: 'New hypothesis' })
    .getByLabel('Linked timeline events')
  await links.click()
  await links.fill('Skipped step')
  await page.getByRole('option', { name: /Skipped step "Analyze logs"/ }).click()
  await page.getByRole('button', { name: 'Save hypothesis' }).click()
  const hypothesis = page.getByRole('listitem', {
    name: 'Release 2026.11.3 dropped the ranking index',
  })
  await expect(hypothesis).toContainText('Open')
  await expect(hypothesis.getByRole('list', { name: 'Linked events' })).toContainText(
    'Skipped step "Analyze logs"',
  )

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

test('a status move the incident no longer allows is refused in place and changes nothing', async ({
  page,
  app,
}) => {
  // This window misses every backend event, like a laptop whose stream dropped.
  await page.route('**/events?**', (route) => route.abort())
  await page.goto(app.url)
  await declareIncident(page, 'Checkout errors')
  await callAsAnotherResponder(page, app.url, 'incident.setStatus', {
    id: incidentIdFromUrl(page),
    status: 'resolved',
  })

  const status = page.getByRole('combobox', { name: 'Status' })
  await status.selectOption('identified')
  await expect(page.getByText(/The incident is resolved\. Reopen it first/)).toBeVisible()
  await expect(page.getByText(/The status was not changed/)).toBeVisible()
  // The screen catches up with what really happened; nothing was written for the refused move.
  await expect(status).toHaveValue('resolved')
  await expect(timelineItems(page).filter({ hasText: 'to resolved' })).toHaveCount(1)
  await expect(timelineItems(page).filter({ hasText: 'to identified' })).toHaveCount(0)

  // Reopening asks why, and records it.
  await page.getByRole('button', { name: 'Reopen incident' }).click()
  await page.getByRole('button', { name: 'Reopen with this reason' }).click()
  await expect(page.getByText('Say why the incident is reopened')).toBeVisible()
  await expect(status).toHaveValue('resolved')
  await page.getByLabel('Reason for reopening').fill('Errors came back after the rollback')
  await page.getByRole('button', { name: 'Reopen with this reason' }).click()
  await expect(status).toHaveValue('investigating')
  await expect(
    timelineItems(page).filter({
      hasText: 'Incident reopened: resolved to investigating: Errors came back after the rollback',
    }),
  ).toHaveCount(1)
})

test('a step action backdated before the incident started is refused with the reason', async ({
  page,
  app,
}) => {
  await page.goto(app.url)
  await page.getByRole('button', { name: 'New incident' }).first().click()
  const dialog = page.getByRole('dialog', { name: 'New incident' })
  await dialog.getByLabel('Title').fill('Search results stale')
  await dialog.getByLabel('Severity').selectOption('SEV3')
  await dialog.getByLabel('Started at').fill(utcFieldValue(30))
  await dialog.getByRole('button', { name: 'Create incident' }).click()

  const panel = stepPanel(page, 'Confirm the alert')
  await panel.getByRole('button', { name: 'Did it earlier? Set the time' }).click()
  await panel.getByLabel('Action time').fill(utcFieldValue(45))
  await panel.getByRole('button', { name: 'Start step' }).click()
  await expect(panel.getByText(/That time is before the incident started \(.+\)/)).toBeVisible()
  await expectState(page, 'Confirm the alert', /^To do$/)
  await expect(timelineItems(page).filter({ hasText: 'Started step' })).toHaveCount(0)

  // A time inside the incident is kept, and the step reads as started then.
  const tenMinutesAgo = utcFieldValue(10)
  await panel.getByLabel('Action time').fill(tenMinutesAgo)
  await panel.getByRole('button', { name: 'Start step' }).click()
  const clock = `${tenMinutesAgo.slice(11, 16)}:00 UTC`
  await expectState(page, 'Confirm the alert', new RegExp(`^In progress since ${clock}$`))
  await expect(timelineItems(page).filter({ hasText: 'Started step' })).toContainText(clock)
  // The backdated time was for that one action: the field is empty again.
  await expect(panel.getByText('Did it earlier? Set the time')).toBeVisible()
})

test('a broken runbook file is listed with where and why; the others still load', async ({
  page,
  app,
}) => {
  const userRunbooks = join(app.dataDir, 'runbooks')
  mkdirSync(userRunbooks, { recursive: true })
  writeFileSync(
    join(userRunbooks, 'db-failover.yaml'),
    'name: Database failover\nsteps:\n  - title: Promote the replica\n    checklist: [Replica promoted]\n',
  )
  await page.goto(app.url)
  await page.getByRole('button', { name: 'New incident' }).first().click()
  const dialog = page.getByRole('dialog', { name: 'New incident' })
  await expect(dialog.getByText('A runbook file could not be loaded')).toBeVisible()
  await expect(dialog.getByText(/db-failover\.yaml, line \d+.*steps\[0\]/)).toBeVisible()
  await expect(dialog.getByText(/purpose is required/)).toBeVisible()

  const runbook = dialog.getByRole('combobox', { name: 'Runbook' })
  await runbook.selectOption('quick-triage')
  await dialog.getByLabel('Title').fill('Banner image missing')
  await dialog.getByLabel('Severity').selectOption('SEV4')
  await dialog.getByRole('button', { name: 'Create incident' }).click()
  await expect(page.getByRole('list', { name: 'Runbook steps' }).getByRole('listitem')).toHaveCount(
    3,
  )
  await expect(nextCallout(page)).toContainText('Next: Confirm and scope')

  // Until a step is completed the runbook can still be switched.
  await page.getByRole('combobox', { name: 'Runbook' }).selectOption('service-degradation')
  await expect(page.getByRole('list', { name: 'Runbook steps' }).getByRole('listitem')).toHaveCount(
    8,
  )
  await complete(page, 'Confirm the alert')
  await expect(page.getByRole('combobox', { name: 'Runbook' })).toHaveCount(0)
})
