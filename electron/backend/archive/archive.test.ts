import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import type { Channel, ChannelInput, ChannelOutput } from '../../../shared/contract/index'
import { msg } from '../../../shared/i18n/messages'
import { READ_ONLY_MESSAGE } from '../db/migrations/0007-library-review-archive'
import { insertEvidence } from '../repositories/evidence'
import { tempDir, testBackend } from '../testing/support'
import { insideArchive } from './paths'

// Publishing to the shared archive and syncing it into another data folder, on real SQLite files
// and a real git working copy.

const START = Date.UTC(2026, 2, 14, 9, 30)
const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex')

function gitRepo(): string {
  const dir = tempDir('firebreak-archive-')
  execFileSync('git', ['init', '--quiet', dir])
  return dir
}

async function machine(folder: string) {
  const backend = await testBackend({ start: START })
  const call = async <C extends Channel>(channel: C, input: ChannelInput<C>) => {
    const result = await backend.dispatch(channel, input)
    if (!result.ok) throw new Error(`${channel}: ${result.error.message}`)
    return result.value as ChannelOutput<C>
  }
  const fail = async <C extends Channel>(channel: C, input: ChannelInput<C>) => {
    const result = await backend.dispatch(channel, input)
    if (result.ok) throw new Error(`${channel} unexpectedly succeeded`)
    return result.error
  }
  await call('archive.setFolder', { folder })
  return { backend, call, fail }
}

type Machine = Awaited<ReturnType<typeof machine>>

/** An incident with something in every table a bundle carries. */
async function richIncident(a: Machine): Promise<string> {
  const { id } = await a.call('incident.create', {
    title: 'Checkout: card payments failing',
    severity: 'SEV1',
    services: ['checkout', 'payments'],
    summary: 'Card payments failed for 25 minutes.',
  })
  const note = await a.call('timeline.add', { incidentId: id, text: 'Rolled back release 42' })
  await a.call('hypothesis.add', {
    incidentId: id,
    text: 'Bad config push',
    timelineEventIds: [note.id],
  })
  insertEvidence(a.backend.db, {
    id: 'chart-1',
    incidentId: id,
    kind: 'chart',
    caption: 'Error rate',
    sourceName: 'prom',
    summary: { query: 'rate(errors[5m])' },
    payloadJson: JSON.stringify({ points: [1, 2, 3] }),
    png: PNG,
    createdAt: START,
  })
  await a.call('postmortem.get', { incidentId: id })
  await a.call('postmortem.updateSection', { incidentId: id, section: 'tags', value: ['payments'] })
  await a.call('postmortem.updateSection', {
    incidentId: id,
    section: 'evidence',
    value: [{ evidenceId: 'chart-1', caption: 'Error rate' }],
  })
  await a.call('actionItem.add', { incidentId: id, title: 'Validate config before push' })
  await a.call('review.addComment', { incidentId: id, eventId: note.id, text: 'Why 20 minutes?' })
  return id
}

/** Everything a user sees of an incident, through the channels. */
async function everything(m: Machine, incidentId: string) {
  const postmortem = await m.call('postmortem.get', { incidentId })
  const evidence = await m.call('evidence.list', { incidentId })
  return {
    incident: await m.call('incident.get', { id: incidentId }),
    timeline: await m.call('timeline.list', { incidentId }),
    hypotheses: await m.call('hypothesis.list', { incidentId }),
    evidence,
    payloads: await Promise.all(evidence.map((e) => m.call('evidence.get', { id: e.id }))),
    sections: postmortem.sections,
    postmortem: postmortem.postmortem,
    actionItems: postmortem.actionItems,
    runbook: await m.call('runbook.get', { incidentId }),
  }
}

