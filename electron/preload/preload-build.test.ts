// Guards for Electron pitfalls we cannot see without the binary: they read the real build
// output (out/), building it first when it is missing or older than its sources.
import { execFileSync } from 'node:child_process'
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { runInNewContext } from 'node:vm'
import ts from 'typescript'
import { beforeAll, describe, expect, it } from 'vitest'
import { CHANNELS } from '../../shared/contract/index'
import { bundlePaths } from '../main/paths'
import { EVENT_CHANNEL } from './event-channel'

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..')
const preloadFile = join(root, 'out', 'preload', 'index.cjs')
/** Sources of what these tests inspect; a newer one means out/ is stale. */
const CHECKED_SOURCES = ['electron/main', 'electron/preload', 'shared/contract']

function newestMtime(dir: string): number {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && !entry.name.endsWith('.test.ts'))
    .reduce((newest, entry) => {
      return Math.max(newest, statSync(join(entry.parentPath, entry.name)).mtimeMs)
    }, 0)
}

function buildIsCurrent(): boolean {
  if (!existsSync(preloadFile)) return false
  const sources = Math.max(...CHECKED_SOURCES.map((dir) => newestMtime(join(root, dir))))
  return statSync(preloadFile).mtimeMs >= sources
}

beforeAll(() => {
  if (buildIsCurrent()) return
  // The local bin through node itself: no npx, no shell, works the same on Windows.
  const bin = join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js')
  execFileSync(process.execPath, [bin, 'build'], { cwd: root, stdio: 'inherit', timeout: 600_000 })
}, 660_000)

/** Every module the bundle loads: static imports, dynamic import() and require() calls. */
function moduleLoads(source: string): { imports: string[]; requires: string[] } {
  const file = ts.createSourceFile(
    'index.cjs',
    source,
    ts.ScriptTarget.Latest,
    false,
    ts.ScriptKind.JS,
  )
  const imports: string[] = []
  const requires: string[] = []
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) || ts.isImportEqualsDeclaration(node)) {
      imports.push(node.getText(file))
    } else if (ts.isCallExpression(node)) {
      const [argument] = node.arguments
      const name = argument && ts.isStringLiteral(argument) ? argument.text : '<computed>'
      if (node.expression.kind === ts.SyntaxKind.ImportKeyword) imports.push(`import(${name})`)
      if (ts.isIdentifier(node.expression) && node.expression.text === 'require') {
        requires.push(name)
      }
    }
    ts.forEachChild(node, visit)
  }
  visit(file)
  return { imports, requires }
}

/** Uses of __dirname / __filename in code (comments do not count): they throw in an ES module. */
function commonJsGlobals(source: string): string[] {
  const file = ts.createSourceFile(
    'main.js',
    source,
    ts.ScriptTarget.Latest,
    false,
    ts.ScriptKind.JS,
  )
  const found: string[] = []
  const visit = (node: ts.Node): void => {
    if (ts.isIdentifier(node) && (node.text === '__dirname' || node.text === '__filename')) {
      found.push(node.text)
    }
    ts.forEachChild(node, visit)
  }
  visit(file)
  return found
}

type Listener = (...args: unknown[]) => void

/**
 * Runs the built preload the way a sandboxed renderer does: a bare context whose `require`
 * knows only 'electron'. The stand-in records what the preload exposes and sends.
 */
function runPreload(source: string) {
  const exposed = new Map<string, unknown>()
  const invoked: Array<{ channel: string; input: unknown }> = []
  const listeners = new Set<Listener>()
  const electron = {
    contextBridge: { exposeInMainWorld: (key: string, value: unknown) => exposed.set(key, value) },
    ipcRenderer: {
      invoke: (channel: string, input: unknown) => {
        invoked.push({ channel, input })
        return Promise.resolve({ ok: false, error: { code: 'not_found', message: channel } })
      },
      on: (channel: string, listener: Listener) =>
        channel === EVENT_CHANNEL && listeners.add(listener),
      removeListener: (_channel: string, listener: Listener) => listeners.delete(listener),
    },
  }
  const sandboxRequire = (id: string) => {
    if (id === 'electron') return electron
    throw new Error(`the sandboxed preload cannot require "${id}"`)
  }
  const module = { exports: {} }
  const wrapper = runInNewContext(`(function (require, module, exports) {\n${source}\n})`, {})
  ;(wrapper as (...args: unknown[]) => void)(sandboxRequire, module, module.exports)
  return { exposed, invoked, listeners }
}

