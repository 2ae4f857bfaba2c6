import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { review, type AllowEntry, type Finding } from './electronegativity-check.mjs'

function finding(id: string, severity: string, file: string, sample?: string): Finding {
  return {
    id,
    file,
    sample,
    severity: { name: severity },
    confidence: { name: 'FIRM' },
    location: { line: 1, column: 0 },
  }
}

const window = 'const window = new BrowserWindow(mainWindowOptions(preloadPath))'

describe('review', () => {
  it('blocks a MEDIUM or HIGH finding nobody explained', () => {
    const outcome = review([finding('SANDBOX_JS_CHECK', 'MEDIUM', 'main/a.ts', window)], [])
    expect(outcome.unexplained.map((f) => f.id)).toEqual(['SANDBOX_JS_CHECK'])
  })

  it('lets LOW and INFORMATIONAL findings through', () => {
    const outcome = review(
      [finding('X', 'LOW', 'main/a.ts'), finding('Y', 'INFORMATIONAL', 'main/a.ts')],
      [],
    )
    expect(outcome).toMatchObject({ total: 2, blocking: 0, unexplained: [] })
  })

  it('accepts an explanation only for the same check, file and code', () => {
    const allow: AllowEntry[] = [
      { check: 'SANDBOX_JS_CHECK', file: 'main/a.ts', sample: 'mainWindowOptions(', reason: 'r' },
    ]
    const same = finding('SANDBOX_JS_CHECK', 'MEDIUM', 'main/a.ts', window)
    const otherFile = finding('SANDBOX_JS_CHECK', 'MEDIUM', 'main/b.ts', window)
    const otherCode = finding('SANDBOX_JS_CHECK', 'MEDIUM', 'main/a.ts', 'new BrowserWindow({})')
    expect(review([same, otherFile, otherCode], allow).unexplained).toEqual([otherFile, otherCode])
  })

  it('reports allow-list entries that no longer match any finding', () => {
    const allow: AllowEntry[] = [{ check: 'CSP_GLOBAL_CHECK', file: 'N/A', reason: 'r' }]
    expect(review([], allow).unused).toEqual(allow)
  })
})

describe('scripts/electronegativity-allow.json', () => {
  it('gives a reason for every entry', () => {
    const url = new URL('./electronegativity-allow.json', import.meta.url)
    const { allow } = JSON.parse(readFileSync(url, 'utf8')) as { allow: AllowEntry[] }
    for (const entry of allow) expect(entry.reason.length, entry.check).toBeGreaterThan(40)
  })
})
