// electron-builder only reads its config when packaging, which needs the Electron binary we do
// not have here; validate it against electron-builder's own schema instead, plus what we rely on.
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { validateConfiguration } from 'app-builder-lib/out/util/config/config'
import type { Configuration } from 'app-builder-lib'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'
import { templatesDir } from '../backend/runbooks/templates-dir'

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..')
const config = parse(readFileSync(join(root, 'electron-builder.yml'), 'utf8')) as Configuration

describe('electron-builder.yml', () => {
  it("passes electron-builder's schema", async () => {
    const quietLogger = { isEnabled: false, add: () => undefined } as unknown as Parameters<
      typeof validateConfiguration
    >[1]
    await expect(validateConfiguration(config, quietLogger)).resolves.toBeUndefined()
  })

  it('keeps better-sqlite3 (a native module) out of the asar', () => {
    expect(config.asarUnpack).toContain('node_modules/better-sqlite3/**')
    expect(config.npmRebuild).toBe(true)
  })

  it('packages the build output and installers for each platform', () => {
    expect(config.appId).toBe('dev.firebreak.app')
    expect(config.files).toEqual(['out/**', 'templates/**', 'package.json'])
    expect(config.linux?.target).toEqual(['AppImage', 'deb'])
    expect(config.linux?.category).toBe('Development')
    expect(config.mac?.target).toBe('dmg')
    expect(config.win?.target).toBe('nsis')
    expect(config.directories?.output).toBe('release')
  })

  it('ships an icon large enough for every platform (at least 512 px)', () => {
    const png = readFileSync(join(root, 'build', 'icon.png'))
    // PNG header: width and height are big-endian at bytes 16 and 20.
    expect(png.readUInt32BE(16)).toBeGreaterThanOrEqual(512)
    expect(png.readUInt32BE(20)).toBeGreaterThanOrEqual(512)
  })

  it('packages the templates where the bundled backend looks for them', () => {
    // The installed layout: resources/app.asar/{out/main/index.js, templates/...}.
    const app = join(mkdtempSync(join(tmpdir(), 'firebreak-package-')), 'app.asar')
    try {
      mkdirSync(join(app, 'out', 'main'), { recursive: true })
      mkdirSync(join(app, 'templates', 'runbooks'), { recursive: true })
      const main = pathToFileURL(join(app, 'out', 'main', 'index.js')).href
      expect(templatesDir({}, main)).toBe(join(app, 'templates'))
      expect(config.files).toContain('templates/**')
    } finally {
      rmSync(dirname(app), { recursive: true, force: true })
    }
  })
})
