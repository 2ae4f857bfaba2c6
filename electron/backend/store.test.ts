import {
  existsSync,
  openSync,
  readdirSync,
  readFileSync,
  writeFileSync,
  writeSync,
  closeSync,
} from 'node:fs'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import type { BackupInfoView } from '../../shared/contract/maintenance'
import { createBackend } from './app'
import { DATABASE_FILE } from './db/open'
import { expectOk, tempDir, testBackend } from './testing/support'

async function backendWithIncidents(dataDir: string, titles: string[]) {
  const backend = await testBackend({ dataDir })
  for (const title of titles) {
    expectOk(await backend.dispatch('incident.create', { title, severity: 'SEV2' }))
  }
  return backend
}

/** Scribbles over the file's pages after the header: SQLite can open it but quick_check fails. */
function damagePages(file: string): void {
  const fd = openSync(file, 'r+')
  const size = readFileSync(file).length
  for (let offset = 4096; offset < size; offset += 4096)
    writeSync(fd, Buffer.alloc(200, 0xab), 0, 200, offset + 8)
  closeSync(fd)
}

describe('backups', () => {
  it('lists backups with date, size and incident count, and restores one keeping the current file aside', async () => {
    const dataDir = tempDir()
    const backend = await backendWithIncidents(dataDir, ['Checkout errors'])
    const created = expectOk<{ file: string }>(await backend.dispatch('backup.create', {}))
    backend.clock.now += 60_000
    expectOk(
      await backend.dispatch('incident.create', { title: 'After the backup', severity: 'SEV3' }),
    )

    const list = expectOk<BackupInfoView[]>(await backend.dispatch('backup.list', {}))
    expect(list[0]).toMatchObject({ file: created.file, incidentCount: 1, good: true })
    expect(list[0]?.sizeBytes).toBeGreaterThan(0)

    const restored = expectOk<{ keptAside: string }>(
      await backend.dispatch('backup.restore', { file: created.file }),
    )
    const titles = expectOk<{ title: string }[]>(await backend.dispatch('incident.list', {})).map(
      (i) => i.title,
    )
    expect(titles).toEqual(['Checkout errors'])
    const aside = new Database(join(dataDir, restored.keptAside), { readonly: true })
    expect(aside.prepare('SELECT count(*) FROM incidents').pluck().get()).toBe(2)
    aside.close()
  })

  it('refuses to restore a name outside the backup folder', async () => {
    const backend = await backendWithIncidents(tempDir(), ['A'])
    const result = await backend.dispatch('backup.restore', { file: '../firebreak.sqlite' })
    expect(result).toMatchObject({ ok: false, error: { code: 'not_found' } })
    expect(expectOk<unknown[]>(await backend.dispatch('incident.list', {}))).toHaveLength(1)
  })
})

describe('periodic backups', () => {
  it('back up while an incident is open, and not once all are resolved', async () => {
    const backend = await backendWithIncidents(tempDir(), ['Open one'])
    const file = await backend.scheduledBackup()
    expect(file).toContain('periodic')
    const [incident] = expectOk<{ id: string }[]>(await backend.dispatch('incident.list', {}))
    expectOk(await backend.dispatch('incident.setStatus', { id: incident?.id, status: 'resolved' }))
    expect(await backend.scheduledBackup()).toBeNull()
  })
})

/** Scribbles over one leaf page of the timeline, deep inside: opening works, quick_check fails. */
function damageTimelinePage(file: string): void {
  const db = new Database(file, { readonly: true })
  const pages = db
    .prepare("SELECT pageno FROM dbstat WHERE name = 'timeline_events' AND pagetype = 'leaf'")
    .pluck()
    .all() as number[]
  const pageSize = db.pragma('page_size', { simple: true }) as number
  db.close()
  const page = pages[Math.floor(pages.length / 2)] ?? 0
  expect(page).toBeGreaterThan(1)
  const fd = openSync(file, 'r+')
  writeSync(fd, Buffer.alloc(pageSize, 0xab), 0, pageSize, (page - 1) * pageSize)
  closeSync(fd)
}

const recovery = async (backend: Awaited<ReturnType<typeof createBackend>>) =>
  expectOk<{ needed: boolean; problem: string | null; checking: boolean }>(
    await backend.dispatch('recovery.status', {}),
  )

/** A closed data folder with one incident holding a long timeline, and a good backup of it. */
async function folderWithLongTimeline(): Promise<string> {
  const dataDir = tempDir()
  const backend = await backendWithIncidents(dataDir, ['Long timeline'])
  const [incident] = expectOk<{ id: string }[]>(await backend.dispatch('incident.list', {}))
  for (let i = 0; i < 300; i++) {
    const text = `Note ${i}: ${'checked the dashboards again '.repeat(4)}`
    expectOk(await backend.dispatch('timeline.add', { incidentId: incident?.id, text }))
  }
  expectOk(await backend.dispatch('backup.create', {}))
  backend.db.pragma('wal_checkpoint(TRUNCATE)')
  backend.close()
  return dataDir
}

const startBackend = (dataDir: string) =>
  createBackend({
    dataDir,
    mode: 'browser',
    version: 'test',
    periodicBackups: false,
    startupCheckDelayMs: 0,
  })

