// Whether data-source secrets may rely on Electron's safeStorage; plain so it is tested here.

export interface OsEncryptionFacts {
  /** safeStorage.isEncryptionAvailable(), asked after 'ready'. */
  available: boolean
  platform: NodeJS.Platform
  /** safeStorage.getSelectedStorageBackend(); Linux only. */
  linuxBackend?: string
}

/**
 * On Linux without a keyring, Chromium falls back to 'basic_text': "encrypted" with a password
 * written in Chromium's source, which protects nothing. Claiming OS encryption then would be a
 * lie, so the backend keeps secrets in its owner-only file instead and the UI says which it is.
 */
export function osEncryptionUsable(facts: OsEncryptionFacts): boolean {
  if (!facts.available) return false
  if (facts.platform !== 'linux') return true
  return facts.linuxBackend !== undefined && !['basic_text', 'unknown'].includes(facts.linuxBackend)
}
