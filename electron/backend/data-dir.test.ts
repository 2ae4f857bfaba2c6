import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { DataDirError, ensureWritableDir } from './data-dir'

describe('ensureWritableDir', () => {
  const made: string[] = []
  afterEach(() => made.splice(0).forEach((dir) => rmSync(dir, { recursive: true, force: true })))
  const temp = () => {
    const dir = mkdtempSync(join(tmpdir(), 'firebreak-data-dir-'))
    made.push(dir)
    return dir
  }

  it('creates every missing level, and accepts a folder that already exists', () => {
    const dataDir = join(temp(), 'a', 'b', 'c')
    ensureWritableDir(dataDir)
    expect(existsSync(dataDir)).toBe(true)
    expect(() => ensureWritableDir(dataDir)).not.toThrow()
  })

  it('names the folder and the reason when a file stands in the way', () => {
    const file = join(temp(), 'file')
    writeFileSync(file, '')
    expect(() => ensureWritableDir(join(file, 'data'))).toThrow(DataDirError)
    expect(() => ensureWritableDir(join(file, 'data'))).toThrow(/data folder .*file\/data: ENOTDIR/)
  })

  it.runIf(existsSync('/proc/self'))('refuses a folder under /proc instead of hanging', () => {
    expect(() => ensureWritableDir('/proc/firebreak-data')).toThrow(/ENOENT/)
  })
})
