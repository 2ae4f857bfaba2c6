import { accessSync, constants, existsSync, mkdirSync } from 'node:fs'
import { dirname, resolve } from 'node:path'

// The data folder check, apart from the database code: the browser-mode host runs it before it
// prints its address, without waiting for the backend's modules to load.

/** The data folder cannot be used; the message names it so the user can fix it. */
export class DataDirError extends Error {
  constructor(
    readonly dataDir: string,
    cause: unknown,
  ) {
    const reason = cause instanceof Error ? cause.message : String(cause)
    super(`Firebreak cannot write to its data folder ${dataDir}: ${reason}`)
    this.name = 'DataDirError'
  }
}

/**
 * Creates the missing folders one level at a time. Node's recursive mkdirSync never returns
 * under a pseudo file system such as /proc (each level answers ENOENT and it retries the parent).
 */
function makeDirs(dataDir: string): void {
  const missing: string[] = []
  for (let dir = resolve(dataDir); !existsSync(dir); dir = dirname(dir)) {
    missing.unshift(dir)
    if (dirname(dir) === dir) break
  }
  for (const dir of missing) {
    try {
      mkdirSync(dir)
    } catch (error) {
      // Another process (a second window, a test) may have made it in the meantime.
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
    }
  }
}

/** Creates the folder when missing; throws DataDirError when it cannot be written. */
export function ensureWritableDir(dataDir: string): void {
  try {
    makeDirs(dataDir)
    accessSync(dataDir, constants.W_OK)
  } catch (error) {
    throw new DataDirError(dataDir, error)
  }
}
