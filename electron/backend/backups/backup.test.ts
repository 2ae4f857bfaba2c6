import { mkdirSync, readdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { tempDir } from '../testing/support'
import { backupDir, backupStamp, listBackups, pruneBackups } from './backup'

const HOUR = 3_600_000

describe('pruning backups', () => {
  it('removes half-written backups left by a crash, not one still being written', () => {
    const dataDir = tempDir()
    const dir = backupDir(dataDir)
    mkdirSync(dir, { recursive: true })
    const now = Date.UTC(2026, 10, 21, 12)
    const name = (time: number, label: string) => `firebreak-${backupStamp(time)}-${label}.sqlite`
    const abandoned = `${name(now - 3 * HOUR, 'startup')}.partial`
    const inProgress = `${name(now - 60_000, 'startup')}.partial`
    const whole = name(now - 3 * HOUR, 'manual')
    for (const file of [abandoned, inProgress, whole, 'notes.txt'])
      writeFileSync(join(dir, file), '')

    expect(pruneBackups(dataDir, now)).toEqual([abandoned])
    expect(readdirSync(dir).sort()).toEqual([whole, inProgress, 'notes.txt'].sort())
  })
})

describe('listing backups', () => {
  it('checks a backup again when its file changes on disk, and not otherwise', async () => {
    const dataDir = tempDir()
    mkdirSync(backupDir(dataDir), { recursive: true })
    const file = join(
      backupDir(dataDir),
      `firebreak-${backupStamp(Date.UTC(2026, 0, 2))}-manual.sqlite`,
    )
    const db = new Database(file)
    db.exec('CREATE TABLE incidents (id TEXT); INSERT INTO incidents VALUES (1), (2)')
    db.close()

    expect(listBackups(dataDir)).toMatchObject([{ good: true, incidentCount: 2 }])
    expect(listBackups(dataDir)).toMatchObject([{ good: true, incidentCount: 2 }])

    // Damaged in place (same size, later time): the listing must not trust its earlier check.
    const bytes = readFileSync(file)
    bytes.fill(0x7a, 0, 100)
    writeFileSync(file, bytes)
    utimesSync(file, new Date(), new Date(Date.now() + 5_000))
    expect(listBackups(dataDir)).toMatchObject([{ good: false, incidentCount: null }])
  })
})
