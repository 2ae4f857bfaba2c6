import { describe, expect, it } from 'vitest'
import { UTC_ZONE } from '../../../ui/time'
import { emptyDraft, readSearchDraft } from './search-draft'

const NOW = Date.UTC(2026, 10, 21, 12, 0)
const incident = { startedAt: NOW - 60 * 60_000, resolvedAt: null }
const context = { sourceId: 'jaeger-1', incident, zone: UTC_ZONE, now: NOW }

describe('trace search form', () => {
  it('searches the incident window by default, with a margin before the start', () => {
    const read = readSearchDraft({ ...emptyDraft(incident), service: 'api' }, context)
    expect(read).toEqual({
      ok: true,
      input: expect.objectContaining({
        service: 'api',
        startMs: NOW - 75 * 60_000,
        endMs: NOW,
        limit: 20,
      }),
    })
  })

  it('puts each problem next to its field and sends nothing', () => {
    const draft = {
      ...emptyDraft(null),
      tags: 'error',
      minDuration: '2s',
      maxDuration: '1s',
      limit: '',
      range: 'custom' as const,
    }
    const read = readSearchDraft(draft, { ...context, sourceId: undefined })
    expect(read).toEqual({
      ok: false,
      errors: {
        startMs: 'Enter a date and time',
        endMs: 'Enter a date and time',
      },
    })
    const timed = {
      ...draft,
      from: { value: '2026-11-21T10:00', badInput: false },
      to: { value: '2026-11-21T11:00', badInput: false },
    }
    const errors = readSearchDraft(timed, { ...context, sourceId: undefined })
    expect(errors.ok ? {} : errors.errors).toEqual({
      sourceId: 'Add a Jaeger source in Data sources first',
      service: 'Choose a service',
      tags: '"error" is not key=value; write tags like error=true http.status_code=500',
      limit: 'Enter how many traces to find, 1 to 1500',
    })
    const fixed = { ...timed, service: 'api', tags: 'error=true', limit: 20 }
    expect(readSearchDraft(fixed, context)).toEqual({
      ok: false,
      errors: { maxDuration: 'Max duration must be at least the min duration' },
    })
  })
})
