import { describe, expect, it } from 'vitest'
import { BridgeCallError } from '../../bridge/errors'
import { describeQueryError, problemsWithFailure } from './query-error'

describe('describeQueryError', () => {
  it('marks a parse error where Prometheus points', () => {
    const error = new BridgeCallError(
      'invalid_input',
      'The query has an error at line 1, column 34: unclosed left parenthesis. Fix the query and run it again.',
      { query: 'x', 'query.position': '1:34:33' },
      'errorType=bad_data status=400',
    )
    const described = describeQueryError(error, 'sum(rate(http_requests_total[5m])')
    expect(described.title).toBe('The query has an error')
    expect(described.mark?.offset).toBe(33)
    expect(described.field).toBe('query')
  })

  it('computes the offset on a later line when only line and column came', () => {
    const error = new BridgeCallError('invalid_input', 'bad', { 'query.position': '2:3:' })
    expect(describeQueryError(error, 'abc\ndefg').mark?.offset).toBe(6)
  })

  it('names transport failures and the too-many-points refusal', () => {
    const down = new BridgeCallError(
      'source_error',
      'Could not reach 127.0.0.1:9 (ECONNREFUSED).',
      {},
      'kind=unreachable url=http://127.0.0.1:9/',
    )
    expect(describeQueryError(down, 'up').title).toBe('Prometheus is unreachable')
    const proxy = new BridgeCallError(
      'source_error',
      'x answered HTTP 502',
      {},
      'kind=not_json status=502',
    )
    expect(describeQueryError(proxy, 'up').title).toBe('The answer is not from Prometheus')
    const points = new BridgeCallError('invalid_input', 'more than 11,000 points', { step: 'more' })
    expect(describeQueryError(points, 'up')).toMatchObject({
      title: 'Too many points',
      field: 'step',
    })
  })

  it('puts too many points beside the Step field, from our backend or from Prometheus', () => {
    const ours = new BridgeCallError(
      'invalid_input',
      'This time range at this step would give more than 11,000 points per series. Choose a larger step or a shorter range.',
      { step: 'This time range at this step would give more than 11,000 points per series.' },
    )
    const theirs = new BridgeCallError(
      'invalid_input',
      'exceeded maximum resolution of 11,000 points per timeseries. Try decreasing the query resolution (?step=XX)',
      {},
      'errorType=bad_data status=400',
    )
    for (const error of [ours, theirs]) {
      const failure = describeQueryError(error, 'up')
      const problems = problemsWithFailure({}, failure)
      expect(problems.step).toBe(
        'This time range at this step would give more than 11,000 points per series. Choose a larger step or a shorter range.',
      )
    }
  })

  it('leaves the fields alone for a failure that is not theirs, and keeps a problem already there', () => {
    const down = new BridgeCallError('source_error', 'down', {}, 'kind=unreachable')
    expect(problemsWithFailure({}, describeQueryError(down, 'up'))).toEqual({})
    const points = new BridgeCallError('invalid_input', 'x', { step: 'x' })
    const mine = { step: 'Write the step like 15s, 1m or 1h, or leave it empty' }
    expect(problemsWithFailure(mine, describeQueryError(points, 'up'))).toBe(mine)
  })
})
