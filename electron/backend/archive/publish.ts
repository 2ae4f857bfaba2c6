import { createHash } from 'node:crypto'
import { readFileSync, renameSync, writeFileSync } from 'node:fs'
import { strFromU8, unzipSync } from 'fflate'
import { AppError } from '../../../shared/contract/errors'
import { msg } from '../../../shared/i18n/messages'
import { redactionOptionsSchema } from '../../../shared/contract/postmortem'
import { requireIncident } from '../handlers/incidents'
import type { HandlerDeps } from '../handlers/types'
import { exportBundle } from '../postmortem/bundle'
import { evidenceExportFiles, renderForExport } from '../postmortem/export'
import { findPostmortem } from '../repositories/postmortems'
import { BUNDLE_FILE, incidentDir, insideArchive, MARKDOWN_FILE } from './paths'
import { archiveEntryFor, publishedDir, savePublication } from './store'

// Publishing one incident to the archive: YYYY/MM/<slug>/postmortem.md (front matter included,
// exported with the default redaction), its evidence folder, and incident.firebreak-bundle.zip
// (the whole incident, what sync reads). A file whose content has not changed is not rewritten,
// so git only sees real changes.

export interface PublishResult {
  dir: string
  written: string[]
  unchanged: string[]
}

interface ArchiveFile {
  path: string
  bytes: Uint8Array
  /** Compares content when bytes differ for reasons that do not matter (a bundle's export time). */
  sameAs?: (existing: Uint8Array) => boolean
}

/** A bundle's content without the moment it was exported (the manifest time, zip dates). */
export function bundleSignature(bytes: Uint8Array): string {
  const entries = unzipSync(bytes)
  const hash = createHash('sha256')
  for (const name of Object.keys(entries).sort()) {
    let content: Uint8Array | string = entries[name] ?? new Uint8Array()
    if (name === 'manifest.json') {
      const manifest = JSON.parse(strFromU8(content)) as Record<string, unknown>
      delete manifest.exportedAt
      content = JSON.stringify(manifest)
    }
    hash.update(name).update('\0').update(content).update('\0')
  }
  return hash.digest('hex')
}

function sameBundle(fresh: Uint8Array) {
  const signature = bundleSignature(fresh)
  return (existing: Uint8Array) => {
    try {
      return bundleSignature(existing) === signature
    } catch {
      return false
    }
  }
}

function readIfExists(path: string): Uint8Array | null {
  try {
    return readFileSync(path)
  } catch {
    return null
  }
}

function writeFile(root: string, file: ArchiveFile): boolean {
  const target = insideArchive(root, file.path)
  const existing = readIfExists(target)
  if (existing && (Buffer.from(existing).equals(file.bytes) || file.sameAs?.(existing)))
    return false
  // Written beside the target and renamed over it: a reader never sees half a file.
  const temporary = `${target}.${process.pid}.tmp`
  writeFileSync(temporary, file.bytes)
  renameSync(temporary, target)
  return true
}

function filesFor(deps: HandlerDeps, incidentId: string, dir: string, withComments: boolean) {
  const redaction = redactionOptionsSchema.parse({})
  const rendered = renderForExport(deps, incidentId, redaction, {
    includeReviewComments: withComments,
  })
  const bundle = exportBundle(deps.db, incidentId, {
    version: deps.info.version,
    exportedAt: new Date(deps.now()),
  })
  const files: ArchiveFile[] = [
    ...evidenceExportFiles(deps, rendered).map((file) => ({
      path: `${dir}/${file.path}`,
      bytes: file.bytes,
    })),
    { path: `${dir}/${MARKDOWN_FILE}`, bytes: Buffer.from(rendered.markdown, 'utf8') },
    { path: `${dir}/${BUNDLE_FILE}`, bytes: bundle, sameAs: sameBundle(bundle) },
  ]
  return files
}

export function publishIncident(
  deps: HandlerDeps,
  root: string,
  incidentId: string,
  includeReviewComments: boolean,
): PublishResult {
  const incident = requireIncident(deps, incidentId)
  if (archiveEntryFor(deps.db, incidentId)) {
    throw new AppError('conflict', msg('msgFiles:archive.publish.synced'))
  }
  if (!findPostmortem(deps.db, incidentId)) {
    throw new AppError('conflict', msg('msgFiles:archive.publish.noPostmortem'))
  }
  const dir = publishedDir(deps.db, incidentId) ?? incidentDir(incident)
  const written: string[] = []
  const unchanged: string[] = []
  try {
    for (const file of filesFor(deps, incidentId, dir, includeReviewComments)) {
      ;(writeFile(root, file) ? written : unchanged).push(file.path)
    }
  } catch (error) {
    if (error instanceof AppError) throw error
    const reason = error instanceof Error ? error.message : String(error)
    throw new AppError('unavailable', msg('msgFiles:archive.write.failed', { reason }))
  }
  savePublication(deps.db, incidentId, dir, deps.now())
  return { dir, written, unchanged }
}
