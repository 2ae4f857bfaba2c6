import { describe, expect, it } from 'vitest'
import { keysToInvalidate } from '../../app/backend-events'
import { hypothesisKeys } from '../hypotheses/queries'
import { runbookKeys } from './queries'

describe('runbook and hypothesis events', () => {
  it("refresh only that incident's run and hypotheses", () => {
    expect(keysToInvalidate({ name: 'runbook.changed', incidentId: 'i1' })).toEqual([
      runbookKeys.run('i1'),
    ])
    expect(keysToInvalidate({ name: 'hypothesis.changed', incidentId: 'i1' })).toEqual([
      hypothesisKeys.list('i1'),
    ])
  })

  it('refresh every run or hypothesis list when no incident is named', () => {
    expect(keysToInvalidate({ name: 'runbook.changed' })).toEqual([['runbook', 'run']])
    expect(keysToInvalidate({ name: 'hypothesis.changed' })).toEqual([['hypotheses']])
  })
})
