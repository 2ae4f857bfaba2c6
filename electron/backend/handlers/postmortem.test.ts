import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { postmortemBackend, respondToIncident } from '../postmortem/testing'

describe('postmortem lifecycle', () => {
  it('is created and prefilled on first open, moving a resolved incident to postmortem', async () => {
    const h = await postmortemBackend()
    const id = await respondToIncident(h)
    const view = await h.call('postmortem.get', { incidentId: id })
    expect(view.postmortem).toMatchObject({ status: 'draft', templateId: 'google-sre' })
    expect(view.sections.title).toBe('Checkout API returning 502s')
    expect(view.sections.hypothesesRuledOut).toEqual([
      expect.objectContaining({
        text: 'Bad deploy of checkout-api',
        reason: 'No deploy in 6 hours',
      }),
    ])
    expect(view.sections.rootCause.rootCause).toBe(
      '- Stale connection pool: Pool used the old primary',
    )
    expect(view.sections.evidence.map((e) => e.caption)).toEqual(['5xx ratio', 'Slow checkout'])
    expect(view.sections.recovery.timeToResolveMs).toBe(45 * 60_000)
    expect(view.editable).toBe(true)
    expect(view.allowedStatuses).toEqual(['in_review'])
    expect((await h.call('incident.get', { id })).status).toBe('postmortem')
    const tail = (await h.call('timeline.list', { incidentId: id }))
      .slice(-2)
      .map((e) => [e.kind, e.text])
    expect(tail).toEqual([
      ['postmortem', 'Postmortem started'],
      ['status', 'Status changed from resolved to postmortem'],
    ])
    // Opening it again creates nothing and records nothing.
    const before = await h.call('timeline.list', { incidentId: id })
    const eventsBefore = h.events.length
    await h.call('postmortem.get', { incidentId: id })
    expect(await h.call('timeline.list', { incidentId: id })).toEqual(before)
    expect(h.events.length).toBe(eventsBefore)
  })

  it('can be drafted while the incident is still open, leaving its status alone', async () => {
    const h = await postmortemBackend()
    const incident = await h.call('incident.create', { title: 'Ongoing', severity: 'SEV3' })
    await h.call('postmortem.get', { incidentId: incident.id })
    expect((await h.call('incident.get', { id: incident.id })).status).toBe('investigating')
  })

  it('answers not_found for an unknown incident and writes nothing', async () => {
    const h = await postmortemBackend()
    expect((await h.fail('postmortem.get', { incidentId: 'nope' })).code).toBe('not_found')
    expect(h.backend.db.prepare('SELECT count(*) AS n FROM postmortems').get()).toEqual({ n: 0 })
  })
})

describe('autosave', () => {
  it('writes one section, last write wins, and reports whether it is still empty', async () => {
    const h = await postmortemBackend()
    const id = await respondToIncident(h)
    await h.call('postmortem.get', { incidentId: id })
    await h.call('postmortem.updateSection', {
      incidentId: id,
      section: 'wentWell',
      value: 'Fast alert',
    })
    h.later(61)
    const saved = await h.call('postmortem.updateSection', {
      incidentId: id,
      section: 'wentWell',
      value: 'Fast alert, calm team',
    })
    expect(saved).toEqual({
      incidentId: id,
      section: 'wentWell',
      updatedAt: h.backend.clock.now,
      empty: false,
    })
    const blank = await h.call('postmortem.updateSection', {
      incidentId: id,
      section: 'gotLucky',
      value: '  ',
    })
    expect(blank.empty).toBe(true)
    const view = await h.call('postmortem.get', { incidentId: id })
    expect(view.sections.wentWell).toBe('Fast alert, calm team')
    expect(h.events.at(-1)).toEqual({ name: 'postmortem.changed', incidentId: id })
  })

  it('refuses a value of the wrong shape, naming the field, and keeps the old value', async () => {
    const h = await postmortemBackend()
    const id = await respondToIncident(h)
    const before = await h.call('postmortem.get', { incidentId: id })
    const error = await h.fail('postmortem.updateSection', {
      incidentId: id,
      section: 'fiveWhys',
      value: [{ why: 'only one', because: '' }],
    })
    expect(error.code).toBe('invalid_input')
    expect(error.detail?.fields).toEqual({ value: 'Exactly 5 why / because pairs' })
    const unknown = await h.backend.dispatch('postmortem.updateSection', {
      incidentId: id,
      section: 'vibes',
      value: 'x',
    })
    expect(unknown.ok).toBe(false)
    expect((await h.call('postmortem.get', { incidentId: id })).sections).toEqual(before.sections)
  })

  it('regenerates a section from what the incident says now', async () => {
    const h = await postmortemBackend()
    const id = await respondToIncident(h)
    await h.call('postmortem.get', { incidentId: id })
    await h.call('postmortem.updateSection', {
      incidentId: id,
      section: 'hypothesesRuledOut',
      value: [],
    })
    const again = await h.call('postmortem.regenerateSection', {
      incidentId: id,
      section: 'hypothesesRuledOut',
    })
    expect(again.section).toBe('hypothesesRuledOut')
    expect(again.value).toEqual([expect.objectContaining({ text: 'Bad deploy of checkout-api' })])
  })
})

