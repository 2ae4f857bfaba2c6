// The shell's security decisions as plain functions, unit-tested here without the Electron
// binary. Only a type is taken from 'electron'; `import type` is erased, so nothing loads it.
import type { BrowserWindowConstructorOptions } from 'electron'
import { CONTENT_SECURITY_POLICY } from '../backend/csp'

/** The main window: the renderer gets no Node, no Electron, only what the preload exposes. */
export function mainWindowOptions(preloadPath: string): BrowserWindowConstructorOptions {
  return {
    width: 1280,
    height: 820,
    minWidth: 900,
    minHeight: 600,
    title: 'Firebreak',
    // Shown on 'ready-to-show' so the user never sees an empty white frame.
    show: false,
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      // Dropping a file on the window must not navigate away from the app.
      navigateOnDragDrop: false,
      safeDialogs: true,
      spellcheck: true,
    },
  }
}

export interface CspOptions {
  /** The electron-vite dev server, when (and only when) the app runs under `electron-vite dev`. */
  devServerUrl?: string
}

/**
 * The Content-Security-Policy sent with every response: the one policy browser mode serves too
 * (electron/backend/csp.ts), so the two transports cannot drift. Nothing remote, no eval;
 * style-src has 'unsafe-inline' because Mantine injects <style> tags (its CSS variables) at run
 * time, which cannot run code.
 */
export function contentSecurityPolicy(options: CspOptions = {}): string {
  if (!options.devServerUrl) return CONTENT_SECURITY_POLICY
  // The React Fast Refresh preamble that @vitejs/plugin-react injects into index.html is an
  // inline script, so the dev server alone needs it; a built app never gets this relaxation.
  return CONTENT_SECURITY_POLICY.replace("script-src 'self'", "script-src 'self' 'unsafe-inline'")
}

function parseUrl(raw: string): URL | undefined {
  try {
    return new URL(raw)
  } catch {
    return undefined
  }
}

/** A URL without its fragment: the hash router changes only the fragment. */
function documentOf(url: URL): string {
  const copy = new URL(url.href)
  copy.hash = ''
  return copy.href
}

/**
 * will-navigate: the app is a single document with a hash router, so the only navigation a
 * page may start is to the document it already shows. Everything else is refused.
 */
export function navigationDecision(currentUrl: string, targetUrl: string): 'allow' | 'deny' {
  const current = parseUrl(currentUrl)
  const target = parseUrl(targetUrl)
  if (!current || !target) return 'deny'
  return documentOf(current) === documentOf(target) ? 'allow' : 'deny'
}

/** Long enough for any real dashboard link, short enough to read in a dialog. */
const MAX_EXTERNAL_URL_LENGTH = 2048

/**
 * window.open and links to elsewhere: only http(s) may leave the app, and only after the user
 * has seen the URL. Embedded credentials are refused because they are a classic way to make
 * a link look like another host (https://trusted.example@evil.example/).
 */
export function externalUrlDecision(url: string): 'open-after-confirm' | 'deny' {
  if (url.length > MAX_EXTERNAL_URL_LENGTH) return 'deny'
  const parsed = parseUrl(url)
  if (!parsed) return 'deny'
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return 'deny'
  if (parsed.username || parsed.password || !parsed.hostname) return 'deny'
  return 'open-after-confirm'
}

export interface SenderFrame {
  url: string
  /** False for iframes: only our top-level document may call the backend. */
  isMainFrame: boolean
}

export interface TrustedOrigins {
  /** file:// URL of out/renderer/index.html (see bundlePaths). */
  rendererFileUrl: string
  /** Set only under `electron-vite dev` (see rendererSource). */
  devServerUrl?: string
  /** Windows file systems ignore case; so must the comparison there. */
  caseInsensitivePaths?: boolean
}

function filePathOf(url: URL, caseInsensitive: boolean): string {
  const path = decodeURIComponent(url.pathname)
  return caseInsensitive ? path.toLowerCase() : path
}

/** The IPC sender check: our renderer document, in the top frame, and nothing else. */
export function isTrustedSender(frame: SenderFrame | null, trusted: TrustedOrigins): boolean {
  if (!frame || !frame.isMainFrame) return false
  const sender = parseUrl(frame.url)
  if (!sender) return false
  if (trusted.devServerUrl) {
    const dev = parseUrl(trusted.devServerUrl)
    return dev !== undefined && sender.origin === dev.origin
  }
  const renderer = parseUrl(trusted.rendererFileUrl)
  if (!renderer || sender.protocol !== 'file:' || sender.host !== renderer.host) return false
  const caseInsensitive = trusted.caseInsensitivePaths ?? false
  return filePathOf(sender, caseInsensitive) === filePathOf(renderer, caseInsensitive)
}

/**
 * Permissions the renderer may get (camera, notifications, geolocation, clipboard read...).
 * Firebreak needs none, so the set is empty; an exception must be added here, with a test.
 */
const GRANTED_PERMISSIONS: ReadonlySet<string> = new Set()

/** Used by both setPermissionRequestHandler and setPermissionCheckHandler. */
export function isPermissionGranted(permission: string): boolean {
  return GRANTED_PERMISSIONS.has(permission)
}
