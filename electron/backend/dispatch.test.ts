import fc from 'fast-check'
import { describe, expect, it, vi } from 'vitest'
import { CHANNELS } from '../../shared/contract/index'
import type { Incident } from '../../shared/domain/incident'
import type { TimelineEvent } from '../../shared/domain/timeline'
import { READ_ONLY_MESSAGE } from './db/migrations/0007-library-review-archive'
import { expectOk, testBackend } from './testing/support'

const HOUR = 3_600_000

describe('dispatch: incidents', () => {
  it('creates an incident, records the declaration and lists it newest first', async () => {
    const backend = await testBackend()
    const events: string[] = []
    backend.onEvent((e) => events.push(e.name))
    const first = expectOk<Incident>(
      await backend.dispatch('incident.create', {
        title: '  Checkout errors  ',
        severity: 'SEV2',
        services: ['checkout', ' checkout ', ''],
        startedAt: backend.clock.now - HOUR,
      }),
    )
    expect(first).toMatchObject({
      title: 'Checkout errors',
      status: 'investigating',
      services: ['checkout'],
    })
    expect(events).toEqual(['incident.changed', 'timeline.changed'])
    const second = expectOk<Incident>(
      await backend.dispatch('incident.create', { title: 'Login slow', severity: 'SEV3' }),
    )
    expect(second.startedAt).toBe(backend.clock.now)
    const list = expectOk<{ id: string }[]>(await backend.dispatch('incident.list', {}))
    expect(list.map((i) => i.id)).toEqual([second.id, first.id])
    const timeline = expectOk<TimelineEvent[]>(
      await backend.dispatch('timeline.list', { incidentId: first.id }),
    )
    expect(timeline).toHaveLength(1)
    expect(timeline[0]).toMatchObject({ kind: 'status', occurredAt: first.startedAt })
  })

  it.each([
    [{ title: '   ', severity: 'SEV1' }, 'title', 'Enter a title'],
    [{ title: 'x'.repeat(201), severity: 'SEV1' }, 'title', 'under 200'],
    [{ title: 'Outage', severity: 'SEV9' }, 'severity', 'Choose a severity'],
    [{ title: 'Outage', severity: 'SEV1', startedAt: Number.NaN }, 'startedAt', 'valid date'],
  ])(
    'refuses bad input %j with a message on the field and writes nothing',
    async (input, field, message) => {
      const backend = await testBackend()
      const result = await backend.dispatch('incident.create', input)
      expect(result.ok).toBe(false)
      if (result.ok) return
      expect(result.error.code).toBe('invalid_input')
      expect(result.error.detail?.fields?.[field]).toContain(message)
      expect(expectOk<unknown[]>(await backend.dispatch('incident.list', {}))).toEqual([])
    },
  )

  it('refuses a start time more than a day in the future', async () => {
    const backend = await testBackend()
    const result = await backend.dispatch('incident.create', {
      title: 'Outage',
      severity: 'SEV1',
      startedAt: backend.clock.now + 25 * HOUR,
    })
    expect(result).toMatchObject({
      ok: false,
      error: {
        code: 'invalid_input',
        detail: { fields: { startedAt: expect.stringContaining('future') } },
      },
    })
    expect(backend.db.prepare('SELECT count(*) FROM incidents').pluck().get()).toBe(0)
  })
})

