import { describe, expect, it } from 'vitest'
import { osEncryptionUsable } from './encryption'

describe('osEncryptionUsable', () => {
  it('uses the keychain on macOS and DPAPI on Windows when available', () => {
    expect(osEncryptionUsable({ available: true, platform: 'darwin' })).toBe(true)
    expect(osEncryptionUsable({ available: true, platform: 'win32' })).toBe(true)
  })

  it('uses a real Linux keyring', () => {
    for (const linuxBackend of ['gnome_libsecret', 'kwallet5', 'kwallet6']) {
      expect(osEncryptionUsable({ available: true, platform: 'linux', linuxBackend })).toBe(true)
    }
  })

  it("refuses Chromium's basic_text fallback and an unknown backend", () => {
    for (const linuxBackend of ['basic_text', 'unknown', undefined]) {
      expect(osEncryptionUsable({ available: true, platform: 'linux', linuxBackend })).toBe(false)
    }
  })

  it('refuses when safeStorage says encryption is unavailable', () => {
    expect(osEncryptionUsable({ available: false, platform: 'darwin' })).toBe(false)
  })
})
