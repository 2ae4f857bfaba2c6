import { accessSync, constants, mkdirSync } from 'node:fs'

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

/** Creates the folder when missing; throws DataDirError when it cannot be written. */
export function ensureWritableDir(dataDir: string): void {
  try {
    mkdirSync(dataDir, { recursive: true })
    accessSync(dataDir, constants.W_OK)
  } catch (error) {
    throw new DataDirError(dataDir, error)
  }
}
