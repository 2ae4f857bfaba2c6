// `npm run start:browser`: builds when the build is missing or older than the sources, then runs
// the browser-mode host (out/main/host.js) with this command's arguments.
import { execFileSync } from 'node:child_process'
import { existsSync, readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))
const hostEntry = join(root, 'out', 'main', 'host.js')
const rendererEntry = join(root, 'out', 'renderer', 'index.html')
const SOURCES = [
  'electron',
  'renderer',
  'shared',
  'templates',
  'package.json',
  'electron.vite.config.ts',
]

function newestMtime(path) {
  const stat = statSync(path, { throwIfNoEntry: false })
  if (!stat) return 0
  if (!stat.isDirectory()) return stat.mtimeMs
  let newest = stat.mtimeMs
  for (const entry of readdirSync(path)) {
    if (entry === 'node_modules') continue
    newest = Math.max(newest, newestMtime(join(path, entry)))
  }
  return newest
}

function buildIsCurrent() {
  if (!existsSync(hostEntry) || !existsSync(rendererEntry)) return false
  const built = Math.min(statSync(hostEntry).mtimeMs, statSync(rendererEntry).mtimeMs)
  return SOURCES.every((source) => newestMtime(join(root, source)) <= built)
}

if (!buildIsCurrent()) {
  console.log('Building Firebreak (first run or sources changed)...')
  execFileSync(
    process.execPath,
    [join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js'), 'build'],
    {
      cwd: root,
      stdio: ['ignore', 'inherit', 'inherit'],
    },
  )
}

await import(new URL('../out/main/host.js', import.meta.url).href)
