import { createHash } from 'node:crypto'
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import type Database from 'better-sqlite3'
import { AppError } from '../../../shared/contract/errors'
import type { SyncReport } from '../../../shared/contract/archive'
import { englishText } from '../../../shared/i18n/english'
import { msg, type Message } from '../../../shared/i18n/messages'
import { readBundle, type ParsedBundle } from '../postmortem/bundle'
import { writeBundle } from '../postmortem/bundle-import'
import { BUNDLE_TABLES } from '../postmortem/bundle-tables'
import { prepared } from '../db/statements'
import { BUNDLE_FILE } from './paths'
import {
  archiveEntries,
  asArchiveSync,
  publishedDir,
  saveArchiveEntry,
  type ArchiveEntry,
} from './store'

// Sync: every bundle in the archive becomes a read-only incident in the library. A bundle is read
// again only when its file changed (size and mtime first, then its hash); a bundle that vanished
// from the archive takes its incident with it. Incidents created on this machine are never
// touched: their bundle in the archive is this machine's own publication.

const MAX_DEPTH = 6

/** Bundle files under the folder, as archive-relative paths with forward slashes. */
export function findBundles(root: string): string[] {
  const found: string[] = []
  const walk = (dir: string, prefix: string, depth: number) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.name.startsWith('.') || entry.name === 'node_modules') continue
      const path = prefix ? `${prefix}/${entry.name}` : entry.name
      if (entry.isDirectory() && depth < MAX_DEPTH) walk(join(dir, entry.name), path, depth + 1)
      else if (entry.isFile() && entry.name === BUNDLE_FILE) found.push(path)
    }
  }
  walk(root, '', 0)
  return found.sort()
}

function incidentExists(db: Database.Database, id: string): boolean {
  return prepared(db, 'SELECT 1 FROM incidents WHERE id = ?').get(id) !== undefined
}

/** Replaces an archived incident's rows with the bundle's (review comments stay). */
function replaceIncident(db: Database.Database, bundle: ParsedBundle): void {
  const id = bundle.manifest.incidentId
  for (const spec of [...BUNDLE_TABLES].reverse()) {
    if (spec.scope === 'incident_id')
      db.prepare(`DELETE FROM "${spec.table}" WHERE incident_id = ?`).run(id)
  }
  writeBundle(db, bundle)
}

interface Found {
  path: string
  mtimeMs: number
  size: number
}

type Outcome = 'added' | 'updated' | 'unchanged'

function syncOne(
  db: Database.Database,
  root: string,
  file: Found,
  known: Map<string, ArchiveEntry>,
  now: number,
): Outcome | { skipped: Message } {
  const previous = known.get(file.path)
  if (previous && previous.mtimeMs === file.mtimeMs && previous.size === file.size)
    return 'unchanged'
  const bytes = readFileSync(join(root, ...file.path.split('/')))
  const sha256 = createHash('sha256').update(bytes).digest('hex')
  const entry = { bundlePath: file.path, sha256, mtimeMs: file.mtimeMs, size: file.size }
  if (previous && previous.sha256 === sha256) {
    asArchiveSync(db, () => saveArchiveEntry(db, { ...previous, ...entry }))
    return 'unchanged'
  }
  const bundle = readBundle(db, bytes)
  const incidentId = bundle.manifest.incidentId
  const owner = [...known.values()].find((e) => e.incidentId === incidentId)
  if (owner && owner.bundlePath !== file.path)
    return { skipped: msg('msgFiles:archive.sync.sameIncident', { path: owner.bundlePath }) }
  if (!owner && incidentExists(db, incidentId)) {
    return {
      skipped: publishedDir(db, incidentId)
        ? msg('msgFiles:archive.sync.publishedHere')
        : msg('msgFiles:archive.sync.sameId'),
    }
  }
  asArchiveSync(db, () => {
    if (owner) replaceIncident(db, bundle)
    else writeBundle(db, bundle)
    saveArchiveEntry(db, { ...entry, incidentId, syncedAt: now })
  })
  known.set(file.path, { ...entry, incidentId, syncedAt: now })
  return owner ? 'updated' : 'added'
}

function removeVanished(db: Database.Database, present: ReadonlySet<string>): number {
  const gone = archiveEntries(db).filter((entry) => !present.has(entry.bundlePath))
  asArchiveSync(db, () => {
    for (const entry of gone)
      prepared(db, 'DELETE FROM incidents WHERE id = ?').run(entry.incidentId)
  })
  return gone.length
}

function statFile(root: string, path: string): Found {
  const stats = statSync(join(root, ...path.split('/')))
  return { path, mtimeMs: Math.floor(stats.mtimeMs), size: stats.size }
}

export function syncArchive(db: Database.Database, root: string, now: number): SyncReport {
  let paths: string[]
  try {
    paths = findBundles(root)
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    throw new AppError('unavailable', msg('msgFiles:archive.sync.unreadable', { reason }))
  }
  const report: SyncReport = {
    added: 0,
    updated: 0,
    unchanged: 0,
    removed: 0,
    skipped: [],
    failed: [],
  }
  const known = new Map(archiveEntries(db).map((entry) => [entry.bundlePath, entry]))
  for (const path of paths) {
    try {
      const outcome = syncOne(db, root, statFile(root, path), known, now)
      if (typeof outcome === 'string') report[outcome] += 1
      else {
        const reasonText = outcome.skipped
        report.skipped.push({ path, reason: englishText(reasonText), reasonText })
      }
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error)
      // A bundle's own refusal has its message; the system's error text is shown as written.
      const text = error instanceof AppError ? error.text : undefined
      report.failed.push(text ? { path, message, text } : { path, message })
    }
  }
  report.removed = removeVanished(db, new Set(paths))
  return report
}