describe('dispatch: timeline', () => {
  async function withIncident() {
    const backend = await testBackend()
    const incident = expectOk<Incident>(
      await backend.dispatch('incident.create', { title: 'API latency', severity: 'SEV2' }),
    )
    return { backend, incident }
  }

  it('keeps notes in time order, backdated ones included', async () => {
    const { backend, incident } = await withIncident()
    const add = async (text: string, occurredAt?: number) => {
      backend.clock.now += 1000
      return expectOk<TimelineEvent>(
        await backend.dispatch('timeline.add', { incidentId: incident.id, text, occurredAt }),
      )
    }
    await add('Paged the database team')
    await add('Deploy 4812 went out', incident.startedAt - 10 * 60_000)
    await add('Rolled back 4812')
    const timeline = expectOk<TimelineEvent[]>(
      await backend.dispatch('timeline.list', { incidentId: incident.id }),
    )
    expect(timeline.map((e) => e.text)).toEqual([
      'Deploy 4812 went out',
      'Incident declared: SEV2, investigating',
      'Paged the database team',
      'Rolled back 4812',
    ])
  })

  it('edits, deletes (soft) and restores a note', async () => {
    const { backend, incident } = await withIncident()
    const note = expectOk<TimelineEvent>(
      await backend.dispatch('timeline.add', { incidentId: incident.id, text: 'typo' }),
    )
    const edited = expectOk<TimelineEvent>(
      await backend.dispatch('timeline.update', { id: note.id, text: 'fixed text' }),
    )
    expect(edited.text).toBe('fixed text')
    await backend.dispatch('timeline.delete', { id: note.id })
    const listTexts = async () =>
      expectOk<TimelineEvent[]>(
        await backend.dispatch('timeline.list', { incidentId: incident.id }),
      ).map((e) => e.text)
    expect(await listTexts()).not.toContain('fixed text')
    const editDeleted = await backend.dispatch('timeline.update', { id: note.id, text: 'x' })
    expect(editDeleted).toMatchObject({ ok: false, error: { code: 'conflict' } })
    await backend.dispatch('timeline.restore', { id: note.id })
    expect(await listTexts()).toContain('fixed text')
  })

  it('answers not_found for an unknown incident and writes nothing', async () => {
    const { backend } = await withIncident()
    const result = await backend.dispatch('timeline.add', { incidentId: 'nope', text: 'hello' })
    expect(result).toMatchObject({ ok: false, error: { code: 'not_found' } })
    expect(backend.db.prepare('SELECT count(*) FROM timeline_events').pluck().get()).toBe(1)
  })
})

describe('dispatch: bad calls', () => {
  it('answers a typed error for an unknown channel', async () => {
    const backend = await testBackend()
    expect(await backend.dispatch('incident.drop', {})).toMatchObject({
      ok: false,
      error: { code: 'unknown_channel' },
    })
    expect(await backend.dispatch('__proto__', {})).toMatchObject({ ok: false })
    expect(await backend.dispatch('constructor', {})).toMatchObject({ ok: false })
  })

  it('never throws and never crashes on fuzzed input to every channel', async () => {
    const backend = await testBackend()
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...CHANNELS), fc.anything(), async (channel, input) => {
        const result = await backend.dispatch(channel, input)
        if (!result.ok)
          expect(['invalid_input', 'not_found', 'conflict']).toContain(result.error.code)
      }),
      { numRuns: 500 },
    )
    expect(backend.db.pragma('integrity_check', { simple: true })).toBe('ok')
  })
})

describe('dispatch: incidents synced from the archive', () => {
  it('answers conflict with the read-only message, reports no fault and writes nothing', async () => {
    const backend = await testBackend()
    const incident = expectOk<Incident>(
      await backend.dispatch('incident.create', { title: 'From the archive', severity: 'SEV2' }),
    )
    backend.db
      .prepare(
        `INSERT INTO archive_entries (incident_id, bundle_path, bundle_sha256, bundle_mtime_ms,
          bundle_size, synced_at) VALUES (?, '2026/11/x/incident.firebreak-bundle.zip', 'h', 0, 1, 0)`,
      )
      .run(incident.id)
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined)

    const readOnly = {
      ok: false,
      error: {
        code: 'conflict',
        message: READ_ONLY_MESSAGE,
        text: { key: 'msgCommon:errors.readOnly' },
      },
    }
    const added = await backend.dispatch('timeline.add', { incidentId: incident.id, text: 'note' })
    expect(added).toEqual(readOnly)
    const renamed = await backend.dispatch('incident.update', { id: incident.id, title: 'New' })
    expect(renamed).toEqual(readOnly)
    expect(logged).not.toHaveBeenCalled()
    logged.mockRestore()

    const timeline = expectOk<TimelineEvent[]>(
      await backend.dispatch('timeline.list', { incidentId: incident.id }),
    )
    expect(timeline.map((e) => e.text)).not.toContain('note')
    const stored = expectOk<Incident>(await backend.dispatch('incident.get', { id: incident.id }))
    expect(stored.title).toBe('From the archive')
  })
})
