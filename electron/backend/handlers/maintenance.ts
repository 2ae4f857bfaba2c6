import { basename } from 'node:path'
import { AppError, type BackendEvent } from '../../../shared/contract/index'
import type { MaintenanceChannel } from '../../../shared/contract/maintenance'
import { listBackups } from '../backups/backup'
import type { Store } from '../store'
import type { HandlersFor } from './types'

/** Backup, restore and recovery: these run with or without a healthy database. */
export function maintenanceHandlers(
  store: Store,
  dataDir: string,
  emit: (event: BackendEvent) => void,
): HandlersFor<MaintenanceChannel> {
  return {
    'recovery.status'() {
      return { needed: store.problem !== null, problem: store.problem, checking: store.checking }
    },
    'backup.list'() {
      return listBackups(dataDir)
    },
    async 'backup.create'() {
      const file = await store.backup('manual')
      if (!file)
        throw new AppError(
          'unavailable',
          'The database is not open, so there is nothing to back up.',
        )
      return { file: basename(file) }
    },
    async 'backup.restore'(input) {
      let result: { keptAside: string }
      try {
        result = await store.restore(input.file)
      } catch (error) {
        throw new AppError('not_found', error instanceof Error ? error.message : String(error))
      }
      if (store.problem) {
        throw new AppError(
          'unavailable',
          `The restored backup cannot be used either: ${store.problem}`,
        )
      }
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
