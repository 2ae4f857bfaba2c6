import { homedir } from 'node:os'
import { fileURLToPath } from 'node:url'
import { readFileSync } from 'node:fs'
import type { Backend } from '../app'
import { ensureWritableDir } from '../data-dir'
import { defaultDataDir } from '../paths'
import { parseHostArgs } from './args'
import { startHost, type HostBackend } from './server'

// Entry of `npm run start:browser` (built to out/main/host.js).
//
// Loading the backend's modules takes most of a start. The host therefore listens (and prints
// its address) first, with the backend imported alongside: the browser fetches the page while
// the backend opens, and bridge calls made before it is open wait for it.

function appVersion(): string {
  try {
    const pkg = JSON.parse(
      readFileSync(new URL('../../package.json', import.meta.url), 'utf8'),
    ) as {
      version?: string
    }
    return pkg.version ?? 'unknown'
  } catch {
    return 'unknown'
  }
}

/** The bridge of a backend still opening: calls wait for it, events flow once it is open. */
function whenOpen(opening: Promise<Backend>): HostBackend {
  return {
    dispatch: async (channel, input) => (await opening).dispatch(channel, input),
    onEvent(listener) {
      let unsubscribe: (() => void) | null = null
      let closed = false
      void opening.then(
        (backend) => {
          if (!closed) unsubscribe = backend.onEvent(listener)
        },
        () => undefined,
      )
      return () => {
        closed = true
        unsubscribe?.()
      }
    },
  }
}

function failed(error: unknown): never {
  console.error(
    `Firebreak could not start: ${error instanceof Error ? error.message : String(error)}`,
  )
  process.exit(1)
}

async function main(): Promise<void> {
  const args = parseHostArgs(
    process.argv.slice(2),
    process.env,
    defaultDataDir(process.platform, process.env, homedir()),
  )
  // Before the address is printed: an unusable folder is the one failure worth catching early.
  ensureWritableDir(args.dataDir)
  const opening = import('../app').then(({ createBackend }) =>
    createBackend({ dataDir: args.dataDir, mode: 'browser', version: appVersion() }),
  )
  opening.catch(failed)
  const staticDir = fileURLToPath(new URL('../renderer/', import.meta.url))
  const host = await startHost({ backend: whenOpen(opening), staticDir, port: args.port })
  console.log(`Firebreak is running at ${host.url}`)
  console.log(`Data folder: ${args.dataDir}. Press Ctrl-C to stop.`)

  let stopping = false
  const stop = () => {
    if (stopping) return
    stopping = true
    void host
      .close()
      .then(() => opening)
      .then((backend) => {
        backend.close()
        console.log('Firebreak stopped.')
        process.exit(0)
      })
  }
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)
}

main().catch(failed)
