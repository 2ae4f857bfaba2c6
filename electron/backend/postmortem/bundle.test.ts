import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { BUNDLE_NOTHING_IMPORTED } from '../../../shared/contract/postmortem'
import { msg } from '../../../shared/i18n/messages'
import { BUNDLE_TABLES, columnsOf } from './bundle-tables'
import { postmortemBackend, respondToIncident } from './testing'

type Harness = Awaited<ReturnType<typeof postmortemBackend>>

async function incidentWithEverything() {
  const h = await postmortemBackend()
  await h.call('datasource.save', {
    kind: 'prometheus',
    name: 'prod',
    url: 'http://prometheus.internal:9090',
    auth: { type: 'basic', username: 'ops', password: 'hunter2-very-secret' },
  })
  const id = await respondToIncident(h, 'Falha na replicação do banco')
  await h.call('incident.setRoles', { id, commander: 'Ana Souza', responders: ['Bruno'] })
  await h.call('postmortem.get', { incidentId: id })
  await h.call('postmortem.updateSection', { incidentId: id, section: 'wentWell', value: 'Rápido' })
  await h.call('actionItem.add', { incidentId: id, title: 'Drill failover', dueDate: '2026-05-01' })
  return { h, id }
}

function primaryKey(h: Harness, table: string): string {
  const keys = columnsOf(h.backend.db, table).filter((c) => c.pk > 0)
  return keys
    .sort((a, b) => a.pk - b.pk)
    .map((c) => c.name)
    .join(', ')
}

/** Every bundled row of every table, as the database holds them. */
function snapshot(h: Harness, incidentId: string) {
  return Object.fromEntries(
    BUNDLE_TABLES.map(({ table, scope }) => [
      table,
      h.backend.db
        .prepare(`SELECT * FROM ${table} WHERE ${scope} = ? ORDER BY ${primaryKey(h, table)}`)
        .all(incidentId),
    ]),
  )
}

