// Plain decisions about where things are; no 'electron' import so Vitest can run them here.
import { dirname, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

/** Where the main bundle's siblings live once electron-vite has built `out/`. */
export interface BundlePaths {
  /** The sandboxed preload: one CommonJS file (see electron.vite.config.ts). */
  preload: string
  /** The renderer's entry document, loaded with `loadFile` in production. */
  rendererHtml: string
  /** The same document as a file:// URL, which is what `senderFrame.url` reports. */
  rendererFileUrl: string
}

/**
 * Derives the build layout from the main bundle's own URL. An ES-module main has no
 * `__dirname`, so callers pass `import.meta.url` of out/main/index.js. The layout is
 * out/{main,preload,renderer} in development and inside app.asar alike.
 */
export function bundlePaths(mainModuleUrl: string): BundlePaths {
  const outDir = dirname(dirname(fileURLToPath(mainModuleUrl)))
  const rendererHtml = join(outDir, 'renderer', 'index.html')
  return {
    preload: join(outDir, 'preload', 'index.cjs'),
    rendererHtml,
    rendererFileUrl: pathToFileURL(rendererHtml).href,
  }
}

/** Where the window gets its document from. */
export type RendererSource = { kind: 'file'; path: string } | { kind: 'dev-server'; url: string }

export interface RendererSourceInput {
  isPackaged: boolean
  /** ELECTRON_RENDERER_URL, set only by `electron-vite dev`. */
  devServerUrl: string | undefined
  rendererHtml: string
}

/**
 * The dev server is used only by `electron-vite dev` in an unpackaged app; a packaged app, or
 * `npm start` (electron-vite preview), always loads the built files from disk, so a stray
 * environment variable on a user's machine can never point the app at a web server.
 */
export function rendererSource(input: RendererSourceInput): RendererSource {
  const devUrl = input.isPackaged ? undefined : parseDevServerUrl(input.devServerUrl)
  return devUrl ? { kind: 'dev-server', url: devUrl } : { kind: 'file', path: input.rendererHtml }
}

/** Only a loopback http(s) dev server is believable; anything else is ignored. */
export function parseDevServerUrl(raw: string | undefined): string | undefined {
  if (!raw) return undefined
  try {
    const url = new URL(raw)
    const loopback = ['localhost', '127.0.0.1', '[::1]'].includes(url.hostname)
    return loopback && (url.protocol === 'http:' || url.protocol === 'https:')
      ? url.href
      : undefined
  } catch {
    return undefined
  }
}
