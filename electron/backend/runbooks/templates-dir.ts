import { existsSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

/** Set it to use another templates folder (packaging, tests); it must contain runbooks/. */
export const TEMPLATES_DIR_ENV = 'FIREBREAK_TEMPLATES_DIR'

/**
 * The folder holding the shipped templates (runbooks/, postmortems/, health-checks/).
 *
 * The same code runs from two places: from source (electron/backend/runbooks/ under Vitest or
 * tsx, the repository root is three levels up) and bundled into out/main/*.js by electron-vite
 * (two levels up, inside app.asar once packaged, which Electron's fs reads transparently). So
 * rather than hard-coding a depth, walk up from this module to the first ancestor holding
 * templates/runbooks. FIREBREAK_TEMPLATES_DIR overrides the search.
 */
export function templatesDir(
  env: Record<string, string | undefined> = process.env,
  moduleUrl: string = import.meta.url,
): string {
  const override = env[TEMPLATES_DIR_ENV]
  if (override) return resolve(override)
  let dir = dirname(fileURLToPath(moduleUrl))
  for (let depth = 0; depth < 6; depth++) {
    const candidate = join(dir, 'templates')
    if (existsSync(join(candidate, 'runbooks'))) return candidate
    const parent = dirname(dir)
    if (parent === dir) break
    dir = parent
  }
  throw new Error(
    `Firebreak cannot find its templates folder above ${fileURLToPath(moduleUrl)}; set ${TEMPLATES_DIR_ENV}.`,
  )
}

/** Where the shipped runbooks are. */
export function shippedRunbooksDir(): string {
  return join(templatesDir(), 'runbooks')
}

/** Where a user's own runbooks go: `<dataDir>/runbooks/`. */
export function userRunbooksDir(dataDir: string): string {
  return join(dataDir, 'runbooks')
}
