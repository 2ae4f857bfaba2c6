// better-sqlite3 is a native module that must be compiled for whichever runtime loads it: Node
// (tests, browser mode, bench) or Electron (the desktop app). `npm install` leaves Node's build,
// the postinstall rebuilds it for Electron, and this script switches back and forth on demand:
//   node scripts/native-target.mjs node       (before tests, browser mode, bench)
//   node scripts/native-target.mjs electron   (before npm start)
// It records the current target in a marker file beside the compiled module.
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const releaseDir = join(root, 'node_modules', 'better-sqlite3', 'build', 'Release')
export const MARKER = join(releaseDir, 'firebreak-target.txt')

/** The runtime the module was last built for; a build without a marker is npm's, for Node. */
export function currentTarget(markerText) {
  return markerText?.trim() === 'electron' ? 'electron' : 'node'
}

/**
 * @param {'node' | 'electron'} current
 * @param {'node' | 'electron'} wanted
 * @param {Record<string, string | undefined>} env
 */
export function nativePlan(current, wanted, env) {
  const skip = env.ELECTRON_SKIP_BINARY_DOWNLOAD
  if (wanted === 'electron' && skip && !['0', 'false'].includes(skip.toLowerCase())) {
    return {
      action: 'skip',
      message: 'ELECTRON_SKIP_BINARY_DOWNLOAD is set: keeping the Node build of better-sqlite3.',
    }
  }
  if (current === wanted) return { action: 'none' }
  return { action: 'rebuild', target: wanted }
}

export function writeMarker(target) {
  if (existsSync(releaseDir)) writeFileSync(MARKER, `${target}\n`)
}

function run(command, args) {
  return (
    spawnSync(process.execPath, [command, ...args], { cwd: root, stdio: 'inherit' }).status === 0
  )
}

function rebuild(target) {
  console.log(
    `firebreak: rebuilding better-sqlite3 for ${target === 'node' ? 'Node (tests, browser mode)' : 'Electron'}...`,
  )
  const npmCli = process.env.npm_execpath
  const ok =
    target === 'electron'
      ? run(join(root, 'node_modules', 'electron-builder', 'cli.js'), ['install-app-deps'])
      : npmCli
        ? run(npmCli, ['rebuild', 'better-sqlite3'])
        : spawnSync('npm', ['rebuild', 'better-sqlite3'], {
            cwd: root,
            stdio: 'inherit',
            shell: process.platform === 'win32',
          }).status === 0
  if (ok) writeMarker(target)
  return ok
}

function main(wanted) {
  if (wanted !== 'node' && wanted !== 'electron') {
    console.error('usage: native-target.mjs node|electron')
    return 2
  }
  const marker = existsSync(MARKER) ? readFileSync(MARKER, 'utf8') : undefined
  const plan = nativePlan(currentTarget(marker), wanted, process.env)
  if (plan.action === 'skip') console.log(`firebreak: ${plan.message}`)
  if (plan.action !== 'rebuild') return 0
  if (rebuild(plan.target)) return 0
  console.error(
    `firebreak: could not rebuild better-sqlite3 for ${plan.target}; see the output above.`,
  )
  return 1
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = main(process.argv[2])
}
