import { mkdirSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { describe, expect, it } from 'vitest'
import { tempDir } from '../testing/support'
import { templatesDir } from './templates-dir'

describe('templatesDir', () => {
  it('finds the repository templates when running from source', () => {
    expect(templatesDir({})).toBe(resolve('templates'))
  })

  it('finds templates two levels above the bundled out/main/index.js', () => {
    const app = tempDir()
    mkdirSync(join(app, 'out', 'main'), { recursive: true })
    mkdirSync(join(app, 'templates', 'runbooks'), { recursive: true })
    const bundle = join(app, 'out', 'main', 'index.js')
    writeFileSync(bundle, '')
    expect(templatesDir({}, pathToFileURL(bundle).href)).toBe(join(app, 'templates'))
  })

  it('honours FIREBREAK_TEMPLATES_DIR', () => {
    expect(templatesDir({ FIREBREAK_TEMPLATES_DIR: '/opt/fb/templates' })).toBe('/opt/fb/templates')
  })

  it('says what to set when no templates folder is found', () => {
    const lonely = join(tempDir(), 'a', 'b', 'c', 'd', 'e', 'f', 'g', 'module.js')
    expect(() => templatesDir({}, pathToFileURL(lonely).href)).toThrow(
      /set FIREBREAK_TEMPLATES_DIR/,
    )
  })
})
