import { homedir } from 'node:os'
import { fileURLToPath } from 'node:url'
import { readFileSync } from 'node:fs'
import { ensureWritableDir } from '../data-dir'
import { defaultDataDir } from '../paths'
import { parseHostArgs } from './args'
import { startLazyHost } from './lazy-host'

// Entry of `npm run start:browser` (built to out/main/host.js).
//
// Loading the backend's modules takes most of a start and holds the thread that sends files.
// The host therefore listens (and prints its address) first, sends the page, and loads the
// backend while the browser runs the page's script; a bridge call made earlier opens it at once
// and waits for it.

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
  const { host, backend } = await startLazyHost({
    // A backend that cannot open ends the host with its error, whenever it is opened.
    load: () =>
      import('../app')
        .then(({ createBackend }) =>
          createBackend({ dataDir: args.dataDir, mode: 'browser', version: appVersion() }),
        )
        .catch(failed),
    staticDir: fileURLToPath(new URL('../renderer/', import.meta.url)),
    port: args.port,
  })
  console.log(`Firebreak is running at ${host.url}`)
  console.log(`Data folder: ${args.dataDir}. Press Ctrl-C to stop.`)

  let stopping = false
  const stop = () => {
    if (stopping) return
    stopping = true
    void host
      .close()
      .then(() => backend.opening)
      .then((opened) => {
        opened?.close()
        console.log('Firebreak stopped.')
        process.exit(0)
      })
  }
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)
}

main().catch(failed)