describe('review status', () => {
  it('refuses In review while template sections are empty, listing them, and sends it when asked', async () => {
    const h = await postmortemBackend()
    const id = await respondToIncident(h)
    await h.call('postmortem.get', { incidentId: id })
    const refused = await h.fail('postmortem.setStatus', { incidentId: id, status: 'in_review' })
    expect(refused.code).toBe('conflict')
    expect(refused.detail?.info).toBe('empty_sections')
    expect(Object.keys(refused.detail?.fields ?? {})).toEqual([
      'impact',
      'detection',
      'recovery',
      'contributingFactors',
      'wentWell',
      'wentWrong',
      'gotLucky',
      'actionItems',
      'lessonsLearned',
    ])
    expect(refused.message).toBe(
      'Before review, fill in: Impact, Detection, Recovery, Contributing factors, What went well, What went wrong, Where we got lucky, Action items, Lessons learned. Or send it for review as it is.',
    )
    expect((await h.call('postmortem.get', { incidentId: id })).postmortem.status).toBe('draft')

    h.later(61)
    const sent = await h.call('postmortem.setStatus', {
      incidentId: id,
      status: 'in_review',
      allowEmptySections: true,
    })
    expect(sent.postmortem.status).toBe('in_review')
    const last = (await h.call('timeline.list', { incidentId: id })).at(-1)
    expect(last).toMatchObject({
      kind: 'postmortem',
      text: 'Postmortem moved from Draft to In review with 9 empty sections',
    })
  })

  it('locks the text once reviewed, closes the incident when published, reopens it on amend', async () => {
    const h = await postmortemBackend()
    const id = await respondToIncident(h)
    await h.call('postmortem.get', { incidentId: id })
    await h.call('postmortem.setStatus', {
      incidentId: id,
      status: 'in_review',
      allowEmptySections: true,
    })
    await h.call('postmortem.setStatus', { incidentId: id, status: 'reviewed' })
    const locked = await h.fail('postmortem.updateSection', {
      incidentId: id,
      section: 'summary',
      value: 'x',
    })
    expect(locked).toMatchObject({
      code: 'conflict',
      message: 'The postmortem is reviewed; move it back to In review or Draft to edit it.',
    })
    const skip = await h.fail('postmortem.setStatus', { incidentId: id, status: 'draft' })
    expect(skip.message).toBe('From Reviewed the postmortem can move to In review or Published.')
    h.later(70)
    await h.call('postmortem.setStatus', { incidentId: id, status: 'published' })
    expect((await h.call('incident.get', { id })).status).toBe('closed')
    h.later(80)
    await h.call('postmortem.setStatus', { incidentId: id, status: 'draft' })
    expect((await h.call('incident.get', { id })).status).toBe('postmortem')
    const texts = (await h.call('timeline.list', { incidentId: id })).slice(-4).map((e) => e.text)
    expect(texts).toEqual([
      'Postmortem moved from Reviewed to Published',
      'Status changed from postmortem to closed',
      'Postmortem moved from Published to Draft',
      'Status changed from closed to postmortem',
    ])
  })

  it('does not publish the postmortem of an incident that is not resolved', async () => {
    const h = await postmortemBackend()
    const incident = await h.call('incident.create', { title: 'Ongoing', severity: 'SEV3' })
    const incidentId = incident.id
    await h.call('postmortem.setStatus', {
      incidentId,
      status: 'in_review',
      allowEmptySections: true,
    })
    await h.call('postmortem.setStatus', { incidentId, status: 'reviewed' })
    const refused = await h.fail('postmortem.setStatus', { incidentId, status: 'published' })
    expect(refused.message).toBe('Resolve the incident before publishing its postmortem.')
  })
})

describe('templates', () => {
  it('lists the shipped templates, a user template and a broken one with its line', async () => {
    const h = await postmortemBackend()
    const dir = join(h.backend.dataDir, 'postmortem-templates')
    mkdirSync(dir, { recursive: true })
    writeFileSync(join(dir, 'team.md'), '---\nname: Team\n---\n# {{title}}\n\n{{summary}}\n')
    writeFileSync(
      join(dir, 'broken.md'),
      '---\nname: Broken\n---\n# {{title}}\n\n{{#action_items}}\n- {{titel}}\n',
    )
    const { templates, errors } = await h.call('postmortem.listTemplates', {})
    expect(templates.map((t) => [t.id, t.origin])).toEqual([
      ['five-whys', 'shipped'],
      ['google-sre', 'shipped'],
      ['pagerduty', 'shipped'],
      ['postmortem-oficial-pt-br', 'shipped'],
      ['team', 'user'],
    ])
    expect(templates.find((t) => t.id === 'team')?.parts).toEqual(['title', 'summary'])
    expect(errors).toEqual([
      {
        file: 'broken.md',
        origin: 'user',
        message: 'Line 7: Unknown placeholder {{titel}} inside {{#action_items}}',
        text: {
          key: 'msgWork:templateFile.unknownInside',
          params: { tag: '{{titel}}', block: '{{#action_items}}' },
        },
        line: 7,
        placeholder: '{{titel}}',
      },
      {
        file: 'broken.md',
        origin: 'user',
        message: 'Line 6: {{#action_items}} opened on line 6 is never closed',
        text: {
          key: 'msgWork:templateFile.neverClosed',
          params: { tag: '{{#action_items}}', line: 6 },
        },
        line: 6,
        placeholder: '{{#action_items}}',
      },
    ])

    const id = await respondToIncident(h)
    const view = await h.call('postmortem.setTemplate', { incidentId: id, templateId: 'team' })
    expect(view.parts).toEqual(['title', 'summary'])
    expect(view.emptyParts).toEqual([])
    const { body } = await h.call('postmortem.renderMarkdown', { incidentId: id })
    expect(body).toBe(
      '# Checkout API returning 502s\n\nCheckout failed for half of the requests after a database failover.\n',
    )
    expect(
      (await h.fail('postmortem.setTemplate', { incidentId: id, templateId: 'broken' })).code,
    ).toBe('not_found')
  })
})
