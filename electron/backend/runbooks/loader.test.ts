import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import fc from 'fast-check'
import { stringify } from 'yaml'
import { describe, expect, it } from 'vitest'
import { tempDir } from '../testing/support'
import { loadRunbooks, parseRunbookText } from './loader'
import { shippedRunbooksDir } from './templates-dir'

function userDir(files: Record<string, string>): string {
  const dir = join(tempDir(), 'runbooks')
  mkdirSync(dir)
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text)
  return dir
}

const VALID = `name: Database failover
steps:
  - title: Check replication
    purpose: Know the replica is current.
    checklist:
      - Replication lag under 1s
`

describe('shipped runbooks', () => {
  const catalog = loadRunbooks(shippedRunbooksDir(), join(tempDir(), 'none'))

  it('all load, default first', () => {
    expect(catalog.errors).toEqual([])
    expect(catalog.runbooks.map((r) => r.definition.id)).toEqual([
      'service-degradation',
      'quick-triage',
    ])
  })

  it('"Service degradation" has the eight steps of the issue, each with real content', () => {
    const runbook = catalog.runbooks[0]?.definition
    expect(runbook?.name).toBe('Service degradation')
    expect(runbook?.steps.map((s) => s.title)).toEqual([
      'Confirm the alert',
      'Assess impact',
      'Quick health check',
      'Analyze logs',
      'Review recent changes',
      'Mitigate',
      'Long-term fix',
      'Monitor and report',
    ])
    for (const step of runbook?.steps ?? []) {
      expect(step.purpose.length).toBeGreaterThan(20)
      expect(step.instructions.length).toBeGreaterThan(100)
      expect(step.checklist.length).toBeGreaterThanOrEqual(3)
    }
    const health = runbook?.steps[2]
    expect(health?.checklist.map((i) => i.text).join(' ')).toMatch(/CPU/)
    expect(health?.suggestedQueries).toContainEqual({ kind: 'pack', title: null, pack: 'host' })
    expect(runbook?.steps[5]?.exitCriterion).toBe(
      'Error ratio below the SLO threshold for 15 minutes.',
    )
  })
})

describe('user runbooks', () => {
  it('loads a user runbook beside the shipped ones', () => {
    const catalog = loadRunbooks(
      shippedRunbooksDir(),
      userDir({ 'db-failover.yaml': VALID, 'notes.txt': 'x' }),
    )
    expect(catalog.errors).toEqual([])
    const mine = catalog.runbooks.find((r) => r.definition.id === 'db-failover')
    expect(mine).toMatchObject({ origin: 'user', definition: { name: 'Database failover' } })
    expect(mine?.definition.steps[0]).toMatchObject({
      id: 'check-replication',
      checklist: [{ id: '1', text: 'Replication lag under 1s' }],
    })
  })

  it('lists a broken file with its name, path and line while the others load', () => {
    const broken = `name: Broken
steps:
  - title: One
    purpose: First
  - title: Two
    purpose: Second
  - title: Three
    purpose: Third
    checklist: tick everything
`
    const catalog = loadRunbooks(
      shippedRunbooksDir(),
      userDir({ 'broken.yaml': broken, 'ok.yml': VALID }),
    )
    expect(catalog.runbooks.map((r) => r.definition.id)).toContain('ok')
    expect(catalog.runbooks.map((r) => r.definition.id)).toContain('service-degradation')
    expect(catalog.errors).toEqual([
      expect.objectContaining({
        file: 'broken.yaml',
        origin: 'user',
        path: 'steps[2].checklist',
        line: 9,
        message: 'checklist must be a list of strings',
      }),
    ])
  })

  it('reports a YAML syntax error with its line', () => {
    const catalog = loadRunbooks(
      shippedRunbooksDir(),
      userDir({ 'bad.yaml': 'name: x\nsteps: [\n  - a\nb: 3\n' }),
    )
    expect(catalog.errors[0]).toMatchObject({ file: 'bad.yaml', path: null })
    expect(catalog.errors[0]?.message).toMatch(/^YAML syntax error: /)
    expect(catalog.errors[0]?.line).toBeGreaterThanOrEqual(2)
  })

  it('a user file replaces the shipped runbook of the same id; a broken one does not', () => {
    const own = VALID.replace('Database failover', 'Our degradation')
    const replaced = loadRunbooks(
      shippedRunbooksDir(),
      userDir({ 'service-degradation.yaml': own }),
    )
    expect(replaced.runbooks[0]).toMatchObject({
      origin: 'user',
      definition: { name: 'Our degradation' },
    })
    const kept = loadRunbooks(
      shippedRunbooksDir(),
      userDir({ 'service-degradation.yaml': 'name: [' }),
    )
    expect(kept.runbooks[0]).toMatchObject({
      origin: 'shipped',
      definition: { name: 'Service degradation' },
    })
    expect(kept.errors).toHaveLength(1)
  })

  it('tolerates a missing user folder', () => {
    expect(loadRunbooks(shippedRunbooksDir(), join(tempDir(), 'absent')).errors).toEqual([])
  })
})

