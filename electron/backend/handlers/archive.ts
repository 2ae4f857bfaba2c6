import { AppError } from '../../../shared/contract/errors'
import { msg } from '../../../shared/i18n/messages'
import type { ArchiveStatus, archiveChannels } from '../../../shared/contract/archive'
import type { EventName } from '../../../shared/contract/index'
import { archiveGit, gitAvailable, isInsideWorkTree } from '../archive/git'
import { checkFolder, looksLikeGitWorkingCopy } from '../archive/paths'
import { publishIncident } from '../archive/publish'
import {
  archiveCounts,
  archiveEntryFor,
  clearArchiveFolder,
  markSynced,
  readArchiveSettings,
  writeArchiveFolder,
} from '../archive/store'
import { syncArchive } from '../archive/sync'
import type { HandlerDeps, HandlersFor } from './types'

/** A sync can touch any incident: every list and open incident view refreshes. */
const SYNC_EVENTS: readonly EventName[] = [
  'incident.changed',
  'timeline.changed',
  'runbook.changed',
  'hypothesis.changed',
  'evidence.changed',
  'postmortem.changed',
  'archive.changed',
]

async function isWorkingCopy(folder: string): Promise<boolean> {
  return (await gitAvailable()) ? isInsideWorkTree(folder) : looksLikeGitWorkingCopy(folder)
}

async function statusOf(deps: HandlerDeps): Promise<ArchiveStatus> {
  const settings = readArchiveSettings(deps.db)
  const counts = archiveCounts(deps.db)
  const base = {
    gitAvailable: await gitAvailable(),
    lastSyncAt: settings?.last_sync_at ?? null,
    syncedIncidents: counts.synced,
    publishedIncidents: counts.published,
  }
  if (!settings) return { ...base, folder: null, isGitRepository: false, problem: null }
  try {
    const folder = checkFolder(settings.folder)
    return { ...base, folder, isGitRepository: await isWorkingCopy(folder), problem: null }
  } catch (error) {
    const problem = error instanceof Error ? error.message : String(error)
    const worded = error instanceof AppError && error.text ? { problemText: error.text } : {}
    return { ...base, folder: settings.folder, isGitRepository: false, problem, ...worded }
  }
}

/** The chosen folder, checked again now (it may have moved since it was chosen). */
function requireFolder(deps: HandlerDeps): string {
  const settings = readArchiveSettings(deps.db)
  if (!settings) {
    throw new AppError('conflict', msg('msgFiles:archive.folder.notChosen'))
  }
  return checkFolder(settings.folder)
}

export function archiveHandlers(deps: HandlerDeps): HandlersFor<keyof typeof archiveChannels> {
  const { db } = deps
  return {
    'archive.status'() {
      return statusOf(deps)
    },
    async 'archive.setFolder'(input) {
      const folder = checkFolder(input.folder)
      if (!(await isWorkingCopy(folder))) {
        const message = msg('msgFiles:archive.folder.notWorkingCopy', { folder: input.folder })
        throw new AppError('invalid_input', message, { fields: { folder: message } })
      }
      writeArchiveFolder(db, folder, deps.now())
      deps.emit({ name: 'archive.changed' })
      return statusOf(deps)
    },
    'archive.clearFolder'() {
      clearArchiveFolder(db)
      deps.emit({ name: 'archive.changed' })
      return statusOf(deps)
    },
    'archive.publish'(input) {
      const root = requireFolder(deps)
      const result = publishIncident(deps, root, input.incidentId, input.includeReviewComments)
      deps.emit({ name: 'archive.changed', incidentId: input.incidentId })
      return result
    },
    'archive.sync'() {
      const root = requireFolder(deps)
      const report = syncArchive(db, root, deps.now())
      markSynced(db, deps.now())
      for (const name of SYNC_EVENTS) deps.emit({ name })
      return report
    },
    'archive.origin'(input) {
      const entry = archiveEntryFor(db, input.incidentId)
      if (!entry) return null
      return {
        path: entry.bundlePath,
        syncedAt: entry.syncedAt,
        folder: readArchiveSettings(db)?.folder ?? null,
      }
    },
    async 'archive.git'(input) {
      const root = requireFolder(deps)
      if (!(await gitAvailable())) {
        throw new AppError('unavailable', msg('msgFiles:archive.git.notInstalled'))
      }
      const result = await archiveGit(root, input.action, input.message)
      deps.emit({ name: 'archive.changed' })
      return result
    },
  }
}
