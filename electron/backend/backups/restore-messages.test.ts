import { closeSync, openSync, readFileSync, writeSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { BridgeError } from '../../../shared/contract/errors'
import { msg } from '../../../shared/i18n/messages'
import { expectOk, tempDir, testBackend } from '../testing/support'
import { backupDir } from './backup'

// What the backup and recovery screens are told when a restore cannot be used, as catalogue
// messages (key and values) beside the English the backend has always written.

/** Scribbles over the file's pages after the header: SQLite can open it but quick_check fails. */
function damagePages(file: string): void {
  const fd = openSync(file, 'r+')
  const size = readFileSync(file).length
  for (let offset = 4096; offset < size; offset += 4096)
    writeSync(fd, Buffer.alloc(200, 0xab), 0, 200, offset + 8)
  closeSync(fd)
}

async function failure(result: Promise<{ ok: boolean; error?: BridgeError }>) {
  const answer = await result
  if (answer.ok || !answer.error) throw new Error('the call unexpectedly succeeded')
  return answer.error
}

describe('restore messages', () => {
  it('names a backup that does not exist', async () => {
    const backend = await testBackend({ dataDir: tempDir() })
    const file = 'firebreak-2026-01-01T00-00-00-000Z-manual.sqlite'
    const error = await failure(backend.dispatch('backup.restore', { file }))
    expect(error).toMatchObject({ code: 'not_found', message: `No backup named ${file}` })
    expect(error.text).toEqual(msg('msgFiles:backups.noSuchBackup', { file }))
    backend.close()
  })

  it('says a damaged backup cannot be used either, then recovery says why', async () => {
    const dataDir = tempDir()
    const backend = await testBackend({ dataDir })
    expectOk(await backend.dispatch('incident.create', { title: 'Checkout', severity: 'SEV2' }))
    const { file } = expectOk<{ file: string }>(await backend.dispatch('backup.create', {}))
    damagePages(join(backupDir(dataDir), file))

    const error = await failure(backend.dispatch('backup.restore', { file }))
    expect(error.code).toBe('unavailable')
    expect(error.message).toMatch(/^The restored backup cannot be used either: The database /)
    expect(error.text?.key).toMatch(/^msgFiles:backups\.restored(Damaged|Unreadable)$/)

    const status = expectOk<{ problem: string; problemText: unknown }>(
      await backend.dispatch('recovery.status', {}),
    )
    expect(error.message).toBe(`The restored backup cannot be used either: ${status.problem}`)
    const damaged = error.text?.key === 'msgFiles:backups.restoredDamaged'
    const why = damaged ? 'msgFiles:recovery.damaged' : 'msgFiles:recovery.unreadable'
    expect(status.problemText).toEqual(msg(why, error.text?.params))

    const backup = await failure(backend.dispatch('backup.create', {}))
    expect(backup.text).toEqual(msg('msgFiles:backups.notOpen'))
    backend.close()
  })
})