describe('parseRunbookText errors', () => {
  const problem = (text: string) => {
    const parsed = parseRunbookText('x', text)
    if (parsed.ok) throw new Error('expected a problem')
    return parsed.problem
  }

  it('points a missing field at the step that lacks it', () => {
    expect(problem('name: A\nsteps:\n  - title: One\n    purpose: P\n  - title: Two\n')).toEqual({
      message: 'purpose is required',
      text: { key: 'msgWork:runbookFile.required', params: { field: 'purpose' } },
      path: 'steps[1].purpose',
      line: 5,
      column: 5,
    })
  })

  it('points an unknown key (a typo) at that key', () => {
    expect(
      problem('name: A\nsteps:\n  - title: One\n    purpose: P\n    checklists: []\n'),
    ).toMatchObject({
      path: 'steps[0].checklists',
      line: 5,
      column: 5,
    })
  })

  it('refuses a query with both or neither of promql and pack', () => {
    const text =
      'name: A\nsteps:\n  - title: One\n    purpose: P\n    suggestedQueries:\n      - title: t\n'
    expect(problem(text)).toMatchObject({
      path: 'steps[0].suggestedQueries[0]',
      line: 6,
      message: 'Give either "promql" or "pack" (exactly one)',
      text: { key: 'msgWork:runbookFile.promqlOrPack' },
    })
  })

  it('refuses duplicate step ids, at the second one', () => {
    const text =
      'name: A\nsteps:\n  - title: Same\n    purpose: P\n  - title: same\n    purpose: Q\n'
    expect(problem(text)).toMatchObject({
      path: 'steps[1].title',
      line: 5,
      message: 'Two steps have the id "same"; give one of them a different id',
      text: { key: 'msgWork:runbookFile.duplicateStepId', params: { id: 'same' } },
    })
  })

  it('explains an empty file, a list, duplicate keys and an undefined alias', () => {
    expect(problem('# nothing yet\n')).toMatchObject({
      message: 'The file is empty; a runbook needs at least "name" and "steps".',
      line: 1,
    })
    expect(problem('- a\n- b\n').message).toBe(
      'A runbook file must be a mapping with at least "name" and "steps"',
    )
    expect(problem('name: A\nname: B\n')).toMatchObject({
      message: 'YAML syntax error: Map keys must be unique',
      line: 2,
    })
    expect(problem('name: *nothing\n').message).toMatch(/^YAML/)
  })

  it('stops an alias bomb instead of expanding it', () => {
    const levels = ['a: &a ["x","x","x","x","x","x","x","x","x"]']
    for (let i = 1; i < 9; i++)
      levels.push(
        `${'abcdefghij'[i]}: &${'abcdefghij'[i]} [${Array(9)
          .fill(`*${'abcdefghij'[i - 1]}`)
          .join(',')}]`,
      )
    expect(problem(levels.join('\n')).message).toMatch(/^YAML error: /)
  })
})

describe('junk never escapes the loader', () => {
  const check = (text: string) => {
    const parsed = parseRunbookText('junk', text)
    if (!parsed.ok) {
      expect(parsed.problem.message.length).toBeGreaterThan(0)
      // Every problem can be worded in the reader's language.
      expect(parsed.problem.text, parsed.problem.message).toBeDefined()
      if (parsed.problem.line !== null) expect(parsed.problem.line).toBeGreaterThanOrEqual(1)
    }
  }

  it('arbitrary text gives a runbook or a listed problem, never a throw', () => {
    fc.assert(fc.property(fc.string({ maxLength: 400 }), check), { numRuns: 500 })
    const yamlish = fc.array(
      fc.constantFrom(
        'name:',
        'steps:',
        '  - ',
        'title: x',
        '[',
        ']',
        '{',
        '&a',
        '*a',
        '"',
        "'",
        '|',
        '>',
        '#',
        ':',
        '\n',
        '\t',
        '  ',
        '- ',
        '!!str',
        '%YAML 1.2',
        '---',
      ),
      { maxLength: 60 },
    )
    fc.assert(
      fc.property(yamlish, (parts) => check(parts.join(''))),
      { numRuns: 500 },
    )
  })

  it('arbitrary structures dumped as YAML give a runbook or a problem with a path', () => {
    fc.assert(
      fc.property(fc.anything({ maxDepth: 4 }), fc.jsonValue({ maxDepth: 4 }), (anything, json) => {
        check(stringify(anything) ?? '')
        check(
          stringify({ name: 'N', steps: [json, { title: json, purpose: 'p', checklist: json }] }),
        )
      }),
      { numRuns: 300 },
    )
  })
})
