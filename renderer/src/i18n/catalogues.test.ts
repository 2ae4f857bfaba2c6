import { describe, expect, it } from 'vitest'
import { compareCatalogues, type Catalogue } from './catalogue-check'
import { en } from './resources'

// Every catalogue file on disk, whether or not resources.ts imports it: the renderer's own and
// the ones shared with the backend (its error messages and the timeline entries it writes).
const rendererFiles = import.meta.glob<Catalogue>('./locales/*/*.json', {
  eager: true,
  import: 'default',
})
const sharedFiles = import.meta.glob<Catalogue>('../../../shared/i18n/locales/*/*.json', {
  eager: true,
  import: 'default',
})
const files = new Map<string, Catalogue>()
for (const [path, catalogue] of Object.entries({ ...rendererFiles, ...sharedFiles })) {
  const [, language, namespace] = /locales\/([^/]+)\/([^/]+)\.json$/.exec(path) ?? []
  if (language && namespace) files.set(`${language}/${namespace}`, catalogue)
}

function namespacesOf(language: string): string[] {
  return [...files.keys()]
    .filter((key) => key.startsWith(`${language}/`))
    .map((key) => key.slice(language.length + 1))
    .sort()
}

function load(language: string, namespace: string): Catalogue {
  const catalogue = files.get(`${language}/${namespace}`)
  if (!catalogue) throw new Error(`no ${language} catalogue for ${namespace}`)
  return catalogue
}

const namespaces = namespacesOf('en')

describe('catalogues', () => {
  it('pt-BR has a file for every English namespace, and resources.ts bundles them all', () => {
    expect(namespaces.length).toBeGreaterThan(20)
    expect(namespacesOf('pt-BR')).toEqual(namespaces)
    expect(Object.keys(en).sort()).toEqual(namespaces)
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
