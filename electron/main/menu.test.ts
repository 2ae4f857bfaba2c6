import { describe, expect, it } from 'vitest'
import type { MenuItemConstructorOptions } from 'electron'
import { applicationMenuTemplate } from './menu'

function roles(items: MenuItemConstructorOptions[]): string[] {
  return items.flatMap((item) => [
    ...(item.role ? [item.role] : []),
    ...(Array.isArray(item.submenu) ? roles(item.submenu) : []),
  ])
}

describe('applicationMenuTemplate', () => {
  it('gives users no reload or DevTools', () => {
    const all = roles(applicationMenuTemplate({ isDev: false, isMac: false }))
    expect(all).not.toContain('toggleDevTools')
    expect(all).not.toContain('reload')
    expect(all).not.toContain('forceReload')
  })

  it('gives developers reload and DevTools', () => {
    const all = roles(applicationMenuTemplate({ isDev: true, isMac: false }))
    expect(all).toEqual(expect.arrayContaining(['reload', 'toggleDevTools']))
  })

  it('has File > Quit, standard editing, and Help > About', () => {
    const menu = applicationMenuTemplate({ isDev: false, isMac: false })
    expect(menu.map((item) => item.label ?? item.role)).toEqual(['File', 'Edit', 'View', 'help'])
    expect(roles(menu)).toEqual(
      expect.arrayContaining([
        'quit',
        'undo',
        'redo',
        'cut',
        'copy',
        'paste',
        'selectAll',
        'about',
      ]),
    )
  })

  it('follows the macOS convention of an app menu', () => {
    const menu = applicationMenuTemplate({ isDev: false, isMac: true })
    expect(menu[0]?.role).toBe('appMenu')
  })
})
