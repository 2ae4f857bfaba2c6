import { homedir } from 'node:os'
import { fileURLToPath } from 'node:url'
import { readFileSync } from 'node:fs'
import { createBackend } from '../app'
import { defaultDataDir } from '../paths'
import { parseHostArgs } from './args'
import { startHost } from './server'

// Entry of `npm run start:browser` (built to out/main/host.js).

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

async function main(): Promise<void> {
  const args = parseHostArgs(
    process.argv.slice(2),
    process.env,
    defaultDataDir(process.platform, process.env, homedir()),
  )
  const backend = await createBackend({
    dataDir: args.dataDir,
    mode: 'browser',
    version: appVersion(),
  })
  const staticDir = fileURLToPath(new URL('../renderer/', import.meta.url))
  const host = await startHost({ backend, staticDir, port: args.port })
  console.log(`Firebreak is running at ${host.url}`)
  console.log(`Data folder: ${args.dataDir}. Press Ctrl-C to stop.`)

  let stopping = false
  const stop = () => {
    if (stopping) return
    stopping = true
    void host.close().then(() => {
      backend.close()
      console.log('Firebreak stopped.')
      process.exit(0)
    })
  }
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)
}

main().catch((error: unknown) => {
  console.error(
    `Firebreak could not start: ${error instanceof Error ? error.message : String(error)}`,
  )
  process.exit(1)
})
