import { closeSync, existsSync, openSync, writeFileSync, writeSync } from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { tempDir } from '../testing/support'
import { startIntegrityCheck } from './integrity-check'

// The worker's answers on real files: sound (with its backup), damaged, not a database, and a
// check that could not run (which must not be taken for damage).

function databaseWithRows(dir: string): string {
  const file = join(dir, 'test.sqlite')
  const db = new Database(file)
  db.pragma('journal_mode = WAL')
  db.exec('CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT NOT NULL)')
  const insert = db.prepare('INSERT INTO notes (text) VALUES (?)')
  db.transaction(() => {
    for (let i = 0; i < 2000; i++) insert.run(`note ${i} `.repeat(10))
  })()
  db.close()
  return file
}

describe('start-up integrity check in a worker', () => {
  it('passes a sound file and writes its backup whole, under its final name only', async () => {
    const dir = tempDir()
    const file = databaseWithRows(dir)
    const target = { partial: join(dir, 'copy.sqlite.partial'), file: join(dir, 'copy.sqlite') }
    const outcome = await startIntegrityCheck(file, target).outcome
    expect(outcome).toEqual({ kind: 'ok', backup: target.file, backupError: null })
    expect(existsSync(target.partial)).toBe(false)
    const copy = new Database(target.file, { readonly: true })
    expect(copy.prepare('SELECT count(*) FROM notes').pluck().get()).toBe(2000)
    copy.close()
  })

  it('reports a damaged page and takes no backup', async () => {
    const dir = tempDir()
    const file = databaseWithRows(dir)
    const fd = openSync(file, 'r+')
    writeSync(fd, Buffer.alloc(4096, 0xab), 0, 4096, 4096 * 5)
    closeSync(fd)
    const target = { partial: join(dir, 'copy.sqlite.partial'), file: join(dir, 'copy.sqlite') }
    const outcome = await startIntegrityCheck(file, target).outcome
    expect(outcome.kind).toBe('damaged')
    expect(existsSync(target.file)).toBe(false)
  })

  it('takes a file that is not a database for damage', async () => {
    const file = join(tempDir(), 'junk.sqlite')
    writeFileSync(file, 'not sqlite at all '.repeat(500))
    expect((await startIntegrityCheck(file, null).outcome).kind).toBe('damaged')
  })

  it('says "unchecked", not damaged, when it cannot look at the file at all', async () => {
    const missing = join(tempDir(), 'missing.sqlite')
    expect((await startIntegrityCheck(missing, null).outcome).kind).toBe('unchecked')
  })
})
