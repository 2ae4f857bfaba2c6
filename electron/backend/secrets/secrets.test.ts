import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { unzipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import type { DataSourceView } from '../../../shared/contract/datasources'
import { expectOk, tempDir, testBackend } from '../testing/support'
import { SECRETS_FILE, SecretStore, type Encryptor } from './secret-store'

const PLANTED = 'planted-secret-7f3a9c2e-do-not-leak'

/** Every file under `dir`, recursively. */
function allFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? allFiles(join(dir, entry.name)) : [join(dir, entry.name)],
  )
}

async function backendWithSecretSource(dataDir: string) {
  const backend = await testBackend({ dataDir })
  const source = expectOk<DataSourceView>(
    await backend.dispatch('datasource.save', {
      kind: 'prometheus',
      name: 'Prod',
      url: 'http://127.0.0.1:9/',
      auth: { type: 'bearer', token: PLANTED },
      headers: [{ name: 'X-Scope-OrgID', value: `${PLANTED}-header` }],
    }),
  )
  return { backend, source }
}

describe('secrets', () => {
  it('never reach the database file, its WAL or its backups', async () => {
    const dataDir = tempDir()
    const { backend, source } = await backendWithSecretSource(dataDir)
    expect(source.auth).toEqual({ type: 'bearer', hasToken: true })
    expect(JSON.stringify(source)).not.toContain(PLANTED)
    expect(JSON.stringify(expectOk(await backend.dispatch('datasource.list', {})))).not.toContain(
      PLANTED,
    )
    expectOk(await backend.dispatch('incident.create', { title: 'Has a backup', severity: 'SEV3' }))
    expectOk(await backend.dispatch('backup.create', {}))

    const files = allFiles(dataDir).filter((f) => !f.endsWith(SECRETS_FILE))
    expect(files.some((f) => f.includes('backups'))).toBe(true)
    for (const file of files) expect(readFileSync(file).includes(PLANTED), file).toBe(false)
  })

  it('never reach an exported postmortem, its evidence zip or an incident bundle', async () => {
    const { backend } = await backendWithSecretSource(tempDir())
    const incident = expectOk<{ id: string }>(
      await backend.dispatch('incident.create', { title: 'Export me', severity: 'SEV2' }),
    )
    expectOk(
      await backend.dispatch('timeline.add', { incidentId: incident.id, text: 'checked prod' }),
    )
    expectOk(await backend.dispatch('postmortem.get', { incidentId: incident.id }))
    const markdown = expectOk<{ markdown: string }>(
      await backend.dispatch('postmortem.renderMarkdown', { incidentId: incident.id }),
    )
    expect(markdown.markdown).toContain('Export me')
    expect(markdown.markdown).not.toContain(PLANTED)
    const zipped = [
      expectOk<{ base64: string }>(
        await backend.dispatch('postmortem.evidenceZip', { incidentId: incident.id }),
      ),
      expectOk<{ base64: string }>(
        await backend.dispatch('bundle.export', { incidentId: incident.id }),
      ),
    ]
    for (const { base64 } of zipped) {
      const files = unzipSync(Buffer.from(base64, 'base64'))
      for (const [name, bytes] of Object.entries(files)) {
        expect(Buffer.from(bytes).includes(PLANTED), name).toBe(false)
      }
    }
  })

  it('keeps the browser-mode secrets file readable by the user only', async () => {
    const dataDir = tempDir()
    await backendWithSecretSource(dataDir)
    expect(statSync(join(dataDir, SECRETS_FILE)).mode & 0o777).toBe(0o600)
  })

  it('stores only ciphertext when an OS encryptor is present', () => {
    const dataDir = tempDir()
    // A stand-in for safeStorage (which needs the Electron binary): XOR is enough to show the
    // store writes what the encryptor returns, never the plain value.
    const xor: Encryptor = {
      encrypt: (plain) => Buffer.from(Buffer.from(plain).map((b) => b ^ 0x5a)),
      decrypt: (bytes) => Buffer.from(bytes.map((b) => b ^ 0x5a)).toString(),
    }
    const store = new SecretStore(dataDir, xor)
    store.set('k', PLANTED)
    expect(readFileSync(join(dataDir, SECRETS_FILE), 'utf8')).not.toContain(PLANTED)
    expect(new SecretStore(dataDir, xor).get('k')).toBe(PLANTED)
  })

  it('removes a data source’s secrets with it, and keeps them when an edit omits them', async () => {
    const dataDir = tempDir()
    const { backend, source } = await backendWithSecretSource(dataDir)
    const edited = expectOk<DataSourceView>(
      await backend.dispatch('datasource.save', {
        id: source.id,
        kind: 'prometheus',
        name: 'Prod (renamed)',
        url: 'http://127.0.0.1:9',
        auth: { type: 'bearer' },
        headers: [{ name: 'X-Scope-OrgID' }],
      }),
    )
    expect(edited.auth).toEqual({ type: 'bearer', hasToken: true })
    expect(edited.headers).toEqual([{ name: 'X-Scope-OrgID', hasValue: true }])
    expectOk(await backend.dispatch('datasource.delete', { id: source.id }))
    expect(readFileSync(join(dataDir, SECRETS_FILE), 'utf8')).not.toContain(PLANTED)
  })
})

describe('data sources', () => {
  it('refuses a URL that is not http(s) and writes nothing', async () => {
    const backend = await testBackend()
    const result = await backend.dispatch('datasource.save', {
      kind: 'prometheus',
      name: 'Bad',
      url: 'file:///etc/passwd',
      auth: { type: 'none' },
    })
    expect(result).toMatchObject({
      ok: false,
      error: { detail: { fields: { url: expect.stringContaining('http') } } },
    })
    expect(expectOk<unknown[]>(await backend.dispatch('datasource.list', {}))).toEqual([])
  })

  it('reports a precise error when testing an unreachable source', async () => {
    const backend = await testBackend()
    const source = expectOk<DataSourceView>(
      await backend.dispatch('datasource.save', {
        kind: 'prometheus',
        name: 'Nowhere',
        url: 'http://127.0.0.1:9',
        auth: { type: 'none' },
        timeoutMs: 2000,
      }),
    )
    const test = expectOk<{ ok: boolean; message: string }>(
      await backend.dispatch('datasource.test', { id: source.id }),
    )
    expect(test.ok).toBe(false)
    expect(test.message).toMatch(/127\.0\.0\.1:9/)
  })
})
