import { spawn } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { DATABASE_FILE } from './db/open'
import { tempDir } from './testing/support'

const WRITER = fileURLToPath(new URL('./testing/crash-writer.ts', import.meta.url))
const KILL_POINTS = 4

interface CrashRun {
  acknowledged: string[]
  dataDir: string
}

/** Runs the writer until it has acknowledged `killAfter` events, then SIGKILLs it mid-stream. */
function crashAfter(killAfter: number): Promise<CrashRun> {
  const dataDir = tempDir('firebreak-crash-')
  const child = spawn(process.execPath, ['--import', 'tsx', WRITER, dataDir], {
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  const acknowledged: string[] = []
  let pending = ''
  let stderr = ''
  return new Promise((resolve, reject) => {
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    child.stdout.on('data', (chunk: Buffer) => {
      pending += chunk.toString()
      const lines = pending.split('\n')
      pending = lines.pop() ?? ''
      for (const line of lines) {
        if (line.startsWith('ack ')) acknowledged.push(line.slice(4))
      }
      if (acknowledged.length >= killAfter && child.exitCode === null) child.kill('SIGKILL')
    })
    child.on('exit', (_code, signal) => {
      if (signal === 'SIGKILL') resolve({ acknowledged, dataDir })
      else reject(new Error(`writer exited on its own (${signal ?? _code}): ${stderr}`))
    })
  })
}

describe('crash safety', () => {
  it(`keeps every acknowledged timeline event across ${KILL_POINTS} SIGKILLs`, async () => {
    for (let run = 0; run < KILL_POINTS; run++) {
      // A random kill point each run; the stream keeps writing while we kill it.
      const killAfter = 50 + Math.floor(Math.random() * 1500)
      const { acknowledged, dataDir } = await crashAfter(killAfter)
      const db = new Database(`${dataDir}/${DATABASE_FILE}`)
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok')
      const present = new Set(
        db.prepare('SELECT id FROM timeline_events').pluck().all() as string[],
      )
      const lost = acknowledged.filter((id) => !present.has(id))
      console.log(
        `crash run ${run + 1}: killed after ${killAfter}, acknowledged ${acknowledged.length}, present ${present.size - 1} notes, lost ${lost.length}`,
      )
      expect(lost).toEqual([])
      expect(acknowledged.length).toBeGreaterThanOrEqual(killAfter)
      db.close()
    }
  }, 120_000)
})
