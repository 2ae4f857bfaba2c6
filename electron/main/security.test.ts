import { describe, expect, it } from 'vitest'
import {
  contentSecurityPolicy,
  externalUrlDecision,
  isPermissionGranted,
  isTrustedSender,
  mainWindowOptions,
  navigationDecision,
} from './security'

/** Parses "a b; c d" into { a: ['b'], c: ['d'] } so tests read one directive at a time. */
function directives(policy: string): Record<string, string[]> {
  const result: Record<string, string[]> = {}
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/)
    if (name) result[name] = sources
  }
  return result
}

describe('mainWindowOptions', () => {
  it('isolates the renderer from Node and Electron', () => {
    const prefs = mainWindowOptions('/app/out/preload/index.cjs').webPreferences
    expect(prefs).toMatchObject({
      preload: '/app/out/preload/index.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
    })
  })

  it('keeps the window hidden until the first paint', () => {
    expect(mainWindowOptions('/p.cjs').show).toBe(false)
  })
})

describe('contentSecurityPolicy', () => {
  const policy = directives(contentSecurityPolicy())

  it('lets scripts come only from the app itself, never eval or inline', () => {
    expect(policy['script-src']).toEqual(["'self'"])
    expect(contentSecurityPolicy()).not.toContain('unsafe-eval')
  })

  it('limits connections, objects, base, framing and forms', () => {
    expect(policy['default-src']).toEqual(["'self'"])
    expect(policy['connect-src']).toEqual(["'self'"])
    expect(policy['object-src']).toEqual(["'none'"])
    expect(policy['base-uri']).toEqual(["'none'"])
    expect(policy['frame-ancestors']).toEqual(["'none'"])
    expect(policy['form-action']).toEqual(["'none'"])
  })

  it('allows inline styles (Mantine) and local images and fonts only', () => {
    expect(policy['style-src']).toEqual(["'self'", "'unsafe-inline'"])
    expect(policy['img-src']).toEqual(["'self'", 'data:', 'blob:'])
    expect(policy['font-src']).toEqual(["'self'", 'data:'])
  })

  it('names no remote host anywhere', () => {
    expect(contentSecurityPolicy()).not.toMatch(/https?:|\*/)
  })

  it('relaxes inline scripts for the dev server only, still without eval', () => {
    const dev = directives(contentSecurityPolicy({ devServerUrl: 'http://localhost:5173/' }))
    expect(dev['script-src']).toEqual(["'self'", "'unsafe-inline'"])
    expect(dev['connect-src']).toEqual(["'self'"])
    expect(JSON.stringify(dev)).not.toContain('unsafe-eval')
  })
})

describe('navigationDecision', () => {
  const app = 'file:///opt/Firebreak/resources/app.asar/out/renderer/index.html#/incidents'

  it('allows reloading our own document under any route', () => {
    const target = 'file:///opt/Firebreak/resources/app.asar/out/renderer/index.html#/settings'
    expect(navigationDecision(app, target)).toBe('allow')
  })

  it.each([
    'https://example.com/',
    'file:///etc/passwd',
    'file:///opt/Firebreak/resources/app.asar/out/renderer/other.html',
    'javascript:alert(1)',
    'not a url',
  ])('refuses %s', (target) => {
    expect(navigationDecision(app, target)).toBe('deny')
  })
})

describe('externalUrlDecision', () => {
  it.each(['https://grafana.example.com/d/abc?from=now-1h', 'http://localhost:9090/graph'])(
    'offers to open %s after confirmation',
    (url) => expect(externalUrlDecision(url)).toBe('open-after-confirm'),
  )

  it.each([
    'file:///etc/passwd',
    'javascript:alert(1)',
    'smb://share/x',
    'mailto:a@example.com',
    'https://trusted.example@evil.example/',
    'https://user:pass@example.com/',
    'not a url',
    `https://example.com/${'a'.repeat(3000)}`,
  ])('refuses %s', (url) => expect(externalUrlDecision(url)).toBe('deny'))
})

describe('isTrustedSender', () => {
  const rendererFileUrl = 'file:///opt/Fire%20break/out/renderer/index.html'
  const fileTrust = { rendererFileUrl }

  it('accepts our renderer document in the top frame, whatever the route', () => {
    const url = 'file:///opt/Fire%20break/out/renderer/index.html#/incidents/42'
    expect(isTrustedSender({ url, isMainFrame: true }, fileTrust)).toBe(true)
  })

  it('refuses iframes, gone frames, other files and web pages', () => {
    const ours = 'file:///opt/Fire%20break/out/renderer/index.html'
    expect(isTrustedSender({ url: ours, isMainFrame: false }, fileTrust)).toBe(false)
    expect(isTrustedSender(null, fileTrust)).toBe(false)
    for (const url of [
      'file:///tmp/evil/index.html',
      'file://remote-host/opt/Fire%20break/out/renderer/index.html',
      'https://example.com/',
      'about:blank',
    ]) {
      expect(isTrustedSender({ url, isMainFrame: true }, fileTrust), url).toBe(false)
    }
  })

  it('trusts the dev server origin only when one is configured', () => {
    const url = 'http://localhost:5173/#/incidents'
    expect(isTrustedSender({ url, isMainFrame: true }, fileTrust)).toBe(false)
    const devTrust = { rendererFileUrl, devServerUrl: 'http://localhost:5173/' }
    expect(isTrustedSender({ url, isMainFrame: true }, devTrust)).toBe(true)
    const other = 'http://localhost:5174/'
    expect(isTrustedSender({ url: other, isMainFrame: true }, devTrust)).toBe(false)
  })

  it('compares paths without case on Windows only', () => {
    const win = { rendererFileUrl: 'file:///C:/Program%20Files/Firebreak/out/renderer/index.html' }
    const url = 'file:///c:/program%20files/firebreak/out/renderer/index.html'
    expect(isTrustedSender({ url, isMainFrame: true }, win)).toBe(false)
    expect(
      isTrustedSender({ url, isMainFrame: true }, { ...win, caseInsensitivePaths: true }),
    ).toBe(true)
  })
})

describe('isPermissionGranted', () => {
  it.each(['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'hid'])(
    'refuses %s',
    (permission) => expect(isPermissionGranted(permission)).toBe(false),
  )
})
