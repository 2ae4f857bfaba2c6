import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { loadHealthCheckPacks } from './health-check-packs'

const SHIPPED = join(process.cwd(), 'templates', 'health-checks')
const temps: string[] = []
afterEach(() => temps.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })))

function packDir(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'firebreak-packs-'))
  temps.push(dir)
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text)
  return dir
}

describe('shipped health-check packs', () => {
  it('all load, cover every component the issue names, and each panel uses its variables', () => {
    const packs = loadHealthCheckPacks(SHIPPED)
    expect(packs.map((pack) => pack.id).sort()).toEqual([
      'application-red',
      'cdn-object-storage',
      'host',
      'kafka',
      'kubernetes',
      'postgresql',
      'prometheus',
      'redis',
    ])
    for (const pack of packs) expect(pack.panels.length).toBeGreaterThanOrEqual(4)
  })

  it('the Kafka pack flags anything but exactly one active controller', () => {
    const kafka = loadHealthCheckPacks(SHIPPED).find((pack) => pack.id === 'kafka')
    expect(kafka?.panels.find((panel) => panel.id === 'active-controllers')).toMatchObject({
      bad: 'not_equal',
      expected: 1,
    })
  })
})

describe('loadHealthCheckPacks', () => {
  const valid = [
    'id: one',
    'name: One',
    'description: d',
    'variables: [job]',
    'panels:',
    '  - id: up',
    '    title: Up',
    '    query: \'up{job="$job"}\'',
    '    unit: none',
    '    bad: not_equal',
    '    expected: 1',
    '',
  ].join('\n')

  it('names the file and the field of a mistake', () => {
    const dir = packDir({
      'a.yaml': valid,
      'b.yaml': valid.replace('unit: none', 'unit: furlongs'),
    })
    expect(() => loadHealthCheckPacks(dir)).toThrow(/b\.yaml at panels\.0\.unit/)
  })

  it('refuses YAML that does not parse', () => {
    const dir = packDir({ 'broken.yaml': 'id: [unclosed' })
    expect(() => loadHealthCheckPacks(dir)).toThrow(/broken\.yaml is not valid YAML/)
  })

  it('refuses two packs with one id', () => {
    const dir = packDir({ 'a.yaml': valid, 'b.yml': valid })
    expect(() => loadHealthCheckPacks(dir)).toThrow(/share the id "one"/)
  })
})
