import { describe, expect, it } from 'vitest'
import { startupFailure } from './startup'

class DataDirError extends Error {
  override name = 'DataDirError'
}

describe('startupFailure', () => {
  it('shows a self-explaining error as it is', () => {
    const error = new DataDirError('Firebreak cannot write to its data folder /x: EACCES')
    expect(startupFailure(error, '/x')).toEqual({
      title: 'Firebreak cannot start',
      message: 'Firebreak cannot write to its data folder /x: EACCES',
    })
  })

  it('names the data folder for anything unexpected', () => {
    const { message } = startupFailure(new Error('disk I/O error'), '/home/a/.config/Firebreak')
    expect(message).toContain('/home/a/.config/Firebreak')
    expect(message).toContain('disk I/O error')
  })

  it('tells a developer how to rebuild SQLite for Electron', () => {
    const error = new Error(
      "The module 'better_sqlite3.node' was compiled against a different Node.js version using\nNODE_MODULE_VERSION 115. This version of Node.js requires\nNODE_MODULE_VERSION 140.",
    )
    const { message } = startupFailure(error, '/d')
    expect(message).toContain('npm run postinstall')
    expect(message).not.toContain('/d')
  })

  it('copes with things thrown that are not errors', () => {
    expect(startupFailure('boom', '/d').message).toContain('boom')
  })
})
