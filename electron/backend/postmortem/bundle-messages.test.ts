import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { msg } from '../../../shared/i18n/messages'
import { postmortemBackend, respondToIncident } from './testing'

// Bundles carry the timeline's messages, so an imported incident reads in each reader's language
// too; bundles written before messages existed still import, their entries in English.

type Row = Record<string, unknown>
const TIMELINE = 'tables/timeline_events.json'

function withTimelineRows(
  base64: string,
  edit: (rows: Row[]) => Row[],
  bundleVersion?: number,
): string {
  const files = unzipSync(Buffer.from(base64, 'base64'))
  const rows = JSON.parse(strFromU8(files[TIMELINE]!)) as Row[]
  files[TIMELINE] = strToU8(JSON.stringify(edit(rows)))
  if (bundleVersion !== undefined) {
    const manifest = JSON.parse(strFromU8(files['manifest.json']!)) as Row
    files['manifest.json'] = strToU8(JSON.stringify({ ...manifest, version: bundleVersion }))
  }
  return Buffer.from(zipSync(files)).toString('base64')
}

async function exported() {
  const h = await postmortemBackend()
  const id = await respondToIncident(h)
  const { base64 } = await h.call('bundle.export', { incidentId: id })
  return { h, id, base64 }
}

describe('timeline messages in bundles', () => {
  it('travel with the bundle and read back the same', async () => {
    const { h, id, base64 } = await exported()
    const original = await h.call('timeline.list', { incidentId: id })
    expect(original[0]?.message).toEqual(msg('msgEvents:incident.declared', { severity: 'SEV2' }))

    const other = await postmortemBackend()
    await other.call('bundle.import', { base64 })
    expect(await other.call('timeline.list', { incidentId: id })).toEqual(original)
  })

  it('import from a bundle written before messages, with every text intact', async () => {
    const { h, id, base64 } = await exported()
    const old = withTimelineRows(base64, (rows) => rows.map(({ message: _, ...row }) => row), 1)
    const other = await postmortemBackend()
    expect((await other.call('bundle.import', { base64: old })).outcome).toBe('created')

    const imported = await other.call('timeline.list', { incidentId: id })
    const original = await h.call('timeline.list', { incidentId: id })
    expect(imported.map((e) => e.text)).toEqual(original.map((e) => e.text))
    expect(imported.every((e) => e.message === null)).toBe(true)
  })

  it('are in bundles of version 2, so an older Firebreak says the bundle is newer', async () => {
    const { base64 } = await exported()
    const manifest = JSON.parse(
      strFromU8(unzipSync(Buffer.from(base64, 'base64'))['manifest.json']!),
    ) as Row
    expect(manifest.version).toBe(2)
    const future = withTimelineRows(base64, (rows) => rows, 3)
    const error = await (await postmortemBackend()).fail('bundle.import', { base64: future })
    expect(error.message).toMatch(/made by a newer Firebreak \(bundle version 3\)/)
  })

  it('refuse a message that is not one, naming the row, and import nothing', async () => {
    const { base64 } = await exported()
    const broken = withTimelineRows(base64, (rows) =>
      rows.map((row, i) => (i === 0 ? { ...row, message: '{"params":{}}' } : row)),
    )
    const other = await postmortemBackend()
    const error = await other.fail('bundle.import', { base64: broken })
    expect(error.message).toMatch(/^tables\/timeline_events\.json, row 1: field "message"/)
    expect(await other.call('incident.list', {})).toEqual([])
  })
})
