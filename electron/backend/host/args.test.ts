import { describe, expect, it } from 'vitest'
import { defaultDataDir } from '../paths'
import { DEFAULT_PORT, parseHostArgs } from './args'

describe('browser-mode arguments', () => {
  it('prefers --data-dir, then FIREBREAK_DATA_DIR, then the OS folder', () => {
    expect(parseHostArgs(['--data-dir', '/a'], { FIREBREAK_DATA_DIR: '/b' }, '/c').dataDir).toBe(
      '/a',
    )
    expect(parseHostArgs([], { FIREBREAK_DATA_DIR: '/b' }, '/c').dataDir).toBe('/b')
    expect(parseHostArgs([], {}, '/c')).toEqual({ dataDir: '/c', port: DEFAULT_PORT })
  })

  it('accepts port 0 for any free port and refuses nonsense', () => {
    expect(parseHostArgs(['--port', '0'], {}, '/c').port).toBe(0)
    expect(() => parseHostArgs(['--port', 'abc'], {}, '/c')).toThrow(/--port/)
    expect(() => parseHostArgs(['--port', '70000'], {}, '/c')).toThrow(/--port/)
    expect(() => parseHostArgs(['--prot', '1'], {}, '/c')).toThrow()
  })
})

describe('default data folder', () => {
  it('matches where Electron keeps userData on each platform', () => {
    expect(defaultDataDir('linux', {}, '/home/ana')).toBe('/home/ana/.config/Firebreak')
    expect(defaultDataDir('linux', { XDG_CONFIG_HOME: '/x' }, '/home/ana')).toBe('/x/Firebreak')
    expect(defaultDataDir('darwin', {}, '/Users/ana')).toBe(
      '/Users/ana/Library/Application Support/Firebreak',
    )
    expect(defaultDataDir('win32', { APPDATA: 'C:\\AppData' }, 'C:\\Users\\ana')).toContain(
      'Firebreak',
    )
  })
})
