import { createRequire } from 'node:module'
import { Worker } from 'node:worker_threads'

// The start-up integrity check (PRAGMA quick_check) and the start-up backup, run in a worker
// thread on a separate read-only connection: on a large library they take seconds, and the app
// must answer its first requests meanwhile. The worker is plain CommonJS text (eval) rather than
// a file of its own, so the same code runs from the sources (tests, bench) and from the bundle.

export interface BackupTarget {
  /** Written first, then renamed, so a backup file is always whole. */
  partial: string
  file: string
}

export type IntegrityOutcome =
  | { kind: 'ok'; backup: string | null; backupError: string | null }
  | { kind: 'damaged'; messages: string[] }
  /** The worker could not run the check at all (it says nothing about the file). */
  | { kind: 'unchecked'; reason: string }

const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads')
const { renameSync, rmSync } = require('node:fs')
const Database = require(workerData.sqlite)
// Only these say the file itself is bad; anything else (busy, out of memory) says nothing.
const DAMAGE = /^SQLITE_(CORRUPT|NOTADB)/

function check() {
  let db
  try {
    db = new Database(workerData.database, { readonly: true, fileMustExist: true })
    const messages = db.pragma('quick_check').map((row) => String(Object.values(row)[0]))
    return { db, messages }
  } catch (error) {
    if (db) db.close()
    if (DAMAGE.test(String(error && error.code))) return { db: null, messages: [error.message] }
    throw error
  }
}

async function backUp(db, target) {
  try {
    // In one step: a backup from a second connection starts over whenever the app writes
    // between two steps, so a busy incident could keep a step-by-step copy from ever ending.
    await db.backup(target.partial, { progress: () => 0x7fffffff })
    renameSync(target.partial, target.file)
    return { kind: 'ok', backup: target.file, backupError: null }
  } catch (error) {
    rmSync(target.partial, { force: true })
    return { kind: 'ok', backup: null, backupError: String(error && error.message) }
  }
}

async function run() {
  const { db, messages } = check()
  if (!db) return { kind: 'damaged', messages }
  try {
    if (messages.length !== 1 || messages[0] !== 'ok') return { kind: 'damaged', messages }
    if (!workerData.backup) return { kind: 'ok', backup: null, backupError: null }
    return await backUp(db, workerData.backup)
  } finally {
    db.close()
  }
}

run().then(
  (outcome) => parentPort.postMessage(outcome),
  (error) => parentPort.postMessage({ kind: 'unchecked', reason: String(error && error.message) }),
)
`

/** A check under way; `stop` ends it early (the app is closing or moved to another file). */
export interface IntegrityRun {
  outcome: Promise<IntegrityOutcome>
  stop(): void
}

function sqliteModulePath(): string {
  return createRequire(import.meta.url).resolve('better-sqlite3')
}

/** Checks the database file in a worker, then (when asked and the check passed) backs it up. */
export function startIntegrityCheck(database: string, backup: BackupTarget | null): IntegrityRun {
  let worker: Worker
  try {
    worker = new Worker(WORKER_SOURCE, {
      eval: true,
      workerData: { sqlite: sqliteModulePath(), database, backup },
    })
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    return { outcome: Promise.resolve({ kind: 'unchecked', reason }), stop: () => undefined }
  }
  // A check must never keep the app from quitting.
  worker.unref()
  const outcome = new Promise<IntegrityOutcome>((resolve) => {
    worker.once('message', (message: IntegrityOutcome) => resolve(message))
    worker.once('error', (error) => resolve({ kind: 'unchecked', reason: error.message }))
    worker.once('exit', (code) =>
      resolve({ kind: 'unchecked', reason: `the check stopped (exit code ${code})` }),
    )
  })
  return { outcome, stop: () => void worker.terminate() }
}
