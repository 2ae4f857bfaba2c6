// npm postinstall: rebuild native modules (better-sqlite3) for Electron's ABI, so that
// `npm install && npm start` works on a normal machine.
//
// Skipped when ELECTRON_SKIP_BINARY_DOWNLOAD is set (CI, offline and build machines): there the
// app runs in browser mode and the tests, which need better-sqlite3 compiled for Node.
//
// Note for developers: after this rebuild, better-sqlite3 is compiled for Electron and the
// Node-based tests (`npm run test:unit`) fail with a NODE_MODULE_VERSION error.
// `npm rebuild better-sqlite3` restores Node's build for tests; `npm run postinstall` (or
// `npx electron-builder install-app-deps`) switches back to Electron's.
import { spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { writeMarker } from './native-target.mjs'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const builderCli = join(root, 'node_modules', 'electron-builder', 'cli.js')

/**
 * What to do, from the environment alone.
 * @param {Record<string, string | undefined>} env
 * @param {boolean} hasBuilder whether electron-builder is installed (not with --omit=dev)
 * @returns {{ action: 'skip', message: string } | { action: 'rebuild' }}
 */
export function postinstallPlan(env, hasBuilder) {
  const skip = env.ELECTRON_SKIP_BINARY_DOWNLOAD
  if (skip && !['0', 'false'].includes(skip.toLowerCase())) {
    return {
      action: 'skip',
      message:
        'firebreak postinstall: ELECTRON_SKIP_BINARY_DOWNLOAD is set, so better-sqlite3 keeps its Node build (tests, browser mode); run `npx electron-builder install-app-deps` before `npm start`.',
    }
  }
  if (!hasBuilder) {
    return {
      action: 'skip',
      message:
        'firebreak postinstall: electron-builder is not installed (production install?), so native modules were not rebuilt for Electron.',
    }
  }
  return { action: 'rebuild' }
}

function main() {
  const plan = postinstallPlan(process.env, existsSync(builderCli))
  if (plan.action === 'skip') {
    console.log(plan.message)
    return 0
  }
  console.log('firebreak postinstall: rebuilding better-sqlite3 for Electron (install-app-deps)')
  // Through node itself, not a shell: the same command works on Windows.
  const result = spawnSync(process.execPath, [builderCli, 'install-app-deps'], {
    cwd: root,
    stdio: 'inherit',
  })
  if (result.status === 0) {
    writeMarker('electron')
    return 0
  }
  // A failed rebuild can leave better-sqlite3 with no compiled module at all, so say how to
  // get back to a working Node build, not only how to retry.
  console.error(
    'firebreak postinstall: rebuilding better-sqlite3 for Electron failed (see above; it needs ' +
      "network access for Electron's headers). Retry with `npm run postinstall`; or run " +
      '`npm rebuild better-sqlite3` to restore the Node build for tests and browser mode.',
  )
  return result.status ?? 1
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = main()
}
