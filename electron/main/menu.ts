// The application menu as data; index.ts hands it to Menu.buildFromTemplate. Only a type comes
// from 'electron' (`import type` is erased), so the decisions here run under plain Vitest.
import type { MenuItemConstructorOptions } from 'electron'

export interface MenuOptions {
  /** Reload and DevTools only exist under `electron-vite dev`, never for users. */
  isDev: boolean
  /** macOS keeps Quit in the app menu, by platform convention. */
  isMac: boolean
}

function fileMenu(isMac: boolean): MenuItemConstructorOptions {
  return { label: 'File', submenu: [isMac ? { role: 'close' } : { role: 'quit' }] }
}

function editMenu(): MenuItemConstructorOptions {
  return {
    label: 'Edit',
    submenu: [
      { role: 'undo' },
      { role: 'redo' },
      { type: 'separator' },
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { role: 'selectAll' },
    ],
  }
}

function viewMenu(isDev: boolean): MenuItemConstructorOptions {
  const devItems: MenuItemConstructorOptions[] = isDev
    ? [
        { role: 'reload' },
        { role: 'forceReload' },
        { role: 'toggleDevTools' },
        { type: 'separator' },
      ]
    : []
  return {
    label: 'View',
    submenu: [
      ...devItems,
      // Zoom stays for everyone: it is how many people read small text on a bad day.
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      { type: 'separator' },
      { role: 'togglefullscreen' },
    ],
  }
}

export function applicationMenuTemplate(options: MenuOptions): MenuItemConstructorOptions[] {
  const appMenu: MenuItemConstructorOptions[] = options.isMac ? [{ role: 'appMenu' }] : []
  return [
    ...appMenu,
    fileMenu(options.isMac),
    editMenu(),
    viewMenu(options.isDev),
    { role: 'help', submenu: [{ role: 'about' }] },
  ]
}
