import { describe, expect, it } from 'vitest'
import { pathToFileURL } from 'node:url'
import { bundlePaths, parseDevServerUrl, rendererSource } from './paths'

describe('bundlePaths', () => {
  it('finds the preload and renderer next to the main bundle', () => {
    const paths = bundlePaths(pathToFileURL('/opt/app/out/main/index.js').href)
    expect(paths.preload).toBe('/opt/app/out/preload/index.cjs')
    expect(paths.rendererHtml).toBe('/opt/app/out/renderer/index.html')
    expect(paths.rendererFileUrl).toBe('file:///opt/app/out/renderer/index.html')
  })

  it('copes with spaces in the install folder', () => {
    const paths = bundlePaths(pathToFileURL('/home/a b/app.asar/out/main/index.js').href)
    expect(paths.rendererHtml).toBe('/home/a b/app.asar/out/renderer/index.html')
    expect(paths.rendererFileUrl).toBe('file:///home/a%20b/app.asar/out/renderer/index.html')
  })
})

describe('rendererSource', () => {
  const rendererHtml = '/opt/app/out/renderer/index.html'

  it('uses the dev server under electron-vite dev', () => {
    const source = rendererSource({
      isPackaged: false,
      devServerUrl: 'http://localhost:5173',
      rendererHtml,
    })
    expect(source).toEqual({ kind: 'dev-server', url: 'http://localhost:5173/' })
  })

  it('loads from disk when packaged, even if the variable is set', () => {
    const source = rendererSource({
      isPackaged: true,
      devServerUrl: 'http://localhost:5173',
      rendererHtml,
    })
    expect(source).toEqual({ kind: 'file', path: rendererHtml })
  })

  it('loads from disk when no dev server is given (npm start)', () => {
    expect(rendererSource({ isPackaged: false, devServerUrl: undefined, rendererHtml })).toEqual({
      kind: 'file',
      path: rendererHtml,
    })
  })
})

describe('parseDevServerUrl', () => {
  it.each(['https://evil.example/', 'file:///tmp/x.html', 'nonsense', ''])('ignores %s', (raw) => {
    expect(parseDevServerUrl(raw)).toBeUndefined()
  })

  it.each(['http://localhost:5173', 'http://127.0.0.1:5173/', 'http://[::1]:5173/'])(
    'accepts loopback %s',
    (raw) => expect(parseDevServerUrl(raw)).toBeDefined(),
  )
})