describe('shared archive', () => {
  it('publishes in a stable layout, then syncs into another data folder as identical incidents', async () => {
    const folder = gitRepo()
    const a = await machine(folder)
    const id = await richIncident(a)
    const published = await a.call('archive.publish', {
      incidentId: id,
      includeReviewComments: true,
    })
    expect(published.dir).toMatch(/^2026\/03\/checkout-card-payments-failing-[a-z0-9]{8}$/)
    const markdown = readFileSync(join(folder, published.dir, 'postmortem.md'), 'utf8')
    expect(markdown).toMatch(/^---\nid: "/)
    expect(markdown).toContain('## Appendix: review comments')
    expect(markdown).toContain('Why 20 minutes?')
    expect(published.written).toContain(`${published.dir}/incident.firebreak-bundle.zip`)
    expect(published.written.some((f) => f.endsWith('.png'))).toBe(true)

    const b = await machine(folder)
    const report = await b.call('archive.sync', {})
    expect(report).toMatchObject({ added: 1, updated: 0, unchanged: 0, removed: 0, failed: [] })
    expect(await everything(b, id)).toEqual(await everything(a, id))
    // Review comments are local: they travel in the Markdown appendix, not in the incident.
    expect(await b.call('review.comments', { incidentId: id })).toEqual([])

    const listed = await b.call('library.search', { query: 'payments' })
    expect(listed.items[0]?.origin?.path).toBe(`${published.dir}/incident.firebreak-bundle.zip`)
    expect(await b.call('archive.origin', { incidentId: id })).toMatchObject({ folder })
  })

  it('refuses to change a synced incident, but takes comments on it', async () => {
    const folder = gitRepo()
    const a = await machine(folder)
    const id = await richIncident(a)
    await a.call('archive.publish', { incidentId: id })
    const b = await machine(folder)
    await b.call('archive.sync', {})
    // dispatch logs unexpected failures; these are expected.
    vi.spyOn(console, 'error').mockImplementation(() => undefined)
    const refused = await b.fail('timeline.add', { incidentId: id, text: 'edit attempt' })
    expect(refused.message).toContain(READ_ONLY_MESSAGE)
    expect((await b.fail('incident.update', { id, title: 'Renamed' })).message).toContain(
      'read-only',
    )
    const [event] = await b.call('timeline.list', { incidentId: id })
    await b.call('review.addComment', { incidentId: id, eventId: event!.id, text: 'Seen' })
    expect(await b.call('review.comments', { incidentId: id })).toHaveLength(1)
    expect((await b.fail('archive.publish', { incidentId: id })).code).toBe('conflict')
  })

  it('reads a bundle again only when it changed, and drops incidents whose bundle is gone', async () => {
    const folder = gitRepo()
    const a = await machine(folder)
    const id = await richIncident(a)
    const first = await a.call('archive.publish', { incidentId: id })
    const b = await machine(folder)
    await b.call('archive.sync', {})

    a.backend.clock.now += 60_000
    const again = await a.call('archive.publish', { incidentId: id })
    expect(again.written).toEqual([])
    expect(again.dir).toBe(first.dir)
    expect((await b.call('archive.sync', {})).unchanged).toBe(1)

    await a.call('timeline.add', { incidentId: id, text: 'Added a retro note' })
    await a.call('incident.update', { id, title: 'Checkout outage' })
    const changed = await a.call('archive.publish', { incidentId: id })
    expect(changed.dir).toBe(first.dir)
    expect(changed.written).toContain(`${first.dir}/incident.firebreak-bundle.zip`)
    const comment = await b.call('timeline.list', { incidentId: id })
    await b.call('review.addComment', { incidentId: id, eventId: comment[0]!.id, text: 'Keep me' })
    expect((await b.call('archive.sync', {})).updated).toBe(1)
    expect(await everything(b, id)).toEqual(await everything(a, id))
    expect(await b.call('review.comments', { incidentId: id })).toHaveLength(1)

    rmSync(join(folder, first.dir), { recursive: true })
    expect((await b.call('archive.sync', {})).removed).toBe(1)
    expect((await b.fail('incident.get', { id })).code).toBe('not_found')
  })

  it('skips its own publications and reports broken bundles without stopping', async () => {
    const folder = gitRepo()
    const a = await machine(folder)
    const id = await richIncident(a)
    await a.call('archive.publish', { incidentId: id })
    mkdirSync(join(folder, '2026', '01', 'broken'), { recursive: true })
    writeFileSync(
      join(folder, '2026', '01', 'broken', 'incident.firebreak-bundle.zip'),
      'not a zip',
    )
    const report = await a.call('archive.sync', {})
    expect(report.skipped).toEqual([
      {
        path: expect.stringMatching(/incident\.firebreak-bundle\.zip$/),
        reason: 'published from this machine',
        reasonText: msg('msgFiles:archive.sync.publishedHere'),
      },
    ])
    expect(report.failed).toHaveLength(1)
    expect(report.failed[0]?.message).toContain('not a Firebreak incident bundle')
    expect(report.failed[0]?.text).toEqual(msg('msgFiles:bundle.notZip'))
  })

  it('refuses publishing an incident without a postmortem, and folders it cannot use', async () => {
    const folder = gitRepo()
    const a = await machine(folder)
    const { id } = await a.call('incident.create', { title: 'No postmortem yet', severity: 'SEV3' })
    expect((await a.fail('archive.publish', { incidentId: id })).message).toContain(
      'no postmortem yet',
    )
    expect(
      (await a.fail('archive.setFolder', { folder: 'relative/path' })).detail?.fields?.folder,
    ).toContain('full path')
    const plain = tempDir('firebreak-plain-')
    const notGit = await a.fail('archive.setFolder', { folder: plain })
    expect(notGit.message).toContain('not inside a git working copy')
    const notGitText = msg('msgFiles:archive.folder.notWorkingCopy', { folder: plain })
    expect(notGit.text).toEqual(notGitText)
    expect(notGit.detail?.fieldTexts?.folder).toEqual(notGitText)
    expect(
      (await a.fail('archive.setFolder', { folder: join(plain, 'missing') })).message,
    ).toContain('does not exist')
    expect((await a.call('archive.status', {})).folder).toBe(folder)
  })

  it('says why a chosen folder can no longer be used, as a message the UI can word', async () => {
    const folder = gitRepo()
    const a = await machine(folder)
    rmSync(folder, { recursive: true })
    const status = await a.call('archive.status', {})
    expect(status.problem).toBe(
      `The folder ${folder} does not exist; create it or choose another one.`,
    )
    expect(status.problemText).toEqual(msg('msgFiles:archive.folder.missing', { folder }))
    expect((await a.fail('archive.sync', {})).text).toEqual(status.problemText)
  })

  it('never writes outside the archive folder', () => {
    const root = gitRepo()
    const outside = tempDir('firebreak-outside-')
    symlinkSync(outside, join(root, 'escape'))
    expect(() => insideArchive(root, '../x.md')).toThrow(/Refusing/)
    expect(() => insideArchive(root, '/etc/passwd')).toThrow(/Refusing/)
    expect(() => insideArchive(root, 'escape/x.md')).toThrow(/outside the archive/)
    expect(insideArchive(root, '2026/03/a/postmortem.md')).toBe(
      join(root, '2026', '03', 'a', 'postmortem.md'),
    )
    expect(existsSync(join(outside, 'x.md'))).toBe(false)
  })
})
