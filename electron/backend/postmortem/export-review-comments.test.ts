import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { APPENDIX_HEADING } from '../../../shared/domain/review/appendix'
import { tempDir } from '../testing/support'
import { MIN, postmortemBackend, respondToIncident, START } from './testing'

const PT_BR_TEMPLATE = 'postmortem-oficial-pt-br'

// Review comments reach the exported postmortem only when the author asks for them, as an
// appendix at the end of the file (the same code the archive publishes with).

/** A resolved incident with a postmortem and one review comment, written at 11:15 UTC. */
async function commentedIncident(folder = tempDir()) {
  const h = await postmortemBackend({ chooseFolder: async () => folder })
  const id = await respondToIncident(h)
  await h.call('postmortem.get', { incidentId: id })
  const timeline = await h.call('timeline.list', { incidentId: id })
  const event = timeline.find((e) => e.text === 'Pinned trace: POST /checkout')
  if (!event) throw new Error('the pinned trace is not on the timeline')
  h.backend.clock.now = START + 123 * MIN
  await h.call('settings.update', { authorName: 'Bruno Lima' })
  await h.call('review.addComment', {
    incidentId: id,
    eventId: event.id,
    text: 'Why did the pool keep the old primary for 20 minutes? Ask dba@example.com',
  })
  return { h, id, folder }
}

describe('review comments in the exported postmortem', () => {
  it('leaves them out unless asked, then appends them with author, time and text', async () => {
    const { h, id } = await commentedIncident()
    const plain = await h.call('postmortem.renderMarkdown', { incidentId: id })
    expect(plain.markdown).not.toContain(APPENDIX_HEADING)
    expect(plain.markdown).not.toContain('Why did the pool')

    const asked = await h.call('postmortem.renderMarkdown', {
      incidentId: id,
      includeReviewComments: true,
    })
    expect(asked.markdown.startsWith(plain.markdown.trimEnd())).toBe(true)
    const appendix = asked.markdown.slice(asked.markdown.indexOf(APPENDIX_HEADING))
    expect(appendix).toContain('Pinned trace: POST /checkout')
    expect(appendix).toContain(
      'Bruno Lima (2026-03-14 11:15 UTC): Why did the pool keep the old primary for 20 minutes?',
    )
    // The preview shows what the file holds.
    expect(asked.body).toContain(appendix.trimEnd())
  })

  it('redacts the comments like the rest of the document', async () => {
    const { h, id } = await commentedIncident()
    const redaction = { emails: true, ipAddresses: false, secrets: true, customPatterns: [] }
    const asked = await h.call('postmortem.renderMarkdown', {
      incidentId: id,
      redaction,
      includeReviewComments: true,
    })
    expect(asked.markdown).toContain('Ask ')
    expect(asked.markdown).not.toContain('dba@example.com')
  })

  it('writes the appendix into the exported file only when asked', async () => {
    const { h, id } = await commentedIncident()
    const without = await h.call('postmortem.exportToFolder', { incidentId: id })
    expect(readFileSync(without?.markdownPath ?? '', 'utf8')).not.toContain(APPENDIX_HEADING)
    const withComments = await h.call('postmortem.exportToFolder', {
      incidentId: id,
      includeReviewComments: true,
    })
    const text = readFileSync(withComments?.markdownPath ?? '', 'utf8')
    expect(text).toContain(APPENDIX_HEADING)
    expect(text).toContain('Bruno Lima (2026-03-14 11:15 UTC)')
  })

  it('writes the appendix in the template’s language, Portuguese for the pt-BR template', async () => {
    const { h, id } = await commentedIncident()
    await h.call('settings.update', { authorName: '' })
    const event = (await h.call('timeline.list', { incidentId: id }))[0]
    await h.call('review.addComment', { incidentId: id, eventId: event?.id ?? '', text: 'Cedo' })
    const english = await h.call('postmortem.renderMarkdown', {
      incidentId: id,
      includeReviewComments: true,
    })
    expect(english.markdown).toContain(`${APPENDIX_HEADING}\n`)
    expect(english.markdown).toMatch(/\n {2}- Someone \(2026-03-14 11:15 UTC\): Cedo\n/)

    await h.call('postmortem.setTemplate', { incidentId: id, templateId: PT_BR_TEMPLATE })
    const portuguese = await h.call('postmortem.renderMarkdown', {
      incidentId: id,
      includeReviewComments: true,
    })
    expect(portuguese.markdown).toContain('\n## Apêndice: comentários da revisão\n')
    expect(portuguese.markdown).toMatch(/\n {2}- Alguém \(2026-03-14 11:15 UTC\): Cedo\n/)
    expect(portuguese.markdown).toContain('Bruno Lima (2026-03-14 11:15 UTC): Why did the pool')
    expect(portuguese.markdown).not.toContain(APPENDIX_HEADING)
    expect(portuguese.markdown).not.toContain('Someone')
  })

  it('adds nothing when the incident has no review comments', async () => {
    const h = await postmortemBackend()
    const id = await respondToIncident(h)
    await h.call('postmortem.get', { incidentId: id })
    const plain = await h.call('postmortem.renderMarkdown', { incidentId: id })
    const asked = await h.call('postmortem.renderMarkdown', {
      incidentId: id,
      includeReviewComments: true,
    })
    expect(asked.markdown).toBe(plain.markdown)
  })
})
