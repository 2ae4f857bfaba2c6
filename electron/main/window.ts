// Electron glue for the window and every webContents; each decision is in security.ts.
import { BrowserWindow, dialog, shell, type Session, type WebContents } from 'electron'
import type { RendererSource } from './paths'
import {
  externalUrlDecision,
  isPermissionGranted,
  mainWindowOptions,
  navigationDecision,
} from './security'

/**
 * Deny every permission and send our CSP with every response. Electron documents that header
 * delivery may not reach file:// documents, so the renderer's index.html also carries the same
 * policy in a <meta> tag; whichever applies, the policy is the same.
 */
export function hardenSession(session: Session, csp: string): void {
  session.setPermissionRequestHandler((_contents, permission, callback) => {
    callback(isPermissionGranted(permission))
  })
  session.setPermissionCheckHandler((_contents, permission) => isPermissionGranted(permission))
  session.webRequest.onHeadersReceived((details, callback) => {
    const responseHeaders = { ...details.responseHeaders, 'Content-Security-Policy': [csp] }
    callback({ responseHeaders })
  })
}

/** Shows the full URL and opens it in the user's browser only if they say so. */
async function confirmAndOpenExternal(url: string, parent: BrowserWindow | null): Promise<void> {
  if (externalUrlDecision(url) !== 'open-after-confirm') return
  const options = {
    type: 'question' as const,
    buttons: ['Open in browser', 'Cancel'],
    defaultId: 1,
    cancelId: 1,
    title: 'Open link in your browser?',
    message: 'Open this link in your web browser?',
    // href, not the raw text: the parsed form shows punycode hostnames as they really are.
    detail: new URL(url).href,
  }
  const { response } = parent
    ? await dialog.showMessageBox(parent, options)
    : await dialog.showMessageBox(options)
  if (response === 0) await shell.openExternal(new URL(url).href)
}

/**
 * Applied to every webContents the app ever creates (app 'web-contents-created'): no
 * navigation away from our document, no new windows, no <webview>. External http(s) links
 * go to the user's browser after they have seen the URL.
 */
export function guardWebContents(contents: WebContents): void {
  const ownerWindow = () => BrowserWindow.fromWebContents(contents)
  const offerExternal = (url: string) => {
    confirmAndOpenExternal(url, ownerWindow()).catch((error: unknown) => {
      console.error('[firebreak] could not open external link', error)
    })
  }
  contents.on('will-navigate', (event) => {
    if (navigationDecision(contents.getURL(), event.url) === 'allow') return
    event.preventDefault()
    offerExternal(event.url)
  })
  // will-navigate covers only the top frame. Firebreak has no frames, so any frame that tries
  // to load something (an iframe smuggled into rendered Markdown, say) is refused.
  contents.on('will-frame-navigate', (event) => {
    if (!event.isMainFrame) event.preventDefault()
  })
  contents.on('will-redirect', (event) => {
    if (navigationDecision(contents.getURL(), event.url) !== 'allow') event.preventDefault()
  })
  contents.setWindowOpenHandler(({ url }) => {
    offerExternal(url)
    return { action: 'deny' }
  })
  contents.on('will-attach-webview', (event) => event.preventDefault())
}

export function createMainWindow(preloadPath: string, source: RendererSource): BrowserWindow {
  const window = new BrowserWindow(mainWindowOptions(preloadPath))
  window.once('ready-to-show', () => window.show())
  // loadFile in production: the renderer uses a hash router, so file:// works unchanged.
  const loading = source.kind === 'file' ? window.loadFile(source.path) : window.loadURL(source.url)
  loading.catch((error: unknown) => {
    // The window is still hidden; say why instead of leaving the user with nothing.
    const reason = error instanceof Error ? error.message : String(error)
    dialog.showErrorBox(
      'Firebreak cannot start',
      `The app's screens could not be loaded (${reason}). Reinstalling Firebreak should fix this; your data is not affected.`,
    )
    window.destroy()
  })
  return window
}
