import { chmodSync, existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

/** Encrypts with the OS keychain (Electron's safeStorage); supplied by electron/main. */
export interface Encryptor {
  encrypt(plain: string): Buffer
  decrypt(encrypted: Buffer): string
}

export type SecretProtection = 'os-encryption' | 'file-permissions'

export const SECRETS_FILE = 'secrets.json'

/**
 * Data-source credentials, kept out of the SQLite file (and so out of backups, exports and
 * bundles). In Electron each value is encrypted by the OS keychain; in browser mode there is no
 * keychain, so values sit in a file only the user can read (0600) and the UI says so.
 */
export class SecretStore {
  private readonly file: string
  private values: Record<string, string>

  constructor(
    dataDir: string,
    private readonly encryptor?: Encryptor,
  ) {
    this.file = join(dataDir, SECRETS_FILE)
    this.values = this.load()
  }

  get protection(): SecretProtection {
    return this.encryptor ? 'os-encryption' : 'file-permissions'
  }

  get(key: string): string | undefined {
    const stored = this.values[key]
    if (stored === undefined) return undefined
    return this.encryptor ? this.encryptor.decrypt(Buffer.from(stored, 'base64')) : stored
  }

  set(key: string, value: string): void {
    this.values[key] = this.encryptor ? this.encryptor.encrypt(value).toString('base64') : value
    this.save()
  }

  delete(key: string): void {
    if (!(key in this.values)) return
    delete this.values[key]
    this.save()
  }

  /** Removes every secret whose key starts with `prefix` (a deleted data source's). */
  deletePrefix(prefix: string): void {
    for (const key of Object.keys(this.values)) if (key.startsWith(prefix)) delete this.values[key]
    this.save()
  }

  private load(): Record<string, string> {
    if (!existsSync(this.file)) return {}
    try {
      const parsed: unknown = JSON.parse(readFileSync(this.file, 'utf8'))
      if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) {
        return Object.fromEntries(
          Object.entries(parsed).filter(
            (entry): entry is [string, string] => typeof entry[1] === 'string',
          ),
        )
      }
    } catch {
      // An unreadable secrets file means credentials must be entered again; never crash on it.
    }
    return {}
  }

  private save(): void {
    // Write a new file and rename it over the old one, so a crash never leaves half a file.
    const temp = `${this.file}.tmp`
    writeFileSync(temp, JSON.stringify(this.values), { mode: 0o600 })
    chmodSync(temp, 0o600)
    renameSync(temp, this.file)
  }
}
