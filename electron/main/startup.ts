// What the user reads when Firebreak cannot start; plain so it is tested without Electron.

/** Errors whose own message already says what happened and what to do (they name the folder). */
const SELF_EXPLAINING_ERRORS = new Set(['DataDirError', 'DatabaseTooNewError'])

/** Seen from source checkouts installed with ELECTRON_SKIP_BINARY_DOWNLOAD (Node's build). */
const NATIVE_MODULE_MISMATCH = /NODE_MODULE_VERSION|compiled against a different Node\.js version/

export interface StartupFailure {
  title: string
  message: string
}

/** Turns whatever createBackend threw into the text of an error dialog. */
export function startupFailure(error: unknown, dataDir: string): StartupFailure {
  const title = 'Firebreak cannot start'
  if (error instanceof Error && SELF_EXPLAINING_ERRORS.has(error.name)) {
    return { title, message: error.message }
  }
  const reason = error instanceof Error ? error.message : String(error)
  if (NATIVE_MODULE_MISMATCH.test(reason)) {
    return {
      title,
      message:
        `The SQLite module was compiled for Node.js, not for Electron (${reason.split('\n')[0]}).\n\n` +
        'Run `npm run postinstall` (electron-builder install-app-deps) in the project folder, then start Firebreak again.',
    }
  }
  return {
    title,
    message:
      `Firebreak could not open its data in ${dataDir}: ${reason}\n\n` +
      'Nothing was deleted. Check that the folder is readable and writable, then start Firebreak again.',
  }
}
