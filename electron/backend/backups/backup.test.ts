import { mkdirSync, readdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { tempDir } from '../testing/support'
import { backupDir, backupStamp, pruneBackups } from './backup'

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
