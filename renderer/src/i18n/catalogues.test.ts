import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { compareCatalogues, type Catalogue } from './catalogue-check'
import { en } from './resources'

const LOCALES = join(process.cwd(), 'renderer/src/i18n/locales')

function load(language: string, namespace: string): Catalogue {
  return JSON.parse(readFileSync(join(LOCALES, language, `${namespace}.json`), 'utf8')) as Catalogue
}

const namespaces = readdirSync(join(LOCALES, 'en')).map((file) => file.replace(/\.json$/, ''))

describe('catalogues', () => {
  it('pt-BR has a file for every English namespace, and resources.ts bundles them all', () => {
    expect(readdirSync(join(LOCALES, 'pt-BR')).sort()).toEqual(
      readdirSync(join(LOCALES, 'en')).sort(),
    )
    expect(Object.keys(en).sort()).toEqual([...namespaces].sort())
  })

  it.each(namespaces)('pt-BR translates every key of "%s" with the same placeholders', (ns) => {
    expect(compareCatalogues(load('en', ns), load('pt-BR', ns))).toEqual([])
  })
})

describe('compareCatalogues', () => {
  const source = {
    title: 'Incidents',
    count_one: '{{count}} incident',
    count_other: '{{count}} incidents',
    nested: { save: 'Save' },
  }

  it('reports a missing pt-BR key by its path', () => {
    const problems = compareCatalogues(source, {
      title: 'Incidentes',
      count_one: '{{count}} incidente',
      count_other: '{{count}} incidentes',
      nested: {},
    })
    expect(problems).toEqual(['missing key "nested.save"'])
  })

  it('reports a lost placeholder, an empty text and a key English does not have', () => {
    const problems = compareCatalogues(source, {
      title: '',
      count_one: '1 incidente',
      count_other: '{{count}} incidentes',
      nested: { save: 'Salvar', cancel: 'Cancelar' },
    })
    expect(problems).toContain('"count_one" has placeholders none, English has {{count}}')
    expect(problems).toContain('empty text for "title"')
    expect(problems).toContain('unknown key "nested.cancel" (not in English)')
  })

  it('accepts plural forms English does not use, such as _many', () => {
    const problems = compareCatalogues(source, {
      title: 'Incidentes',
      count_one: '{{count}} incidente',
      count_many: '{{count}} de incidentes',
      count_other: '{{count}} incidentes',
      nested: { save: 'Salvar' },
    })
    expect(problems).toEqual([])
  })
})
