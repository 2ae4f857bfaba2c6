import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { bestFirst } from './best-first'

describe('the best results first', () => {
  it('gives exactly the head of a full sort by score, newer incident first on a tie', () => {
    fc.assert(
      fc.property(
        // Few distinct scores, so ties are common.
        fc.array(fc.integer({ min: 0, max: 20 }), { minLength: 0, maxLength: 400 }),
        fc.integer({ min: 1, max: 60 }),
        (rawScores, count) => {
          const scores = Float64Array.from(rawScores, (s) => s / 4)
          const seqs = rawScores.map((_, seq) => seq).reverse()
          const full = [...seqs].sort((a, b) => (scores[b] ?? 0) - (scores[a] ?? 0) || b - a)
          expect(bestFirst(seqs, scores, count)).toEqual(full.slice(0, count))
        },
      ),
    )
  })
})
