import { execFileSync } from 'node:child_process'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { postinstallPlan } from './postinstall.mjs'

const script = join(dirname(fileURLToPath(import.meta.url)), 'postinstall.mjs')

describe('postinstallPlan', () => {
  it('rebuilds for Electron on a normal install', () => {
    expect(postinstallPlan({}, true)).toEqual({ action: 'rebuild' })
    expect(postinstallPlan({ ELECTRON_SKIP_BINARY_DOWNLOAD: '0' }, true)).toEqual({
      action: 'rebuild',
    })
  })

  it.each(['1', 'true', 'yes'])('skips when ELECTRON_SKIP_BINARY_DOWNLOAD=%s', (value) => {
    const plan = postinstallPlan({ ELECTRON_SKIP_BINARY_DOWNLOAD: value }, true)
    expect(plan.action).toBe('skip')
  })

  it('skips when electron-builder is not installed', () => {
    expect(postinstallPlan({}, false).action).toBe('skip')
  })
})

describe('postinstall.mjs under ELECTRON_SKIP_BINARY_DOWNLOAD (as in CI)', () => {
  // Only the skipping path is run for real: the rebuild path would replace the Node build of
  // better-sqlite3 that every other test here uses.
  it('exits 0 with one line saying why it skipped', () => {
    const output = execFileSync(process.execPath, [script], {
      env: { ...process.env, ELECTRON_SKIP_BINARY_DOWNLOAD: '1' },
      encoding: 'utf8',
    })
    expect(output.trim().split('\n')).toHaveLength(1)
    expect(output).toContain('ELECTRON_SKIP_BINARY_DOWNLOAD is set')
  })
})
