import { basename } from 'node:path'
import { AppError, type BackendEvent } from '../../../shared/contract/index'
import type { MaintenanceChannel } from '../../../shared/contract/maintenance'
import { msg, type Message } from '../../../shared/i18n/messages'
import { listBackups } from '../backups/backup'
import type { Store } from '../store'
import type { HandlersFor } from './types'

/** "The restored backup cannot be used either: " and what is wrong with it. */
function restoredUnusable(problem: Message): Message {
  return problem.key === 'msgFiles:recovery.damaged'
    ? msg('msgFiles:backups.restoredDamaged', problem.params)
    : msg('msgFiles:backups.restoredUnreadable', problem.params)
}

/** Backup, restore and recovery: these run with or without a healthy database. */
export function maintenanceHandlers(
  store: Store,
  dataDir: string,
  emit: (event: BackendEvent) => void,
): HandlersFor<MaintenanceChannel> {
  return {
    'recovery.status'() {
      const problemText = store.problemText
      return {
        needed: problemText !== null,
        problem: store.problem,
        checking: store.checking,
        ...(problemText ? { problemText } : {}),
      }
    },
    'backup.list'() {
      return listBackups(dataDir)
    },
    async 'backup.create'() {
      const file = await store.backup('manual')
      if (!file) throw new AppError('unavailable', msg('msgFiles:backups.notOpen'))
      return { file: basename(file) }
    },
    async 'backup.restore'(input) {
      let result: { keptAside: string }
      try {
        result = await store.restore(input.file)
      } catch (error) {
        if (error instanceof AppError) throw error
        // The system's own words (a file that cannot be moved or copied), shown as written.
        throw new AppError('not_found', error instanceof Error ? error.message : String(error))
      }
      if (store.problemText) throw new AppError('unavailable', restoredUnusable(store.problemText))
      emit({ name: 'incident.changed' })
      emit({ name: 'timeline.changed' })
      emit({ name: 'settings.changed' })
      return { keptAside: basename(result.keptAside) }
    },
    'database.check'(input) {
      const messages = store.checkNow(input.full)
      return { ok: messages.length === 1 && messages[0] === 'ok', messages }
    },
  }
}
