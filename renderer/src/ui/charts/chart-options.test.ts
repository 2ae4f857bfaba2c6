import { describe, expect, it } from 'vitest'
import { UTC_ZONE } from '../time'
import { timeTickLabels } from './chart-options'

const at = (day: number, hour: number, minute = 0) => Date.UTC(2026, 10, day, hour, minute)

describe('time axis labels', () => {
  it('uses 24-hour clock times with the date under the first tick of each day', () => {
    const splits = [at(20, 22), at(20, 23), at(21, 0), at(21, 1)]
    expect(timeTickLabels(splits, 3_600_000, UTC_ZONE)).toEqual([
      '22:00\n11-20',
      '23:00',
      '00:00\n11-21',
      '01:00',
    ])
  })

  it('shows seconds below a minute and days alone at a day or more', () => {
    expect(timeTickLabels([at(21, 14, 5) + 30_000], 10_000, UTC_ZONE)).toEqual(['14:05:30\n11-21'])
    expect(timeTickLabels([at(20, 0), at(21, 0)], 86_400_000, UTC_ZONE)).toEqual(['11-20', '11-21'])
  })
})
