import { describe, expect, it } from 'vitest'
import type { z } from 'zod'
import { englishText } from '../i18n/english'
import { issueMessage } from '../i18n/zod-issues'
import { hypothesisChannels } from './hypotheses'
import { incidentChannels } from './incidents'
import { lifecycleChannels } from './lifecycle'
import { postmortemChannels } from './postmortem'
import { reviewChannels } from './review'
import { runbookChannels } from './runbook'
import { timelineChannels } from './timeline'

// The incident work area's schemas word their own refusals in English; each must find its
// catalogue key by that text, or a pt-BR reader sees English. A changed limit or wording that
// the catalogue does not follow fails here.

type Issue = z.core.$ZodIssue
interface Schema {
  safeParse(input: unknown): { error?: { issues: Issue[] } }
}

const declare = incidentChannels['incident.create'].input
const note = timelineChannels['timeline.add'].input
const roles = lifecycleChannels['incident.setRoles'].input
const skip = runbookChannels['runbook.skipStep'].input
const hypothesis = hypothesisChannels['hypothesis.add'].input
const comment = reviewChannels['review.addComment'].input
const section = postmortemChannels['postmortem.updateSection'].input
const actionItem = postmortemChannels['actionItem.add'].input
const x = (n: number) => 'x'.repeat(n)
const many = (n: number) => Array<string>(n).fill('a')
const sev = { title: 'x', severity: 'SEV1' }
const inc = { incidentId: 'i' }

const cases: [string, Schema, unknown][] = [
  ['empty title', declare, { title: ' ', severity: 'SEV2' }],
  ['long title', declare, { title: x(201), severity: 'SEV2' }],
  ['severity', declare, { title: 'x', severity: 'SEV9' }],
  ['services', declare, { ...sev, services: many(51) }],
  ['service name', declare, { ...sev, services: [x(101)] }],
  ['time', declare, { ...sev, startedAt: 1.5 }],
  ['note', note, { ...inc, text: ' ' }],
  ['long note', note, { ...inc, text: x(20_001) }],
  ['role name', roles, { id: 'i', commander: x(101) }],
  ['responders', roles, { id: 'i', responders: many(51) }],
  ['skip reason', skip, { ...inc, stepId: 's', reason: '' }],
  ['long skip reason', skip, { ...inc, stepId: 's', reason: x(1001) }],
  ['hypothesis', hypothesis, { ...inc, text: ' ' }],
  ['long hypothesis', hypothesis, { ...inc, text: x(2001) }],
  ['links', hypothesis, { ...inc, text: 'x', timelineEventIds: many(101) }],
  ['comment', comment, { ...inc, eventId: 'e', text: ' ' }],
  ['long comment', comment, { ...inc, eventId: 'e', text: x(5001) }],
  ['postmortem title', section, { ...inc, section: 'title', value: ' ' }],
  ['long summary', section, { ...inc, section: 'summary', value: x(100_001) }],
  ['five whys', section, { ...inc, section: 'fiveWhys', value: [] }],
  [
    'caption',
    section,
    { ...inc, section: 'evidence', value: [{ evidenceId: 'e', caption: x(501) }] },
  ],
  [
    'action item',
    actionItem,
    { ...inc, title: ' ', owner: x(101), dueDate: '2026-02-30', priority: 'P9', type: 't' },
  ],
  ['action status', actionItem, { ...inc, title: 'x', status: 'later', ticketUrl: 'ftp://x' }],
  [
    'action date',
    actionItem,
    { ...inc, title: x(501), dueDate: 'soon', ticketUrl: `https://${x(2000)}` },
  ],
]

describe('schema texts of the work area', () => {
  it.each(cases)('%s', (_name, schema, input) => {
    const issues = schema.safeParse(input).error?.issues ?? []
    expect(issues.length).toBeGreaterThan(0)
    for (const issue of issues) {
      const found = issueMessage(issue)
      expect(found, issue.message).not.toBeNull()
      if (found && !found.key.startsWith('msgCommon:')) {
        expect(englishText(found).replace(/\.$/, '')).toBe(issue.message.replace(/\.$/, ''))
      }
    }
  })
})
