import { describe, expect, it } from 'vitest'
import type { TimelineEvent } from '../timeline'
import { APPENDIX_HEADING, reviewAppendixMarkdown, withReviewAppendix } from './appendix'
import { nearestEvents, positionOf, reviewWindow, stepCursor, timeAt } from './cursor'
import { authorsOf, filterEvents } from './filters'
import { phaseSegments } from './phases'

const MIN = 60_000
const T0 = Date.UTC(2026, 2, 1, 10, 0)

function event(id: string, minutes: number, extra: Partial<TimelineEvent> = {}): TimelineEvent {
  const at = T0 + minutes * MIN
  return {
    id,
    incidentId: 'i1',
    occurredAt: at,
    kind: 'note',
    text: `event ${id}`,
    message: null,
    author: 'Ana',
    source: 'user',
    createdAt: at,
    updatedAt: at,
    deletedAt: null,
    ...extra,
  }
}

describe('phase band', () => {
  const milestones = {
    startedAt: T0,
    detectedAt: T0 + 5 * MIN,
    acknowledgedAt: T0 + 8 * MIN,
    mitigatedAt: T0 + 30 * MIN,
    resolvedAt: T0 + 50 * MIN,
  }

  it('cuts a resolved incident at its milestones, one phase after the other', () => {
    expect(phaseSegments(milestones, T0 + 999 * MIN)).toEqual([
      { name: 'detect', from: T0, to: T0 + 5 * MIN, running: false },
      { name: 'acknowledge', from: T0 + 5 * MIN, to: T0 + 8 * MIN, running: false },
      { name: 'mitigate', from: T0 + 8 * MIN, to: T0 + 30 * MIN, running: false },
      { name: 'resolve', from: T0 + 30 * MIN, to: T0 + 50 * MIN, running: false },
    ])
  })

  it('runs the next phase until now, skipping milestones never recorded', () => {
    const open = { ...milestones, acknowledgedAt: null, mitigatedAt: null, resolvedAt: null }
    expect(phaseSegments(open, T0 + 20 * MIN).map((s) => [s.name, s.running])).toEqual([
      ['detect', false],
      ['acknowledge', true],
    ])
    const skipped = { ...milestones, acknowledgedAt: null, resolvedAt: null }
    const segments = phaseSegments(skipped, T0 + 40 * MIN)
    expect(segments.map((s) => s.name)).toEqual(['detect', 'mitigate', 'resolve'])
    expect(segments[1]?.from).toBe(T0 + 5 * MIN)
    expect(segments[2]).toMatchObject({ from: T0 + 30 * MIN, to: T0 + 40 * MIN, running: true })
  })

  it('never shows detection as running when the detected time is not recorded', () => {
    const undetected = {
      startedAt: T0,
      detectedAt: null,
      acknowledgedAt: null,
      mitigatedAt: null,
      resolvedAt: null,
    }
    expect(phaseSegments(undetected, T0 + 10 * MIN).map((s) => s.name)).toEqual(['acknowledge'])
  })
})

