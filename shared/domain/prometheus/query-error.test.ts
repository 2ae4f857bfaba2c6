import { describe, expect, it } from 'vitest'
import { describePrometheusError, findQueryPosition } from './query-error'

describe('findQueryPosition', () => {
  it('reads line:column and maps it into a multi-line query', () => {
    const query = 'sum(\n  rate(x[5m]\n)'
    const position = findQueryPosition('3:2: parse error: unclosed left parenthesis', query)
    // Line 3 starts at offset 18; column 2 is just past ")", the end of the input.
    expect(position).toEqual({ line: 3, column: 2, offset: 19 })
    expect(query.length).toBe(19)
  })

  it('reads the older "at char N" form and turns it into line and column', () => {
    const query = 'up{job="a"\n} +'
    expect(findQueryPosition('parse error at char 14: unexpected end of input', query)).toEqual({
      line: 2,
      column: 3,
      offset: 13,
    })
  })

  it('accepts the end-of-input column and rejects positions outside the query', () => {
    expect(findQueryPosition('1:4: parse error: x', 'up{')?.offset).toBe(3)
    expect(findQueryPosition('1:9: parse error: x', 'up{')?.offset).toBeNull()
    expect(findQueryPosition('invalid label name', 'up')).toBeNull()
  })
})

describe('describePrometheusError', () => {
  it('strips the parameter wrapper and says where the mistake is', () => {
    const described = describePrometheusError(
      'bad_data',
      'invalid parameter "query": 1:4: parse error: unexpected end of input inside braces',
      'up{',
    )
    expect(described.kind).toBe('bad_data')
    expect(described.detail).toBe('1:4: parse error: unexpected end of input inside braces')
    expect(described.message).toBe(
      'The query has an error at line 1, column 4: unexpected end of input inside braces. Fix the query and run it again.',
    )
  })

  it('recognises the points limit whatever the number formatting', () => {
    const message =
      'exceeded maximum resolution of 11,000 points per timeseries. Try decreasing the query resolution (?step=XX)'
    expect(describePrometheusError('bad_data', message).kind).toBe('too_many_points')
    expect(describePrometheusError('bad_data', message.replace('11,000', '11000')).kind).toBe(
      'too_many_points',
    )
  })

  it('keeps unknown error types visible', () => {
    const described = describePrometheusError('surprise', 'something odd')
    expect(described).toMatchObject({ kind: 'other', errorType: 'surprise' })
    expect(described.message).toContain('something odd')
  })
})