describe('built preload (out/preload/index.cjs)', () => {
  it('is CommonJS that requires nothing but electron', () => {
    const { imports, requires } = moduleLoads(readFileSync(preloadFile, 'utf8'))
    expect(imports).toEqual([])
    expect(requires.length).toBeGreaterThan(0)
    expect(requires.filter((name) => name !== 'electron')).toEqual([])
  })

  it('exposes one named method per channel and onEvent, nothing generic', () => {
    const { exposed } = runPreload(readFileSync(preloadFile, 'utf8'))
    expect([...exposed.keys()]).toEqual(['firebreak'])
    const api = exposed.get('firebreak') as Record<string, unknown>
    expect(Object.keys(api).sort()).toEqual([...CHANNELS, 'onEvent'].sort())
    for (const key of Object.keys(api)) expect(typeof api[key], key).toBe('function')
  })

  it('sends each method on its own channel and resolves to the envelope unchanged', async () => {
    const { exposed, invoked } = runPreload(readFileSync(preloadFile, 'utf8'))
    const api = exposed.get('firebreak') as Record<string, (input: unknown) => Promise<unknown>>
    for (const channel of CHANNELS) {
      const method = api[channel]
      expect(method, channel).toBeDefined()
      await expect(method?.({ probe: channel })).resolves.toEqual({
        ok: false,
        error: { code: 'not_found', message: channel },
      })
    }
    expect(invoked).toEqual(CHANNELS.map((channel) => ({ channel, input: { probe: channel } })))
  })

  it('relays well-formed backend events and unsubscribes', () => {
    const { exposed, listeners } = runPreload(readFileSync(preloadFile, 'utf8'))
    const api = exposed.get('firebreak') as { onEvent(listener: Listener): () => void }
    const received: unknown[] = []
    const unsubscribe = api.onEvent((event) => received.push(event))
    const sender = { sender: 'not for the page' }
    for (const relay of listeners) {
      relay(sender, { name: 'timeline.changed', incidentId: 'inc-1', extra: 'dropped' })
      relay(sender, { name: 'evil.changed' })
      relay(sender, 'garbage')
    }
    expect(received).toEqual([{ name: 'timeline.changed', incidentId: 'inc-1' }])
    unsubscribe()
    expect(listeners.size).toBe(0)
  })
})

describe('paths the main process computes', () => {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { main: string }
  const mainBundle = join(root, pkg.main)

  it('point at files the build produced', () => {
    expect(existsSync(mainBundle), mainBundle).toBe(true)
    const paths = bundlePaths(pathToFileURL(mainBundle).href)
    expect(existsSync(paths.preload), paths.preload).toBe(true)
    expect(existsSync(paths.rendererHtml), paths.rendererHtml).toBe(true)
    expect(fileURLToPath(paths.rendererFileUrl)).toBe(paths.rendererHtml)
  })

  it('come from import.meta.url, since an ES-module main has no __dirname', () => {
    expect(readFileSync(mainBundle, 'utf8')).toContain('import.meta.url')
    const mainDir = dirname(mainBundle)
    const bundles = readdirSync(mainDir, { recursive: true, encoding: 'utf8' })
      .filter((name) => name.endsWith('.js'))
      .map((name) => join(mainDir, name))
    for (const bundle of bundles) {
      expect(commonJsGlobals(readFileSync(bundle, 'utf8')), bundle).toEqual([])
    }
  })
})