describe('cursor', () => {
  const events = [event('a', 0), event('b', 10), event('c', 10), event('d', 30)]

  it('finds the nearest events, ties included, within reach', () => {
    expect(nearestEvents(events, T0 + 12 * MIN, 5 * MIN).map((e) => e.id)).toEqual(['b', 'c'])
    expect(nearestEvents(events, T0 + 26 * MIN, 5 * MIN).map((e) => e.id)).toEqual(['d'])
    expect(nearestEvents(events, T0 - 1 * MIN, 5 * MIN).map((e) => e.id)).toEqual(['a'])
    expect(nearestEvents(events, T0 + 20 * MIN, 5 * MIN)).toEqual([])
    expect(nearestEvents([], T0, MIN)).toEqual([])
  })

  it('puts the incident, its charts and earlier events on one axis with a margin', () => {
    const window = reviewWindow(
      { startedAt: T0, endedAt: T0 + 60 * MIN },
      [{ from: T0 - 30 * MIN, to: T0 + 90 * MIN }],
      [event('cause', -45), event('postmortem written', 3 * 24 * 60)],
      T0 + 999 * MIN,
    )
    expect(window.from).toBeLessThan(T0 - 45 * MIN)
    expect(window.to).toBeGreaterThan(T0 + 90 * MIN)
    // The postmortem, days later, does not squash the incident into a corner.
    expect(window.to - window.from).toBeLessThan(150 * MIN)
    const running = reviewWindow({ startedAt: T0, endedAt: null }, [], [], T0 + 30 * MIN)
    expect(running.to).toBeGreaterThan(T0 + 30 * MIN)
  })

  it('maps times to positions and back, and steps within the window', () => {
    const window = { from: T0, to: T0 + 100 * MIN }
    expect(positionOf(T0 + 25 * MIN, window, 400)).toBe(100)
    expect(timeAt(100, window, 400)).toBe(T0 + 25 * MIN)
    expect(positionOf(T0 - MIN, window, 400)).toBe(0)
    expect(stepCursor(T0 + 50 * MIN, window, 10)).toBe(T0 + 60 * MIN)
    expect(stepCursor(T0 + 95 * MIN, window, 10)).toBe(T0 + 100 * MIN)
  })
})

describe('filters', () => {
  const events = [
    event('a', 0, { kind: 'status', author: '' }),
    event('b', 1, { author: 'Bo' }),
    event('c', 2),
  ]
  it('keeps the chosen kinds and authors, all when none is chosen', () => {
    expect(filterEvents(events, { kinds: [], authors: [] })).toHaveLength(3)
    expect(filterEvents(events, { kinds: ['note'], authors: [] }).map((e) => e.id)).toEqual([
      'b',
      'c',
    ])
    expect(filterEvents(events, { kinds: ['note'], authors: ['Ana'] }).map((e) => e.id)).toEqual([
      'c',
    ])
    expect(authorsOf(events)).toEqual(['Ana', 'Bo', ''])
  })
})

describe('review appendix', () => {
  const events = [
    event('a', 0, { text: 'Failover <script>alert(1)</script> started' }),
    event('b', 5),
  ]
  it('lists each commented event once, in time order, with its comments escaped', () => {
    const markdown = reviewAppendixMarkdown(
      [
        { eventId: 'b', text: 'Later comment', author: 'Bo', createdAt: T0 + 90 * MIN },
        {
          eventId: 'a',
          text: 'Should have paged **earlier**\n# not a heading',
          author: 'Ana',
          createdAt: T0 + 80 * MIN,
        },
        { eventId: 'a', text: 'Agreed', author: '', createdAt: T0 + 85 * MIN },
      ],
      events,
    )
    const lines = markdown.trimEnd().split('\n')
    expect(lines[0]).toBe(APPENDIX_HEADING)
    expect(lines[2]).toContain('Failover &lt;script&gt;')
    expect(lines[3]).toContain(
      'Ana (2026-03-01 11:20 UTC): Should have paged \\*\\*earlier\\*\\* # not a heading',
    )
    expect(lines[4]).toContain('Someone')
    expect(lines[5]).toContain('event b')
    expect(markdown).not.toContain('<script>')
  })

  it('adds nothing without comments, and redacts when asked', () => {
    expect(reviewAppendixMarkdown([], events)).toBe('')
    expect(withReviewAppendix('# Doc\n', '')).toBe('# Doc\n')
    const redacted = reviewAppendixMarkdown(
      [{ eventId: 'b', text: 'mail ana@example.com', author: 'Ana', createdAt: T0 }],
      events,
      { redact: (text) => text.replace(/\S+@\S+/g, '[email]') },
    )
    expect(redacted).toContain('mail &#91;email&#93;')
    expect(withReviewAppendix('# Doc\n\n', redacted)).toMatch(/^# Doc\n\n## Appendix/)
  })
})