function totalRows(h: Harness): number {
  return BUNDLE_TABLES.reduce(
    (sum, { table }) =>
      sum + (h.backend.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n,
    0,
  )
}

/** Re-zips a bundle after `change` edits its unpacked files. */
function tamper(base64: string, change: (files: Record<string, Uint8Array>) => void): string {
  const files = unzipSync(Buffer.from(base64, 'base64'))
  change(files)
  return Buffer.from(zipSync(files)).toString('base64')
}

function editJson(
  files: Record<string, Uint8Array>,
  path: string,
  edit: (value: never) => unknown,
) {
  files[path] = strToU8(JSON.stringify(edit(JSON.parse(strFromU8(files[path]!)) as never)))
}

describe('incident bundle', () => {
  it('round trips: imported into another data folder, every row is equal', async () => {
    const { h, id } = await incidentWithEverything()
    const bundle = await h.call('bundle.export', { incidentId: id })
    expect(bundle.fileName).toBe('2026-03-14-falha-na-replicacao-do-banco.firebreak-bundle.zip')
    const other = await postmortemBackend()
    const result = await other.call('bundle.import', { base64: bundle.base64 })
    expect(result.incidentId).toBe(id)
    expect(result.outcome).toBe('created')
    expect(result.tables.evidence).toEqual({ created: 2, updated: 0, unchanged: 0 })
    expect(snapshot(other, id)).toEqual(snapshot(h, id))
    const view = await other.call('postmortem.get', { incidentId: id })
    expect(view.sections.wentWell).toBe('Rápido')
    const ev = await other.call('evidence.list', { incidentId: id })
    expect(ev.find((e) => e.kind === 'chart')?.hasPng).toBe(true)
    expect(other.events.map((e) => e.name)).toContain('postmortem.changed')
  })

  it('imported twice creates nothing new; after an edit elsewhere it says what it updated', async () => {
    const { h, id } = await incidentWithEverything()
    const first = await h.call('bundle.export', { incidentId: id })
    const other = await postmortemBackend()
    await other.call('bundle.import', { base64: first.base64 })
    const again = await other.call('bundle.import', { base64: first.base64 })
    expect(again.outcome).toBe('unchanged')
    expect(Object.values(again.tables).every((c) => c.created === 0 && c.updated === 0)).toBe(true)

    h.later(120)
    await h.call('postmortem.updateSection', {
      incidentId: id,
      section: 'gotLucky',
      value: 'Low traffic',
    })
    const second = await h.call('bundle.export', { incidentId: id })
    const updated = await other.call('bundle.import', { base64: second.base64 })
    expect(updated.outcome).toBe('updated')
    expect(updated.tables.postmortem_sections).toMatchObject({ updated: 1, created: 0 })
    expect(updated.tables.postmortems).toMatchObject({ updated: 1 })
    expect(snapshot(other, id)).toEqual(snapshot(h, id))
  })

  it('never carries data-source credentials', async () => {
    const { h, id } = await incidentWithEverything()
    const { base64 } = await h.call('bundle.export', { incidentId: id })
    const files = unzipSync(Buffer.from(base64, 'base64'))
    const text = Object.values(files)
      .map((bytes) => Buffer.from(bytes).toString('latin1'))
      .join('\n')
    expect(text).not.toContain('hunter2-very-secret')
    expect(Object.keys(files).some((name) => /data_sources|settings|meta/.test(name))).toBe(false)
  })

  it('has a manifest naming the format, version, app and tables', async () => {
    const { h, id } = await incidentWithEverything()
    const { base64 } = await h.call('bundle.export', { incidentId: id })
    const manifest = JSON.parse(
      strFromU8(unzipSync(Buffer.from(base64, 'base64'))['manifest.json']!),
    )
    expect(manifest).toMatchObject({
      format: 'firebreak-bundle',
      version: 2,
      exportedAt: new Date(h.backend.clock.now).toISOString(),
      app: { name: 'Firebreak', version: 'test' },
      incidentId: id,
    })
    expect(Object.keys(manifest.tables)).toEqual(BUNDLE_TABLES.map((t) => t.table))
  })
})

describe('a malformed bundle', () => {
  const cases: [string, (files: Record<string, Uint8Array>, id: string) => void, RegExp][] = [
    ['without a manifest', (f) => delete f['manifest.json'], /it has no manifest\.json/],
    [
      'of another format',
      (f) => editJson(f, 'manifest.json', (m: object) => ({ ...m, format: 'zip' })),
      /not a Firebreak incident bundle \(format "zip"\)/,
    ],
    [
      'from a newer Firebreak',
      (f) => editJson(f, 'manifest.json', (m: object) => ({ ...m, version: 3 })),
      /made by a newer Firebreak \(bundle version 3\)/,
    ],
    [
      'with an unknown severity',
      (f) =>
        editJson(f, 'tables/incidents.json', ([row]: object[]) => [{ ...row, severity: 'SEV9' }]),
      /^tables\/incidents\.json, row 1: field "severity": /,
    ],
    [
      'with a row of another incident',
      (f) =>
        editJson(f, 'tables/timeline_events.json', (rows: object[]) =>
          rows.map((r, i) => (i === 2 ? { ...r, incident_id: 'someone-else' } : r)),
        ),
      /^tables\/timeline_events\.json, row 3 belongs to incident someone-else/,
    ],
    [
      'with a missing image',
      (f) => {
        for (const name of Object.keys(f)) if (name.endsWith('-png.bin')) delete f[name]
      },
      /field "png" points to blobs\/evidence\/\d-png\.bin, which is not in the bundle/,
    ],
    [
      'with fewer rows than its manifest',
      (f) => editJson(f, 'tables/hypotheses.json', (rows: object[]) => rows.slice(1)),
      /tables\/hypotheses\.json holds 1 rows where the manifest says 2/,
    ],
    [
      'with a broken section',
      (f) =>
        editJson(f, 'tables/postmortem_sections.json', (rows: { section: string }[]) =>
          rows.map((r) => (r.section === 'fiveWhys' ? { ...r, value: '[]' } : r)),
        ),
      /field "value": Five whys: Exactly 5 why \/ because pairs/,
    ],
    [
      // Passes the checks in code; the database's own CHECK refuses it mid-transaction.
      'that the database refuses halfway',
      (f) =>
        editJson(f, 'tables/hypotheses.json', (rows: object[]) =>
          rows.map((r) => ({ ...r, status: 'maybe' })),
        ),
      /hypotheses row .* was refused by the database \(CHECK constraint failed/,
    ],
  ]

  it.each(cases)(
    '%s is refused with a clear message and writes nothing',
    async (_, change, message) => {
      const { h, id } = await incidentWithEverything()
      const { base64 } = await h.call('bundle.export', { incidentId: id })
      const other = await postmortemBackend()
      const error = await other.fail('bundle.import', {
        base64: tamper(base64, (f) => change(f, id)),
      })
      expect(error.message).toMatch(message)
      expect(error.message.endsWith('Nothing was imported.')).toBe(true)
      expect(totalRows(other)).toBe(0)
      expect(other.events).toEqual([])
    },
  )

  it('that is not a zip, or not base64, is refused', async () => {
    const h = await postmortemBackend()
    const notZip = await h.fail('bundle.import', {
      base64: Buffer.from('hello').toString('base64'),
    })
    expect(notZip.message).toBe(
      'This file is not a Firebreak incident bundle: it is not a readable zip archive. Nothing was imported.',
    )
    // The key lets the UI word it in the user's language, and info that nothing was written.
    expect(notZip.text).toEqual(msg('msgFiles:bundle.notZip'))
    expect(notZip.detail?.info).toBe(BUNDLE_NOTHING_IMPORTED)
    const notBase64 = await h.fail('bundle.import', { base64: '%%%' })
    expect(notBase64.code).toBe('invalid_input')
    expect(notBase64.text).toEqual(msg('msgFiles:bundle.notBase64'))
    expect(totalRows(h)).toBe(0)
  })

  it('names the rows and fields it refuses as values of the message', async () => {
    const { h, id } = await incidentWithEverything()
    const { base64 } = await h.call('bundle.export', { incidentId: id })
    const other = await postmortemBackend()
    const error = await other.fail('bundle.import', {
      base64: tamper(base64, (f) =>
        editJson(f, 'tables/hypotheses.json', (rows: object[]) => rows.slice(1)),
      ),
    })
    expect(error.text).toEqual(
      msg('msgFiles:bundle.rowCount', { file: 'tables/hypotheses.json', rows: 1, expected: '2' }),
    )
  })
})
