import { describe, expect, it } from 'vitest'
import { markPassage } from './passage'
import { parseSearch } from './query'
import { segmentsOf } from './segments'

const shown = (text: string, query: string, width: number | null = null) =>
  segmentsOf(markPassage(text, parseSearch(query), width).marked)
    .map((s) => (s.hit ? `[${s.text}]` : s.text))
    .join('')

describe('marking search words in a passage', () => {
  it('marks whole words and phrases, case and accents folded like the index', () => {
    expect(shown('Redis failover; REDIS again, redistribute not', 'redis ')).toBe(
      '[Redis] failover; [REDIS] again, redistribute not',
    )
    expect(shown('Café crème outage at the café', 'cafe ')).toBe(
      '[Café] crème outage at the [café]',
    )
    expect(shown('edge cdn purge, cdn edge', '"edge cdn"')).toBe('[edge cdn] purge, cdn edge')
  })

  it('marks the whole word a typed prefix starts', () => {
    expect(shown('Certificate expired', 'certif')).toBe('[Certificate] expired')
  })

  it('shows the stretch holding the most different words, cut at words, with ellipses', () => {
    const filler = 'lorem ipsum dolor sit amet '.repeat(20)
    const text = `${filler}pool alone ${filler}connection pool exhausted here ${filler}`
    const passage = shown(text, 'connection pool exhausted ', 80)
    expect(passage.startsWith('…')).toBe(true)
    expect(passage.endsWith('…')).toBe(true)
    expect(passage).toContain('[connection] [pool] [exhausted] here')
    expect(passage).not.toContain('pool alone')
  })

  it('keeps markup as text: nothing to inject', () => {
    const marked = markPassage('<img src=x onerror=alert(1)> redis', parseSearch('redis '), null)
    expect(segmentsOf(marked.marked)).toEqual([
      { text: '<img src=x onerror=alert(1)> ', hit: false },
      { text: 'redis', hit: true },
    ])
  })
})
