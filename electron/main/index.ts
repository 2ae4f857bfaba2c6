// Firebreak's Electron main process: start the backend, open one hardened window, relay IPC.
// Everything worth testing is decided in plain modules (paths, security, menu, startup).
import { app, BrowserWindow, dialog, Menu, safeStorage, session } from 'electron'
import { createBackend, type Backend } from '../backend/app'
import type { Encryptor } from '../backend/secrets/secret-store'
import { osEncryptionUsable } from './encryption'
import { forwardEvents, registerIpc } from './ipc'
import { applicationMenuTemplate } from './menu'
import { bundlePaths, rendererSource } from './paths'
import { contentSecurityPolicy, type TrustedOrigins } from './security'
import { startupFailure } from './startup'
import { createMainWindow, guardWebContents, hardenSession } from './window'

// An ES-module main has no __dirname: locate out/preload and out/renderer from this bundle.
const paths = bundlePaths(import.meta.url)
const source = rendererSource({
  isPackaged: app.isPackaged,
  devServerUrl: process.env.ELECTRON_RENDERER_URL,
  rendererHtml: paths.rendererHtml,
})
const devServerUrl = source.kind === 'dev-server' ? source.url : undefined
const trusted: TrustedOrigins = {
  rendererFileUrl: paths.rendererFileUrl,
  devServerUrl,
  caseInsensitivePaths: process.platform === 'win32',
}

let backend: Backend | undefined
let mainWindow: BrowserWindow | undefined

function openMainWindow(running: Backend): void {
  const window = createMainWindow(paths.preload, source)
  const stopForwarding = forwardEvents(running, window)
  window.on('closed', () => {
    stopForwarding()
    if (mainWindow === window) mainWindow = undefined
  })
  mainWindow = window
}

function focusMainWindow(): void {
  if (!mainWindow) return
  if (mainWindow.isMinimized()) mainWindow.restore()
  mainWindow.focus()
}

/** safeStorage for data-source secrets, only where it really protects them (see encryption.ts). */
function osEncryptor(): Encryptor | undefined {
  const usable = osEncryptionUsable({
    available: safeStorage.isEncryptionAvailable(),
    platform: process.platform,
    linuxBackend:
      process.platform === 'linux' ? safeStorage.getSelectedStorageBackend() : undefined,
  })
  if (!usable) return undefined
  return {
    encrypt: (plain) => safeStorage.encryptString(plain),
    decrypt: (encrypted) => safeStorage.decryptString(encrypted),
  }
}

/** The OS folder picker, for exports: the backend writes only where the user chose. */
async function chooseFolder(title: string): Promise<string | null> {
  const window = BrowserWindow.getFocusedWindow()
  const options = { title, properties: ['openDirectory', 'createDirectory'] as const }
  const answer = window
    ? await dialog.showOpenDialog(window, { ...options, properties: [...options.properties] })
    : await dialog.showOpenDialog({ ...options, properties: [...options.properties] })
  return answer.canceled ? null : (answer.filePaths[0] ?? null)
}

function failStartup(error: unknown, dataDir: string): void {
  const failure = startupFailure(error, dataDir)
  console.error('[firebreak] start-up failed', error)
  dialog.showErrorBox(failure.title, failure.message)
  app.exit(1)
}

async function onReady(): Promise<void> {
  hardenSession(session.defaultSession, contentSecurityPolicy({ devServerUrl }))
  const isMac = process.platform === 'darwin'
  const template = applicationMenuTemplate({ isDev: devServerUrl !== undefined, isMac })
  Menu.setApplicationMenu(Menu.buildFromTemplate(template))
  app.setAboutPanelOptions({ applicationName: 'Firebreak', applicationVersion: app.getVersion() })

  const dataDir = app.getPath('userData')
  try {
    const version = app.getVersion()
    backend = await createBackend({
      dataDir,
      mode: 'electron',
      version,
      encryptor: osEncryptor(),
      chooseFolder,
    })
  } catch (error) {
    failStartup(error, dataDir)
    return
  }
  const running = backend
  registerIpc(running, trusted)
  openMainWindow(running)
  // macOS keeps the app alive without windows; the dock icon brings the window back.
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) openMainWindow(running)
  })
}

function start(): void {
  // Every renderer sandboxed, whatever options a future window forgets to pass.
  app.enableSandbox()
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents))
  app.on('second-instance', focusMainWindow)
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit()
  })
  // Close the database last, after every window is gone, so no write is cut short.
  app.on('will-quit', () => {
    backend?.close()
    backend = undefined
  })
  app
    .whenReady()
    .then(onReady)
    .catch((error: unknown) => failStartup(error, app.getPath('userData')))
}

// A second copy would open the same SQLite file; hand over to the running one instead.
if (app.requestSingleInstanceLock()) {
  start()
} else {
  app.quit()
}
