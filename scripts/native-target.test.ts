import { describe, expect, it } from 'vitest'
import { currentTarget, nativePlan } from './native-target.mjs'

describe('native module target', () => {
  it('treats a build without a marker as Node’s (what npm install leaves)', () => {
    expect(currentTarget(undefined)).toBe('node')
    expect(currentTarget('electron\n')).toBe('electron')
  })

  it('rebuilds only when the runtime changes', () => {
    expect(nativePlan('node', 'node', {})).toEqual({ action: 'none' })
    expect(nativePlan('electron', 'node', {})).toEqual({ action: 'rebuild', target: 'node' })
    expect(nativePlan('node', 'electron', {})).toEqual({ action: 'rebuild', target: 'electron' })
  })

  it('never switches to Electron where the Electron binary cannot be downloaded', () => {
    expect(nativePlan('node', 'electron', { ELECTRON_SKIP_BINARY_DOWNLOAD: '1' }).action).toBe(
      'skip',
    )
    // Tests still get Node's build back even then.
    expect(nativePlan('electron', 'node', { ELECTRON_SKIP_BINARY_DOWNLOAD: '1' }).action).toBe(
      'rebuild',
    )
  })
})