describe('the start-up check, after the app already answers', () => {
  it('switches to recovery when the file is damaged deep inside, and restores from there', async () => {
    const dataDir = await folderWithLongTimeline()
    damageTimelinePage(join(dataDir, DATABASE_FILE))

    const backend = await startBackend(dataDir)
    // The incident list answers at once, while the check is still running.
    expect(await recovery(backend)).toEqual({ needed: false, problem: null, checking: true })
    expect(expectOk<unknown[]>(await backend.dispatch('incident.list', {}))).toHaveLength(1)

    await backend.checked
    const status = await recovery(backend)
    expect(status).toMatchObject({ needed: true, checking: false })
    expect(status.problem).toMatch(/failed its integrity check/)
    expect(await backend.dispatch('incident.list', {})).toMatchObject({
      ok: false,
      error: {
        code: 'unavailable',
        message: `${status.problem}. Restore a backup from the recovery screen.`,
        text: { key: 'msgFiles:recoveryNeeded.damaged' },
      },
    })
    // No start-up backup was taken of the damaged file.
    const backups = expectOk<BackupInfoView[]>(await backend.dispatch('backup.list', {}))
    expect(backups.map((b) => b.reason)).toEqual(['manual'])

    const restored = expectOk<{ keptAside: string }>(
      await backend.dispatch('backup.restore', { file: backups[0]?.file }),
    )
    expect(restored.keptAside).toContain('damaged')
    expect(await recovery(backend)).toEqual({ needed: false, problem: null, checking: false })
    expect(expectOk<unknown[]>(await backend.dispatch('incident.list', {}))).toHaveLength(1)
    backend.close()
  })

  it('keeps writes made while it runs, then takes a whole start-up backup', async () => {
    const dataDir = await folderWithLongTimeline()
    const backend = await startBackend(dataDir)
    const [incident] = expectOk<{ id: string }[]>(await backend.dispatch('incident.list', {}))
    expectOk(
      await backend.dispatch('timeline.add', { incidentId: incident?.id, text: 'Written early' }),
    )
    expect((await recovery(backend)).checking).toBe(true)

    await backend.checked
    expect(await recovery(backend)).toEqual({ needed: false, problem: null, checking: false })
    const texts = expectOk<{ text: string }[]>(
      await backend.dispatch('timeline.list', { incidentId: incident?.id }),
    ).map((e) => e.text)
    expect(texts).toContain('Written early')
    const backups = expectOk<BackupInfoView[]>(await backend.dispatch('backup.list', {}))
    expect(backups.find((b) => b.reason === 'startup')).toMatchObject({
      good: true,
      incidentCount: 1,
    })
    expect(readdirSync(join(dataDir, 'backups')).filter((f) => f.endsWith('.partial'))).toEqual([])
    backend.close()
  })

  it('checks nothing and backs up nothing on a new data folder', async () => {
    const dataDir = tempDir()
    const backend = await startBackend(dataDir)
    expect((await recovery(backend)).checking).toBe(false)
    await backend.checked
    expect(existsSync(join(dataDir, 'backups'))).toBe(false)
    backend.close()
  })
})

describe('recovery from a damaged database', () => {
  it('opens in recovery, refuses feature calls, and restores the newest good backup', async () => {
    const dataDir = tempDir()
    const first = await backendWithIncidents(dataDir, ['Before the damage'])
    expectOk(await first.dispatch('backup.create', {}))
    first.db.pragma('wal_checkpoint(TRUNCATE)')
    first.close()
    damagePages(join(dataDir, DATABASE_FILE))

    const backend = await startBackend(dataDir)
    await backend.checked
    const status = expectOk<{ needed: boolean; problem: string }>(
      await backend.dispatch('recovery.status', {}),
    )
    expect(status.needed).toBe(true)
    expect(status.problem).toMatch(/integrity|could not be read/)
    expect(await backend.dispatch('incident.list', {})).toMatchObject({
      ok: false,
      error: { code: 'unavailable' },
    })

    const backups = expectOk<BackupInfoView[]>(await backend.dispatch('backup.list', {}))
    const newestGood = backups.find((b) => b.good)
    expect(newestGood?.incidentCount).toBe(1)
    const restored = expectOk<{ keptAside: string }>(
      await backend.dispatch('backup.restore', { file: newestGood?.file }),
    )
    expect(restored.keptAside).toContain('damaged')
    expect(existsSync(join(dataDir, restored.keptAside))).toBe(true)
    const titles = expectOk<{ title: string }[]>(await backend.dispatch('incident.list', {})).map(
      (i) => i.title,
    )
    expect(titles).toEqual(['Before the damage'])
    backend.close()
  })

  it('treats a file that is not a database at all as damaged, not as a crash', async () => {
    const dataDir = tempDir()
    writeFileSync(join(dataDir, DATABASE_FILE), 'this is not sqlite '.repeat(500))
    const backend = await createBackend({
      dataDir,
      mode: 'browser',
      version: 'test',
      periodicBackups: false,
    })
    expect(
      expectOk<{ needed: boolean }>(await backend.dispatch('recovery.status', {})).needed,
    ).toBe(true)
    backend.close()
  })
})

describe('a database from a newer Firebreak', () => {
  it('opens nothing and names the version needed', async () => {
    const dataDir = tempDir()
    const newer = await createBackend({
      dataDir,
      mode: 'browser',
      version: '9.4.0',
      periodicBackups: false,
    })
    newer.db.pragma('user_version = 99')
    newer.close()
    const before = readdirSync(dataDir)
    await expect(createBackend({ dataDir, mode: 'browser', version: '0.1.0' })).rejects.toThrow(
      /Firebreak 9\.4\.0 or newer/,
    )
    expect(readdirSync(dataDir)).toEqual(before)
  })
})

describe('database check on demand', () => {
  it('runs a full integrity check', async () => {
    const backend = await backendWithIncidents(tempDir(), ['A'])
    expect(expectOk(await backend.dispatch('database.check', { full: true }))).toEqual({
      ok: true,
      messages: ['ok'],
    })
  })
})
